import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * The server did not answer in time: no complete response within the `timeout` of one request, or
 * the call ran past its `deadline` (the total time of one call across its retries).
 *
 * Raise the `timeout` (or `deadline`) option for slow servers, or check the server's log for a stuck request.
 */
export class TimeoutError extends ScimClientError {
  /** The time that elapsed, in milliseconds. */
  readonly timeoutMs: number;
  /** Which limit elapsed: one request's `timeout`, or the whole call's `deadline`. */
  readonly limit: "timeout" | "deadline";

  constructor(request: RequestSummary, timeoutMs: number, options?: { cause?: unknown; limit?: "timeout" | "deadline" }) {
    const limit = options?.limit ?? "timeout";
    super(
      limit === "deadline"
        ? `${request.method} ${request.url} ran past its deadline of ${timeoutMs} ms (all attempts together). ` +
            "Is the server overloaded? Raise the `deadline` option if it is just slow."
        : `${request.method} ${request.url} timed out after ${timeoutMs} ms. ` +
            "Is the server overloaded or stuck? Raise the client's `timeout` option if it is just slow.",
      { cause: options?.cause, request },
    );
    this.timeoutMs = timeoutMs;
    this.limit = limit;
  }
}

/** Whether `error` is a {@link TimeoutError}. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError;
}
