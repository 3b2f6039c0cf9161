/**
 * One HTTP request and its response as the client saw them, with secrets redacted: the
 * `Authorization` header reads `Bearer [redacted]` and every `password` value `[redacted]`.
 *
 * Retries are separate exchanges, so a 429 followed by a 200 shows as two entries.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export interface Exchange {
  /** The HTTP method. */
  readonly method: string;
  /** The full URL, query string included. */
  readonly url: string;
  /** The HTTP status, or `undefined` when no response arrived (network error, timeout). */
  readonly status: number | undefined;
  /** The request headers as sent, `Authorization` redacted. */
  readonly requestHeaders: Readonly<Record<string, string>>;
  /** The parsed JSON request body, redacted; `undefined` when there was none. */
  readonly requestBody: unknown;
  /** The response headers (e.g. `location`, `etag`). */
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** The parsed JSON response body (or its text when it is not JSON), redacted; `undefined` when empty. */
  readonly responseBody: unknown;
  /** How long the exchange took, in milliseconds. */
  readonly durationMs: number;
  /** When the request was sent, an ISO 8601 timestamp. */
  readonly startedAt: string;
  /** Why no response arrived, when one did not (the error's message). */
  readonly error?: string;
}

/**
 * A bounded ring of the last exchanges: once full, each new exchange drops the oldest.
 *
 * Backs `client.exchanges` and `client.lastExchange`, which notebooks print to show the wire.
 */
export class ExchangeLog {
  readonly #capacity: number;
  readonly #entries: Exchange[] = [];

  /** @param capacity - how many exchanges to keep, a whole number (`normalizeOptions` makes it one); 0 keeps none */
  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** Add an exchange, dropping the oldest when the log is full. */
  record(exchange: Exchange): void {
    if (this.#capacity === 0) return;
    this.#entries.push(Object.freeze(exchange));
    if (this.#entries.length > this.#capacity) this.#entries.shift();
  }

  /** The kept exchanges, oldest first (a copy). */
  entries(): Exchange[] {
    return [...this.#entries];
  }

  /** The most recent exchange, if any. */
  last(): Exchange | undefined {
    return this.#entries[this.#entries.length - 1];
  }

  /** Forget every exchange. */
  clear(): void {
    this.#entries.length = 0;
  }
}
