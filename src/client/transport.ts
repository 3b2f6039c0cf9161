import { Agent, type Dispatcher } from "undici";
import { NetworkError } from "./errors/network-error.js";
import { RequestAbortedError } from "./errors/request-aborted-error.js";
import type { RequestSummary } from "./errors/scim-client-error.js";
import { TimeoutError } from "./errors/timeout-error.js";

/** One HTTP request, ready to send: the client's engine only moves these bytes. */
export interface HttpRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** One HTTP response with its body read as text and header names in lower case. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * Create the keep-alive connection pool the client sends through: an undici `Agent` that keeps up to
 * `connections` sockets per origin open between requests.
 */
export function createPool(connections: number): Dispatcher {
  return new Agent({ connections, keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000 });
}

/** How long one request may take and how it is cancelled. */
export interface SendLimits {
  /** Milliseconds before the request is abandoned, or `false` for no limit. */
  readonly timeout: number | false;
  /** Which limit `timeout` stands for: the request's own, or what remains of the call's deadline. */
  readonly limit?: "timeout" | "deadline";
  /** The limit as the caller set it (for the message); defaults to `timeout`. */
  readonly reportedMs?: number;
  /** The caller's signal; aborting it cancels the request. */
  readonly signal?: AbortSignal;
}

/**
 * Send one request through `dispatcher` and read the whole body, within `limits.timeout` milliseconds.
 *
 * @throws TimeoutError when the response (headers and body) did not arrive in time
 * @throws RequestAbortedError when the caller's signal was aborted
 * @throws NetworkError when the server could not be reached or the connection broke
 */
export async function sendHttp(dispatcher: Dispatcher, request: HttpRequest, limits: SendLimits): Promise<HttpResponse> {
  const summary: RequestSummary = { method: request.method, url: request.url.href };
  const { timeout, signal } = limits;
  if (signal?.aborted) throw new RequestAbortedError(summary, { cause: signal.reason });
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  const timer =
    timeout === false
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout);
  try {
    const response = await dispatcher.request({
      origin: request.url.origin,
      path: request.url.pathname + request.url.search,
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers,
      body: request.body ?? null,
      signal: controller.signal,
    });
    const body = await response.body.text();
    return { status: response.statusCode, headers: flattenHeaders(response.headers), body };
  } catch (error) {
    if (signal?.aborted && !timedOut) throw new RequestAbortedError(summary, { cause: signal.reason });
    if (timedOut && timeout !== false) {
      throw new TimeoutError(summary, limits.reportedMs ?? timeout, { cause: error, limit: limits.limit ?? "timeout" });
    }
    throw new NetworkError(summary, { cause: error, code: errorCode(error) });
  } finally {
    if (timer) clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

/** The `code` of a system or undici error, looking through `cause` and aggregated errors. */
function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; errors?: unknown[]; cause?: unknown };
    if (typeof candidate.code === "string" && !candidate.code.startsWith("UND_ERR_SOCKET")) return candidate.code;
    if (Array.isArray(candidate.errors) && candidate.errors.length > 0) current = candidate.errors[0];
    else current = candidate.cause;
  }
  return (error as { code?: string } | undefined)?.code;
}
