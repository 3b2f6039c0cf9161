import type { ZodIssue } from "zod";
import { sectionLink, sectionOf } from "../rfc-sections.js";
import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * One resource of a list page that did not match its schema, RFC 7643 §3: where it was, its `id` if it
 * had one, and what was wrong. `list()` and `search()` return these as `page.invalid`.
 */
export interface InvalidItem {
  /** Its 0-based position in the page's `Resources`. */
  readonly index: number;
  /** Its `id`, when it had a string one. */
  readonly id?: string;
  /** What was wrong, e.g. `userName: Required`. */
  readonly message: string;
  /** The zod issues, paths relative to the resource. */
  readonly issues: readonly ZodIssue[];
}

/**
 * `all()` met a resource that does not match its schema (RFC 7643 §3). Every valid resource before it was
 * yielded; this error names the bad one (its 1-based position in the results, its `id`, the rule it broke,
 * the section that defines the resource) so a sync job never mistakes it for a deleted resource. Pass
 * `onInvalid: "skip"` to `all()` to go on past such resources (each is then recorded in `client.warnings`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export class InvalidResourceError extends ScimClientError {
  /** Stable code for programs. */
  readonly code = "SCIM_INVALID_RESOURCE";
  /** The bad resource. */
  readonly item: InvalidItem;
  /** Its 1-based position in the whole result set (`startIndex` of its page + its index). */
  readonly position: number;
  /** The section that defines the resource, e.g. `RFC 7643 §4.1` for a User. */
  readonly rfc: string;

  constructor(request: RequestSummary, resourceType: string, item: InvalidItem, position: number) {
    const rfc = sectionOf(resourceType);
    super(
      `${request.method} ${request.url} returned an invalid ${resourceType} at position ${position}` +
        `${item.id === undefined ? "" : ` (id "${item.id}")`}: ${item.message}; a ${resourceType} must follow ${rfc} ` +
        `(${sectionLink(rfc)}). ` +
        "The resources before it were returned; it was not. Fix it on the server, or pass " +
        '{ onInvalid: "skip" } to all() to go on without it (see client.warnings).',
      { request },
    );
    this.item = item;
    this.position = position;
    this.rfc = rfc;
  }
}

/** Whether `error` is an {@link InvalidResourceError}. */
export function isInvalidResourceError(error: unknown): error is InvalidResourceError {
  return error instanceof InvalidResourceError;
}
