import { parseRetryAfter } from "./retry-after.js";

/**
 * When and how long the client retries: how many times, on which statuses, and the longest wait.
 *
 * Only idempotent requests are retried (GET, PUT, DELETE and POST `/.search`): a repeated POST create
 * could create the resource twice and a repeated PATCH could apply an `add` twice.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2
 */
export interface RetryOptions {
  /**
   * How many times a failed request is sent again (0 turns retries off).
   * @default 2
   */
  limit: number;
  /**
   * The statuses that are retried.
   * @default [429, 503]
   */
  statusCodes: number[];
  /**
   * The longest wait before one retry, in milliseconds, for both backoff and `Retry-After`.
   * @default 10000
   */
  maxDelayMs: number;
  /**
   * The first backoff delay in milliseconds; it doubles on each retry, with jitter.
   * @default 300
   */
  baseDelayMs: number;
}

/**
 * The wait before retry number `attempt` (1 for the first retry): the server's `Retry-After` when it
 * sent one, else exponential backoff `baseDelayMs * 2^(attempt-1)` with jitter (between half and all
 * of it), never more than `maxDelayMs`.
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
  if (asked !== undefined) return Math.min(asked, options.maxDelayMs);
  const backoff = options.baseDelayMs * 2 ** (attempt - 1);
  const jittered = backoff / 2 + (backoff / 2) * random();
  return Math.min(Math.round(jittered), options.maxDelayMs);
}

/**
 * Whether a response with `status` is retried after `attempt` tries so far.
 *
 * @param idempotent - whether the request may safely be sent twice
 */
export function shouldRetry(status: number, attempt: number, idempotent: boolean, options: RetryOptions): boolean {
  return idempotent && attempt <= options.limit && options.statusCodes.includes(status);
}

/** Wait `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
