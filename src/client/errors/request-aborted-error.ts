import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * The caller aborted the call through the `signal` it passed (an `AbortSignal`). Nothing more is sent;
 * a request already on the wire is cancelled. The signal's `reason` is kept as `cause`.
 *
 * A write that was aborted while on the wire may still have been applied by the server.
 */
export class RequestAbortedError extends ScimClientError {
  /** Stable code for programs. */
  readonly code = "SCIM_ABORTED";

  constructor(request: RequestSummary, options: { cause: unknown }) {
    super(
      `${request.method} ${request.url} was aborted by the caller's signal` +
        `${reasonText(options.cause)}. A write aborted on the wire may still have been applied: read before resending.`,
      { cause: options.cause, request },
    );
  }
}

function reasonText(reason: unknown): string {
  if (reason instanceof Error && reason.name !== "AbortError") return ` (${reason.message})`;
  if (typeof reason === "string") return ` (${reason})`;
  return "";
}

/** Whether `error` is a {@link RequestAbortedError}. */
export function isRequestAbortedError(error: unknown): error is RequestAbortedError {
  return error instanceof RequestAbortedError;
}
