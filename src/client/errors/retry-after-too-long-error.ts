import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * The server answered 429 or 503 with a `Retry-After` longer than the client may wait (`retry.maxDelayMs`,
 * or what remains of the call's `deadline`). The client does not retry early (that would only be refused
 * again): it gives up and says how long the server asked for.
 *
 * `cause` is the error the response itself makes (the `ScimError` for 429/503, or an
 * `UnexpectedResponseError` when the body is not SCIM).
 *
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-4
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 */
export class RetryAfterTooLongError extends ScimClientError {
  /** Stable code for programs. */
  readonly code = "SCIM_RETRY_AFTER_TOO_LONG";
  /** The HTTP status, 429 or 503. */
  readonly status: number;
  /** How long the server asked to wait, in milliseconds. */
  readonly retryAfterMs: number;
  /** The longest the client could wait, in milliseconds. */
  readonly allowedMs: number;

  constructor(request: RequestSummary, response: { status: number; retryAfterMs: number; allowedMs: number; limitedBy: string }, options: { cause: unknown }) {
    super(
      `${request.method} ${request.url} answered ${response.status} asking to wait ${seconds(response.retryAfterMs)} ` +
        `(Retry-After), longer than the ${seconds(response.allowedMs)} ${response.limitedBy} allows; not retried early. ` +
        "Try again after that time, or raise retry.maxDelayMs / deadline to let the client wait.",
      { cause: options.cause, request },
    );
    this.status = response.status;
    this.retryAfterMs = response.retryAfterMs;
    this.allowedMs = response.allowedMs;
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** Whether `error` is a {@link RetryAfterTooLongError}. */
export function isRetryAfterTooLongError(error: unknown): error is RetryAfterTooLongError {
  return error instanceof RetryAfterTooLongError;
}
