import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/** How many characters of a non-SCIM body an {@link UnexpectedResponseError} keeps. */
const EXCERPT_LENGTH = 200;

/**
 * The server answered with something that is not SCIM: an HTML error page from a proxy, a status the
 * RFC does not allow for this verb, or a body that is not JSON.
 *
 * Keeps the status, the content type and a short excerpt of the body.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export class UnexpectedResponseError extends ScimClientError {
  /** The HTTP status of the response. */
  readonly status: number;
  /** The response's `Content-Type`, if any. */
  readonly contentType?: string;
  /** The first characters of the body. */
  readonly bodyExcerpt: string;

  constructor(
    request: RequestSummary,
    response: { status: number; contentType?: string; body: string; reason: string },
    options?: { cause?: unknown },
  ) {
    const excerpt = excerptOf(response.body);
    super(
      `${request.method} ${request.url} answered ${response.status}` +
        `${response.contentType ? ` (${response.contentType})` : ""}: ${response.reason}` +
        `${excerpt ? `. Body starts: ${excerpt}` : ""}`,
      { cause: options?.cause, request },
    );
    this.status = response.status;
    if (response.contentType) this.contentType = response.contentType;
    this.bodyExcerpt = excerpt;
  }
}

function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

/** Whether `error` is an {@link UnexpectedResponseError}. */
export function isUnexpectedResponseError(error: unknown): error is UnexpectedResponseError {
  return error instanceof UnexpectedResponseError;
}
