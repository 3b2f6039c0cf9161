import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * The server did not answer in time: no complete response within the client's `timeout`.
 *
 * Raise the `timeout` option for slow servers, or check the server's log for a stuck request.
 */
export class TimeoutError extends ScimClientError {
  /** The timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(request: RequestSummary, timeoutMs: number, options?: { cause?: unknown }) {
    super(
      `${request.method} ${request.url} timed out after ${timeoutMs} ms. ` +
        "Is the server overloaded or stuck? Raise the client's `timeout` option if it is just slow.",
      { cause: options?.cause, request },
    );
    this.timeoutMs = timeoutMs;
  }
}

/** Whether `error` is a {@link TimeoutError}. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError;
}
