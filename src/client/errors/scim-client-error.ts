/**
 * The method and URL of the request an error belongs to (never its headers or body, so never the token).
 */
export interface RequestSummary {
  /** The HTTP method, e.g. `POST`. */
  readonly method: string;
  /** The full request URL, e.g. `http://127.0.0.1:8880/scim/v2/Users`. */
  readonly url: string;
}

/**
 * The base of every error the client raises itself, as opposed to an error the server answered with
 * (those are `ScimError` subclasses).
 *
 * Catch it to handle "the request never got a usable answer" in one place; each subclass keeps the
 * original error as `cause`. Messages never contain the bearer token.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export class ScimClientError extends Error {
  /** The request this error belongs to, when there was one. */
  readonly request?: RequestSummary;

  constructor(message: string, options?: { cause?: unknown; request?: RequestSummary }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    if (options?.request) this.request = options.request;
  }
}

/** Whether `error` is an error raised by the client itself (network, timeout, validation, unexpected response). */
export function isScimClientError(error: unknown): error is ScimClientError {
  return error instanceof ScimClientError;
}
