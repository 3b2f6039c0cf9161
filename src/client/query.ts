import type { Filter } from "../scim/filter/ast.js";
import { parseFilter } from "../scim/filter/parser.js";
import { printFilter } from "../scim/filter/printer.js";
import { SchemaUrn } from "../scim/urns.js";
import { RequestValidationError } from "./errors/request-validation-error.js";

/**
 * A query: which resources (filter), in which order, which page, and which attributes to return.
 * Used by `list()` (as URL parameters) and `search()` (as a SearchRequest body).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
 */
export interface ListQuery {
  /** A filter, as text (`userName eq "bjensen"`) or a tree from `filter.eq(…)`. Checked before sending. */
  filter?: string | Filter;
  /** The attribute to sort by, e.g. `name.familyName` (§3.4.2.3). */
  sortBy?: string;
  /** The sort order (§3.4.2.3); the server's default is ascending. */
  sortOrder?: "ascending" | "descending";
  /** The 1-based index of the first result (§3.4.2.4). */
  startIndex?: number;
  /** The most results per page (§3.4.2.4); 0 asks for `totalResults` only. */
  count?: number;
  /** Return only these attributes (plus those always returned), §3.4.2.5. */
  attributes?: string[];
  /** Return the default attributes except these, §3.4.2.5. */
  excludedAttributes?: string[];
}

/** The attribute selection of a get, RFC 7644 §3.4.2.5. */
export interface AttributeSelection {
  /** Return only these attributes (plus those always returned). */
  attributes?: string[];
  /** Return the default attributes except these. */
  excludedAttributes?: string[];
}

/**
 * The text of a filter, checked with the SCIM filter grammar before it is sent.
 *
 * @throws RequestValidationError naming the position of a syntax error
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
function filterText(filter: string | Filter): string {
  if (typeof filter !== "string") return printFilter(filter);
  try {
    parseFilter(filter);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RequestValidationError(
      "filter",
      `${detail} in filter ${JSON.stringify(filter)}; quote strings as "…", or build it with filter.eq(…)`,
      { cause: error },
    );
  }
  return filter;
}

/**
 * The URL parameters of a get or list, §3.4.2 (arrays joined with commas).
 *
 * @throws RequestValidationError for a malformed filter or paging value, or both attribute lists
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function queryParameters(query: ListQuery = {}): Record<string, string | undefined> {
  checkPaging(query);
  return {
    filter: query.filter === undefined ? undefined : filterText(query.filter),
    sortBy: query.sortBy,
    sortOrder: query.sortOrder,
    startIndex: query.startIndex === undefined ? undefined : String(query.startIndex),
    count: query.count === undefined ? undefined : String(query.count),
    attributes: query.attributes?.join(","),
    excludedAttributes: query.excludedAttributes?.join(","),
  };
}

/**
 * The SearchRequest body of a POST `/.search`, §3.4.3.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
 */
export function searchRequestBody(query: ListQuery = {}): Record<string, unknown> {
  checkPaging(query);
  const body: Record<string, unknown> = { schemas: [SchemaUrn.SearchRequest] };
  if (query.attributes) body.attributes = query.attributes;
  if (query.excludedAttributes) body.excludedAttributes = query.excludedAttributes;
  if (query.filter !== undefined) body.filter = filterText(query.filter);
  if (query.sortBy !== undefined) body.sortBy = query.sortBy;
  if (query.sortOrder !== undefined) body.sortOrder = query.sortOrder;
  if (query.startIndex !== undefined) body.startIndex = query.startIndex;
  if (query.count !== undefined) body.count = query.count;
  return body;
}

function checkPaging(query: ListQuery): void {
  if (query.attributes && query.excludedAttributes) {
    throw new RequestValidationError("query", "pass attributes or excludedAttributes, not both (RFC 7644 §3.4.2.5)");
  }
  if (query.startIndex !== undefined && !(Number.isInteger(query.startIndex) && query.startIndex >= 1)) {
    throw new RequestValidationError("query", `"startIndex" must be an integer from 1, got ${query.startIndex}`);
  }
  if (query.count !== undefined && !(Number.isInteger(query.count) && query.count >= 0)) {
    throw new RequestValidationError("query", `"count" must be a non-negative integer, got ${query.count}`);
  }
}
