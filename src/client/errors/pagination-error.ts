import { ScimClientError, type RequestSummary } from "./scim-client-error.js";

/**
 * Why paging went wrong, one stable code per server fault:
 *
 * - `SCIM_PAGING_IGNORED_START_INDEX`: a later page repeated the first page; the server ignores `startIndex`.
 * - `SCIM_PAGING_REPEATED_PAGE`: a page held only resources already returned (and was not a step back).
 * - `SCIM_PAGING_TOTAL_UNREACHED`: an empty or final page arrived before `totalResults` was reached.
 * - `SCIM_PAGING_UNSTABLE`: the results kept shifting (resources deleted before the cursor) more often than
 *   the client could repair by stepping back.
 */
export type PaginationErrorCode =
  | "SCIM_PAGING_IGNORED_START_INDEX"
  | "SCIM_PAGING_REPEATED_PAGE"
  | "SCIM_PAGING_TOTAL_UNREACHED"
  | "SCIM_PAGING_UNSTABLE";

/** Where paging stood when it failed. */
export interface PaginationState {
  /** The 1-based `startIndex` of the page that showed the fault. */
  readonly startIndex: number;
  /** The `totalResults` that page declared. */
  readonly totalResults: number;
  /** How many resources `all()` had yielded before it threw. */
  readonly yielded: number;
}

/**
 * `all()` could not page through the results without losing or repeating some: the server's
 * index-based paging is inconsistent beyond what the client can repair. Thrown after every resource
 * read so far was yielded, never instead of a silent early stop.
 *
 * The message names the server's fault and what to do; `code` is stable for programs.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
 */
export class PaginationError extends ScimClientError {
  /** The fault, stable across versions. */
  readonly code: PaginationErrorCode;
  /** The page's `startIndex`, its `totalResults` and how many resources were yielded. */
  readonly state: PaginationState;

  constructor(code: PaginationErrorCode, request: RequestSummary, state: PaginationState, fault: string) {
    super(
      `${request.method} ${request.url}: paging stopped after ${state.yielded} resources because ${fault}. ` +
        "The list may be incomplete: do not treat missing resources as deleted. " +
        "Retry later, sort by a stable attribute (sortBy), narrow the filter, or ask for bigger pages (count); " +
        "if it persists, report it to the server's vendor (RFC 7644 §3.4.2.4).",
      { request },
    );
    this.code = code;
    this.state = state;
  }
}

/** Whether `error` is a {@link PaginationError}. */
export function isPaginationError(error: unknown): error is PaginationError {
  return error instanceof PaginationError;
}
