import type { ZodIssue } from "zod";
import { describeIssues } from "../describe-issues.js";
import { sectionLink, sectionOf } from "../rfc-sections.js";
import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * The server answered with the expected status, but the body is not the SCIM resource or message
 * the RFC describes and the client cannot use it (an `id` missing, a wrong type). Unknown attributes
 * are not an error, and what leaves the data usable (a missing `schemas`, `"true"` for a Boolean) is
 * recorded in `client.deviations` instead.
 *
 * The message names the item (`User 2819c223`), the rules it broke (one line per issue) and the RFC
 * section that defines it; `issues` holds the zod issues and `body` the parsed body, so the answer can
 * still be inspected. `code` is stable for programs.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export class ResponseValidationError extends ScimClientError {
  /** Stable code for programs. */
  readonly code = "SCIM_INVALID_RESPONSE";
  /** The zod issues that were found, in order. */
  readonly issues: readonly ZodIssue[];
  /** The HTTP status of the response. */
  readonly status: number;
  /** The parsed response body. */
  readonly body: unknown;
  /** What could not be used, e.g. `User 2819c223` or `ServiceProviderConfig`. */
  readonly item: string;
  /** The section that defines it, e.g. `RFC 7643 §4.1`. */
  readonly rfc: string;

  constructor(
    request: RequestSummary,
    what: string,
    response: { status: number; body: unknown; issues: readonly ZodIssue[]; item?: string; rfc?: string },
    options?: { cause?: unknown },
  ) {
    const item = response.item ?? what;
    const rfc = response.rfc ?? sectionOf(what);
    super(
      `${request.method} ${request.url} answered ${response.status} with a body that is not a valid ${what}` +
        `${item === what ? "" : ` (${item})`}, and the client cannot use it:\n` +
        `${describeIssues(response.issues)}\n` +
        `The server does not follow ${rfc} here (${sectionLink(rfc)}); inspect client.lastExchange to see what it sent.`,
      { cause: options?.cause, request },
    );
    this.issues = response.issues;
    this.status = response.status;
    this.body = response.body;
    this.item = item;
    this.rfc = rfc;
  }
}

/** Whether `error` is a {@link ResponseValidationError}. */
export function isResponseValidationError(error: unknown): error is ResponseValidationError {
  return error instanceof ResponseValidationError;
}
