import type { ZodIssue } from "zod";
import { describeIssues } from "../describe-issues.js";
import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * The server answered with the expected status, but the body is not the SCIM resource or message
 * the RFC describes (a required attribute missing, a wrong type). Unknown attributes are not an error.
 *
 * `issues` holds the zod issues and `body` the parsed body, so the answer can still be inspected.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export class ResponseValidationError extends ScimClientError {
  /** The zod issues that were found, in order. */
  readonly issues: readonly ZodIssue[];
  /** The HTTP status of the response. */
  readonly status: number;
  /** The parsed response body. */
  readonly body: unknown;

  constructor(
    request: RequestSummary,
    what: string,
    response: { status: number; body: unknown; issues: readonly ZodIssue[] },
    options?: { cause?: unknown },
  ) {
    super(
      `${request.method} ${request.url} answered ${response.status} with a body that is not a valid ${what}:\n` +
        `${describeIssues(response.issues)}\n` +
        "The server does not follow RFC 7643 here; inspect client.lastExchange to see what it sent.",
      { cause: options?.cause, request },
    );
    this.issues = response.issues;
    this.status = response.status;
    this.body = response.body;
  }
}

/** Whether `error` is a {@link ResponseValidationError}. */
export function isResponseValidationError(error: unknown): error is ResponseValidationError {
  return error instanceof ResponseValidationError;
}
