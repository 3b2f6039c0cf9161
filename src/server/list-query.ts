import type { ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import { parseAttributePath } from "../scim/filter/attribute-path.js";
import { parseFilter } from "../scim/filter/parser.js";
import { InvalidSyntaxError, InvalidValueError } from "../scim/errors.js";
import type { ProjectionOptions } from "./resource/project.js";
import type { StoreQuery } from "./store/query.js";

/** Page-size limits, advertised in `/ServiceProviderConfig` (`filter.maxResults`). */
export interface PagingLimits {
  /** Results per page when the client sends no `count`. @default 100 */
  defaultCount: number;
  /** The largest page; a larger `count` is lowered to it (RFC 7644 §3.4.2.4). @default 1000 */
  maxResults: number;
}

/** A parsed list request: what to query and how to shape each resource. */
export interface ListRequest {
  query: StoreQuery;
  projection: ProjectionOptions;
}

/** The parameters of a list request, from a query string or a SearchRequest body (names as in RFC 7644). */
export interface ListParameters {
  filter?: unknown;
  sortBy?: unknown;
  sortOrder?: unknown;
  startIndex?: unknown;
  count?: unknown;
  attributes?: unknown;
  excludedAttributes?: unknown;
}

/**
 * Validate list parameters (RFC 7644 §3.4.2, §3.4.3 and §3.9):
 *
 * 1. `filter` is parsed (400 invalidFilter naming the position);
 * 2. `sortBy` must be an attribute path, `sortOrder` `ascending` or
 *    `descending` (any case; default ascending);
 * 3. `startIndex` and `count` must be integers (400 invalidValue otherwise,
 *    e.g. `count=ten`); "a value less than one SHALL be interpreted as one"
 *    for startIndex, a negative count as 0, and count is capped at maxResults;
 * 4. `attributes` / `excludedAttributes` are passed on to projection.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function parseListRequest(params: ListParameters, types: readonly ResourceTypeName[], limits: PagingLimits): ListRequest {
  const query: StoreQuery = { types, sortOrder: "ascending", startIndex: 1, count: limits.defaultCount };
  // 1. filter
  if (params.filter !== undefined) query.filter = parseFilter(text("filter", params.filter));
  // 2. sorting
  if (params.sortBy !== undefined) query.sortBy = parseAttributePath(text("sortBy", params.sortBy));
  if (params.sortOrder !== undefined) {
    const order = text("sortOrder", params.sortOrder).toLowerCase();
    if (order !== "ascending" && order !== "descending") {
      throw new InvalidValueError(`sortOrder must be "ascending" or "descending", not ${JSON.stringify(params.sortOrder)}.`);
    }
    query.sortOrder = order;
  }
  // 3. paging
  if (params.startIndex !== undefined) query.startIndex = Math.max(1, integer("startIndex", params.startIndex));
  if (params.count !== undefined) query.count = Math.min(limits.maxResults, Math.max(0, integer("count", params.count)));
  // 4. projection
  return { query, projection: { attributes: list("attributes", params.attributes), excludedAttributes: list("excludedAttributes", params.excludedAttributes) } };
}

function text(name: string, value: unknown): string {
  if (typeof value === "string") return value;
  throw new InvalidSyntaxError(`${name} must be a string, not ${JSON.stringify(value)}.`);
}

function integer(name: string, value: unknown): number {
  const number = typeof value === "number" ? value : typeof value === "string" && /^\s*[-+]?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number)) {
    throw new InvalidValueError(`${name} must be an integer, not ${JSON.stringify(value)}.`, {
      hint: name === "count" ? "Send count=0 for the number of matches only, or a page size such as count=50." : "startIndex is 1-based: the first page starts at startIndex=1.",
    });
  }
  return number;
}

function list(name: string, value: unknown): string | string[] | undefined {
  if (value === undefined || typeof value === "string") return value === "" ? undefined : value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value as string[];
  throw new InvalidSyntaxError(`${name} must be a list of attribute names, not ${JSON.stringify(value)}.`);
}
