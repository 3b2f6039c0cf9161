import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * The request could not reach the server: connection refused, reset, DNS failure, TLS failure.
 *
 * The message says what to do next; for a refused connection that is to start the embedded server or
 * point `SCIM_BASE_URL` at another one. The undici error is kept as `cause`, its `code` (e.g.
 * `ECONNREFUSED`) as `code`.
 */
export class NetworkError extends ScimClientError {
  /** The system or undici error code, e.g. `ECONNREFUSED`, when known. */
  readonly code?: string;

  constructor(request: RequestSummary, options: { cause: unknown; code?: string }) {
    super(networkMessage(request, options.code), { cause: options.cause, request });
    if (options.code) this.code = options.code;
  }
}

function networkMessage(request: RequestSummary, code: string | undefined): string {
  const origin = safeOrigin(request.url);
  if (code === "ECONNREFUSED") {
    return (
      `${request.method} ${request.url} failed: connection refused by ${origin}. ` +
      "Is the server running? Start it with `npm start` or set SCIM_BASE_URL."
    );
  }
  if (code === "UND_ERR_DESTROYED" || code === "UND_ERR_CLOSED") {
    return `${request.method} ${request.url} was not sent: this client was closed with close(); create a new client.`;
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return `${request.method} ${request.url} failed: the host of ${origin} was not found. Check SCIM_BASE_URL.`;
  }
  return (
    `${request.method} ${request.url} failed before an answer arrived` +
    `${code ? ` (${code})` : ""}. Check that the server at ${origin} is running and reachable.`
  );
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** Whether `error` is a {@link NetworkError}. */
export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}
