import type { Dispatcher } from "undici";
import type { CallOptions } from "./call-options.js";
import { RetryAfterTooLongError } from "./errors/retry-after-too-long-error.js";
import type { RequestSummary } from "./errors/scim-client-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import { NotModified } from "./etag.js";
import { ExchangeLog } from "./exchange-log.js";
import type { RawRequest, RawResponse } from "./raw-request.js";
import { OperationTable } from "./expected-status.js";
import type { HintContext } from "./hints.js";
import { normalizeTimeout, type NormalizedOptions } from "./options.js";
import { parseJson, readResponse, type JsonBody, type ResponseExpectation } from "./read-response.js";
import { redactHeaders, redactText, redactValue } from "./redact.js";
import { parseRetryAfter } from "./retry-after.js";
import { retryDelay, shouldRetry, shouldRetryError, sleep } from "./retry.js";
import { createPool, sendHttp, type HttpRequest, type HttpResponse, type SendLimits } from "./transport.js";
import { DeviationLog, type DeviationInput } from "./deviations.js";
import { WarningLog } from "./warnings.js";
import { observeExchange } from "./observe-exchange.js";
import { tolerantReader } from "./tolerant-reader.js";

/** How many warnings `client.warnings` keeps. */
const WARNING_LOG_SIZE = 50;

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
 * The client's engine: builds each HTTP request, sends it through the keep-alive pool within the
 * call's timeout and deadline, retries what {@link shouldRetry} allows, records every exchange, and
 * reads the response.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export class Engine {
  /** The exchanges sent so far, redacted. */
  readonly log: ExchangeLog;
  /** The warnings recorded so far, newest last. */
  readonly warnings: WarningLog;
  /** How the server departed from the RFC so far, one entry per rule and item. */
  readonly deviations = new DeviationLog();
  readonly #options: NormalizedOptions;
  readonly #dispatcher: Dispatcher;
  readonly #ownsDispatcher: boolean;
  readonly #secrets: string[];
  #closed = false;

  constructor(options: NormalizedOptions) {
    this.#options = options;
    this.log = new ExchangeLog(options.exchangeLog);
    this.warnings = new WarningLog(WARNING_LOG_SIZE, options.onWarning);
    this.#ownsDispatcher = options.dispatcher === undefined;
    this.#dispatcher = options.dispatcher ?? createPool(options.connections);
    this.#secrets = options.token ? [options.token] : [];
  }

  /**
   * Send `call`, retrying when allowed, and return its parsed result.
   *
   * 1. Before each attempt, stop if the caller aborted or the deadline passed.
   * 2. Send, within the request timeout or what remains of the deadline, whichever is shorter.
   * 3. A reset connection: retry an idempotent call after backoff, else throw the `NetworkError`.
   * 4. A retryable status: wait its `Retry-After` (a longer one than allowed throws
   *    `RetryAfterTooLongError`) or the backoff, then retry; a wait past the deadline is not started.
   * 5. Otherwise read the response into a result or an error, reading the body tolerantly and
   *    recording in `deviations` how the answer departed from the RFC (see {@link observeExchange}).
   */
  async call<T>(call: ScimCall<T>, options: CallOptions = {}): Promise<T | NotModified | undefined> {
    const rule = OperationTable[call.operation];
    const request = this.#buildRequest(call, rule.method);
    const summary: RequestSummary = { method: request.method, url: request.url.href };
    const retry = this.#options.retry;
    const budget = this.#budget(options);
    for (let attempt = 1; ; attempt++) {
      const limits = budget.limits(summary);
      let sent: { response: HttpResponse; json: JsonBody };
      try {
        sent = await this.#sendAndRecord(request, limits);
      } catch (error) {
        const wait = retryDelay(attempt, retry, undefined);
        if (!shouldRetryError(error, attempt, rule.idempotent, retry) || wait >= budget.remaining()) throw error;
        await sleep(wait, options.signal, summary);
        continue;
      }
      const { response, json } = sent;
      const context: HintContext = { ...call.context, operation: call.operation, tokenSent: this.#secrets.length > 0 };
      const expectation = { ...call, tolerate: tolerantReader(call, this.#deviate) };
      const read = () => readResponse(response, expectation, summary, context, this.#secrets, json);
      if (shouldRetry(response.status, attempt, rule.idempotent, retry)) {
        const asked = parseRetryAfter(response.headers["retry-after"]);
        const remaining = budget.remaining();
        if (asked !== undefined && (asked > retry.maxDelayMs || asked >= remaining)) {
          const byDeadline = remaining <= retry.maxDelayMs;
          const allowedMs = Math.max(0, Math.floor(byDeadline ? remaining : retry.maxDelayMs));
          const limitedBy = byDeadline ? "remaining deadline" : "retry.maxDelayMs";
          throw new RetryAfterTooLongError(summary, { status: response.status, retryAfterMs: asked, allowedMs, limitedBy }, { cause: failure(read) });
        }
        const wait = retryDelay(attempt, retry, response.headers["retry-after"]);
        if (wait < remaining) {
          await sleep(wait, options.signal, summary);
          continue;
        }
      }
      return this.#observed(call, response, read);
    }
  }

  /**
   * Send `raw` once, exactly as written (see {@link RawRequest}), within the call's timeout; record it and
   * return the answer unjudged. A network failure or timeout still throws the client's error.
   */
  async raw(raw: RawRequest, options: CallOptions = {}): Promise<RawResponse> {
    const [pathname, search = ""] = raw.path.split("?", 2) as [string, string?];
    const url = this.#url(pathname);
    url.search = search;
    const headers: Record<string, string> = { accept: `${SCIM_JSON}, application/json`, "user-agent": this.#options.userAgent };
    if (raw.body !== undefined) headers["content-type"] = SCIM_JSON;
    Object.assign(headers, raw.headers);
    if (this.#options.token) headers.authorization = `Bearer ${this.#options.token}`;
    const body = raw.body === undefined ? undefined : typeof raw.body === "string" ? raw.body : JSON.stringify(raw.body);
    const request: HttpRequest = body === undefined ? { method: raw.method, url, headers } : { method: raw.method, url, headers, body };
    const { response } = await this.#sendAndRecord(request, this.#budget(options).limits({ method: raw.method, url: url.href }));
    const text = redactText(response.body, this.#secrets);
    const parsed = parseJson(text);
    return { status: response.status, headers: response.headers, body: parsed.ok ? parsed.value : text.trim() === "" ? undefined : text };
  }

  /** Read the final answer, recording how its status, headers or error departed from the RFC. */
  #observed<T>(call: ScimCall<T>, response: HttpResponse, read: () => T | NotModified | undefined): T | NotModified | undefined {
    let result: T | NotModified | undefined;
    try {
      result = read();
    } catch (error) {
      observeExchange(call as ScimCall<unknown>, response, { error }, this.#deviate);
      throw error;
    }
    if (!(result instanceof NotModified)) observeExchange(call as ScimCall<unknown>, response, { result }, this.#deviate);
    return result;
  }

  readonly #deviate = (deviation: DeviationInput): void => {
    this.deviations.record(deviation);
  };

  /** Record how the server departed from the RFC, in `client.deviations`. */
  deviate(deviation: DeviationInput): void {
    this.deviations.record(deviation);
  }

  /** Record a warning in `client.warnings` and tell the `onWarning` handler. */
  warn(code: string, message: string, rfc: string): void {
    this.warnings.add({ code, message, rfc });
  }

  /** The method and URL a call would be sent with, for errors raised outside a call (paging). */
  summary(call: Pick<ScimCall<unknown>, "operation" | "path" | "query">): RequestSummary {
    return { method: OperationTable[call.operation].method, url: this.#url(call.path, call.query).href };
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
    // A base URL at the root ("http://host" or "http://host/") has the path "/": never "//Users".
    url.pathname = `${url.pathname.replace(/\/+$/, "")}${path}`;
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
    return url;
  }

  #buildRequest(call: ScimCall<unknown>, method: string): HttpRequest {
    const headers: Record<string, string> = {
      accept: `${SCIM_JSON}, application/json`,
      "user-agent": this.#options.userAgent,
      ...this.#options.labHeaders,
      ...call.headers,
    };
    if (this.#options.token) headers.authorization = `Bearer ${this.#options.token}`;
    const url = this.#url(call.path, call.query);
    if (call.body === undefined) return { method, url, headers };
    headers["content-type"] = SCIM_JSON;
    return { method, url, headers, body: JSON.stringify(call.body) };
  }

  /** Send `request`, record the exchange, and return the response with its body parsed (once). */
  async #sendAndRecord(request: HttpRequest, limits: SendLimits): Promise<{ response: HttpResponse; json: JsonBody }> {
    const started = Date.now();
    const base = {
      method: request.method,
      url: request.url.href,
      requestHeaders: redactHeaders(request.headers, this.#secrets),
      requestBody: request.body === undefined ? undefined : redactValue(shownBody(request.body), this.#secrets),
      startedAt: new Date(started).toISOString(),
    };
    try {
      const response = await sendHttp(this.#dispatcher, request, limits);
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

  /** The call's time budget: the request timeout and the deadline across attempts. */
  #budget(options: CallOptions) {
    const timeout = options.timeout === undefined ? this.#options.timeout : normalizeTimeout(options.timeout);
    const deadline = options.deadline === undefined ? this.#options.deadline : normalizeTimeout(options.deadline, "deadline");
    const started = Date.now();
    const remaining = () => (deadline === false ? Number.POSITIVE_INFINITY : deadline - (Date.now() - started));
    return {
      remaining,
      limits(summary: RequestSummary): SendLimits {
        const left = remaining();
        if (deadline !== false && left <= 0) throw new TimeoutError(summary, deadline, { limit: "deadline" });
        if (deadline !== false && (timeout === false || left < timeout)) {
          return { timeout: Math.ceil(left), limit: "deadline", reportedMs: deadline, signal: options.signal };
        }
        return { timeout, limit: "timeout", signal: options.signal };
      },
    };
  }
}

/** A request body as the log shows it: parsed JSON, or its text when it is not JSON (a raw request's). */
function shownBody(body: string): unknown {
  const parsed = parseJson(body);
  return parsed.ok ? parsed.value : body;
}

/** The error `read` throws (a response that is not a success always throws). */
function failure(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
}
