import { NetworkError } from "./errors/network-error.js";
import { RequestAbortedError } from "./errors/request-aborted-error.js";
import type { RequestSummary } from "./errors/scim-client-error.js";
import { parseRetryAfter } from "./retry-after.js";

/**
 * When and how long the client retries: how many times, on which statuses, and the longest wait.
 *
 * 1. 429 Too Many Requests is retried for every request, POST create and PATCH included: the server did
 *    not process it (RFC 6585 §4).
 * 2. The other statuses (502, 503, 504) and a connection reset before the answer are retried only for
 *    idempotent requests (GET, PUT, DELETE and POST `/.search`): a POST create or a PATCH may already
 *    have been applied, and repeating it could create a duplicate or apply an `add` twice.
 * 3. The server's `Retry-After` is honoured in full: when it asks for longer than `maxDelayMs` (or than
 *    what remains of the call's deadline) the client gives up with a `RetryAfterTooLongError`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-4
 */
export interface RetryOptions {
  /**
   * How many times a failed request is sent again (0 turns retries off).
   * @default 2
   */
  limit: number;
  /**
   * The statuses that are retried (429 for every request, the others for idempotent requests only).
   * @default [429, 502, 503, 504]
   */
  statusCodes: number[];
  /**
   * The longest wait before one retry, in milliseconds. Backoff is capped at it; a longer `Retry-After`
   * ends the call with a `RetryAfterTooLongError` instead of a retry too early.
   * @default 10000
   */
  maxDelayMs: number;
  /**
   * The first backoff delay in milliseconds; it doubles on each retry, with jitter.
   * @default 300
   */
  baseDelayMs: number;
}

/** The system and undici codes of a connection that broke before the answer arrived. */
const CONNECTION_RESET_CODES = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);

/**
 * The wait before retry number `attempt` (1 for the first retry): the server's `Retry-After` when it
 * sent one (uncapped: the caller compares it with `maxDelayMs`), else exponential backoff
 * `baseDelayMs * 2^(attempt-1)` with jitter (between half and all of it), never more than `maxDelayMs`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-4
 */
export function retryDelay(
  attempt: number,
  options: RetryOptions,
  retryAfter: string | undefined,
  random: () => number = Math.random,
): number {
  const asked = parseRetryAfter(retryAfter);
  if (asked !== undefined) return asked;
  const backoff = options.baseDelayMs * 2 ** (attempt - 1);
  const jittered = backoff / 2 + (backoff / 2) * random();
  return Math.min(Math.round(jittered), options.maxDelayMs);
}

/**
 * Whether a response with `status` is retried after `attempt` tries so far.
 *
 * @param idempotent - whether the request may safely be sent twice (429 is retried either way)
 */
export function shouldRetry(status: number, attempt: number, idempotent: boolean, options: RetryOptions): boolean {
  if (attempt > options.limit || !options.statusCodes.includes(status)) return false;
  return idempotent || status === 429;
}

/**
 * Whether a request that failed with `error` before any answer is retried after `attempt` tries: only
 * an idempotent one, and only when the connection was reset or closed (not refused, not timed out).
 */
export function shouldRetryError(error: unknown, attempt: number, idempotent: boolean, options: RetryOptions): boolean {
  if (!idempotent || attempt > options.limit || !(error instanceof NetworkError)) return false;
  return error.code !== undefined && CONNECTION_RESET_CODES.has(error.code);
}

/**
 * Wait `ms` milliseconds; an aborted `signal` ends the wait with a {@link RequestAbortedError}.
 */
export function sleep(ms: number, signal?: AbortSignal, request?: RequestSummary): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(new RequestAbortedError(request ?? { method: "", url: "" }, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", aborted);
      resolve();
    }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener("abort", aborted, { once: true });
  });
}
