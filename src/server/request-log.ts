/**
 * One exchange recorded by the server: what came in, what went out, how long
 * it took. Bodies are text; `password` values and the Authorization header are
 * replaced by `[redacted]`, and long bodies are cut.
 */
export interface RequestLogEntry {
  /** When the request arrived, ISO 8601. */
  at: string;
  method: string;
  /** Path and query as sent. */
  path: string;
  status: number;
  durationMs: number;
  /** Request headers, with `authorization` redacted. */
  requestHeaders: Record<string, string>;
  requestBody: string;
  responseBody: string;
}

const maxBodyLength = 64 * 1024;
const passwordPattern = /("password"\s*:\s*)("(?:[^"\\]|\\.)*")/gi;

/**
 * A bounded ring of the most recent exchanges, newest last: notebooks show
 * what the server saw (`server.requestLog.entries()`, or `GET /scimlab/requests`).
 */
export class RequestLog {
  /** How many entries are kept. */
  readonly capacity: number;
  /** Entries as recorded; redacted when first read (recording stays cheap on the request path). */
  readonly #ring: (Stored | undefined)[];
  #next = 0;
  #size = 0;

  /** @param capacity how many entries to keep. @default 500 */
  constructor(capacity = 500) {
    this.capacity = Math.max(1, Math.floor(capacity));
    this.#ring = new Array<Stored | undefined>(this.capacity);
  }

  /**
   * Record an exchange (the oldest entry goes when full). Secrets are redacted
   * before any entry is read; the caller must not change the entry afterwards.
   */
  record(entry: RequestLogEntry): void {
    // Long bodies are redacted before they are cut (a cut body may no longer parse).
    if (entry.requestBody.length > maxBodyLength) entry.requestBody = cut(redactBody(entry.requestBody));
    if (entry.responseBody.length > maxBodyLength) entry.responseBody = cut(redactBody(entry.responseBody));
    this.#ring[this.#next] = { entry, redacted: false };
    this.#next = (this.#next + 1) % this.capacity;
    this.#size = Math.min(this.#size + 1, this.capacity);
  }

  /** The recorded exchanges, oldest first; `limit` keeps only the newest ones. */
  entries(limit?: number): RequestLogEntry[] {
    const start = (this.#next - this.#size + this.capacity) % this.capacity;
    const all: RequestLogEntry[] = [];
    for (let i = 0; i < this.#size; i++) all.push(redactEntry(this.#ring[(start + i) % this.capacity] as Stored));
    return limit === undefined ? all : all.slice(Math.max(0, all.length - limit));
  }

  /** How many entries are held. */
  get size(): number {
    return this.#size;
  }

  /** Forget every entry. */
  clear(): void {
    this.#ring.fill(undefined);
    this.#next = 0;
    this.#size = 0;
  }
}

interface Stored {
  entry: RequestLogEntry;
  redacted: boolean;
}

function redactEntry(stored: Stored): RequestLogEntry {
  if (!stored.redacted) {
    const { entry } = stored;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(entry.requestHeaders)) headers[name] = name === "authorization" ? "[redacted]" : value;
    stored.entry = { ...entry, requestHeaders: headers, requestBody: redactBody(entry.requestBody), responseBody: redactBody(entry.responseBody) };
    stored.redacted = true;
  }
  return { ...stored.entry };
}

function cut(body: string): string {
  return `${body.slice(0, maxBodyLength)}… [${body.length - maxBodyLength} more characters]`;
}

/**
 * Hide passwords: a `password` member, or the `value` of a PATCH operation
 * whose `path` is `password`.
 */
export function redactBody(body: string): string {
  if (/password/i.test(body)) {
    try {
      body = JSON.stringify(redactValue(JSON.parse(body)));
    } catch {
      body = body.replace(passwordPattern, '$1"[redacted]"');
    }
  }
  return body;
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value !== "object" || value === null) return value;
  const object = value as Record<string, unknown>;
  const isPasswordOperation = typeof object.path === "string" && /password/i.test(object.path) && "value" in object;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(object)) {
    const secret = /^password$/i.test(key) || (isPasswordOperation && key === "value");
    result[key] = secret ? "[redacted]" : redactValue(item);
  }
  return result;
}
