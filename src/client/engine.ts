import type { Dispatcher } from "undici";
import type { RequestSummary } from "./errors/scim-client-error.js";
import type { NotModified } from "./etag.js";
import { ExchangeLog } from "./exchange-log.js";
import { OperationTable } from "./expected-status.js";
import type { HintContext } from "./hints.js";
import type { NormalizedOptions } from "./options.js";
import { parseJson, readResponse, type JsonBody, type ResponseExpectation } from "./read-response.js";
import { redactHeaders, redactValue } from "./redact.js";
import { retryDelay, shouldRetry, sleep } from "./retry.js";
import { createPool, sendHttp, type HttpRequest, type HttpResponse } from "./transport.js";

/** The SCIM media type, RFC 7644 §3.1. */
const SCIM_JSON = "application/scim+json";

/** One SCIM call: where it goes, what it carries, and what is expected back. */
export interface ScimCall<T> extends ResponseExpectation<T> {
  /** The path under the base URL, e.g. `/Users/2819c223`. */
  readonly path: string;
  /** Query parameters; `undefined` values are left out. */
  readonly query?: Record<string, string | undefined>;
  /** The JSON body, if any. */
  readonly body?: unknown;
  /** Extra headers (`If-Match`, `If-None-Match`). */
  readonly headers?: Record<string, string>;
  /** What to quote in a hint when the call fails. */
  readonly context?: Omit<HintContext, "operation" | "tokenSent">;
}

/**
 * The client's engine: builds each HTTP request, sends it through the keep-alive pool, retries
 * idempotent calls on 429/503, records every exchange, and reads the response.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export class Engine {
  /** The exchanges sent so far, redacted. */
  readonly log: ExchangeLog;
  readonly #options: NormalizedOptions;
  readonly #dispatcher: Dispatcher;
  readonly #ownsDispatcher: boolean;
  readonly #secrets: string[];
  #closed = false;

  constructor(options: NormalizedOptions) {
    this.#options = options;
    this.log = new ExchangeLog(options.exchangeLog);
    this.#ownsDispatcher = options.dispatcher === undefined;
    this.#dispatcher = options.dispatcher ?? createPool(options.connections);
    this.#secrets = options.token ? [options.token] : [];
  }

  /** Send `call`, retrying when allowed, and return its parsed result. */
  async call<T>(call: ScimCall<T>): Promise<T | NotModified | undefined> {
    const rule = OperationTable[call.operation];
    const request = this.#buildRequest(call, rule.method);
    const summary: RequestSummary = { method: request.method, url: request.url.href };
    for (let attempt = 1; ; attempt++) {
      const { response, json } = await this.#sendAndRecord(request);
      if (shouldRetry(response.status, attempt, rule.idempotent, this.#options.retry)) {
        await sleep(retryDelay(attempt, this.#options.retry, response.headers["retry-after"]));
        continue;
      }
      const context: HintContext = { ...call.context, operation: call.operation, tokenSent: this.#secrets.length > 0 };
      return readResponse(response, call, summary, context, this.#secrets, json);
    }
  }

  /** Close the connection pool, if the client created it; closing twice is harmless. */
  async close(): Promise<void> {
    if (!this.#ownsDispatcher || this.#closed) return;
    this.#closed = true;
    await this.#dispatcher.close();
  }

  /** The full URL of `path` under the base URL, with `query`. */
  #url(path: string, query: Record<string, string | undefined> = {}): URL {
    const url = new URL(this.#options.baseUrl.href);
    url.pathname = `${url.pathname}${path}`;
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
    return url;
  }

  #buildRequest(call: ScimCall<unknown>, method: string): HttpRequest {
    const headers: Record<string, string> = {
      accept: `${SCIM_JSON}, application/json`,
      "user-agent": this.#options.userAgent,
      ...call.headers,
    };
    if (this.#options.token) headers.authorization = `Bearer ${this.#options.token}`;
    const url = this.#url(call.path, call.query);
    if (call.body === undefined) return { method, url, headers };
    headers["content-type"] = SCIM_JSON;
    return { method, url, headers, body: JSON.stringify(call.body) };
  }

  /** Send `request`, record the exchange, and return the response with its body parsed (once). */
  async #sendAndRecord(request: HttpRequest): Promise<{ response: HttpResponse; json: JsonBody }> {
    const started = Date.now();
    const base = {
      method: request.method,
      url: request.url.href,
      requestHeaders: redactHeaders(request.headers, this.#secrets),
      requestBody: request.body === undefined ? undefined : redactValue(JSON.parse(request.body), this.#secrets),
      startedAt: new Date(started).toISOString(),
    };
    try {
      const response = await sendHttp(this.#dispatcher, request, this.#options.timeout);
      const json = parseJson(response.body);
      // The log shows JSON parsed, other text as it came, and an empty body as undefined.
      const shown = json.ok ? json.value : response.body.trim() === "" ? undefined : response.body;
      this.log.record({
        ...base,
        status: response.status,
        responseHeaders: response.headers,
        responseBody: redactValue(shown, this.#secrets),
        durationMs: Date.now() - started,
      });
      return { response, json };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.record({ ...base, status: undefined, responseHeaders: {}, responseBody: undefined, durationMs: Date.now() - started, error: message });
      throw error;
    }
  }
}
