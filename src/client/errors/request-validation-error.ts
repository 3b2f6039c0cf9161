import type { ZodIssue } from "zod";
import { describeIssues, type Suggest } from "../describe-issues.js";
import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * The client refused to send a request because it is not valid SCIM: an unknown or misspelled
 * attribute, a wrong type, a missing required attribute, a malformed filter or an `ifMatch` without
 * a version. Nothing was sent.
 *
 * The message names each bad field and how to fix it; `issues` holds the zod issues (empty when the
 * problem was not found by a schema, e.g. a filter syntax error, which is then the `cause`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2
 */
export class RequestValidationError extends ScimClientError {
  /** The zod issues that were found, in order. */
  readonly issues: readonly ZodIssue[];

  constructor(
    what: string,
    problems: readonly ZodIssue[] | string,
    options?: { cause?: unknown; request?: RequestSummary; suggest?: Suggest },
  ) {
    const detail = typeof problems === "string" ? problems : describeIssues(problems, options?.suggest);
    const separator = typeof problems === "string" ? ": " : ":\n";
    super(`Invalid ${what}, not sent${separator}${detail}`, { cause: options?.cause, request: options?.request });
    this.issues = typeof problems === "string" ? [] : problems;
  }
}

/** Whether `error` is a {@link RequestValidationError}. */
export function isRequestValidationError(error: unknown): error is RequestValidationError {
  return error instanceof RequestValidationError;
}
