/**
 * Build filter trees in code instead of concatenating strings:
 * `filter.and(filter.eq("userName", name), filter.pr("title"))`.
 *
 * Values are never pasted into text: {@link printFilter} JSON-escapes them,
 * so a user name containing `"` or `\` cannot change what the filter means.
 * A `Date` value becomes its ISO 8601 string (`filter.gt("meta.lastModified", since)`).
 * The barrel exports this module as the namespace `filter`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 * @module
 */
import { InvalidFilterError } from "../errors.js";
import type {
  AttributePath,
  ComparisonFilter,
  ComparisonOperator,
  ComparisonValue,
  Filter,
  NotFilter,
  PresentFilter,
  ValuePathFilter,
} from "./ast.js";
import { splitAttributePath } from "./attribute-path.js";

/** `path eq value`: equal. */
export function eq(path: string, value: ComparisonValue | Date): ComparisonFilter {
  return comparison(path, "eq", value);
}

/** `path ne value`: not equal. */
export function ne(path: string, value: ComparisonValue | Date): ComparisonFilter {
  return comparison(path, "ne", value);
}

/** `path co value`: contains. */
export function co(path: string, value: ComparisonValue | Date): ComparisonFilter {
  return comparison(path, "co", value);
}

/** `path sw value`: starts with. */
export function sw(path: string, value: ComparisonValue | Date): ComparisonFilter {
  return comparison(path, "sw", value);
}

/** `path ew value`: ends with. */
export function ew(path: string, value: ComparisonValue | Date): ComparisonFilter {
  return comparison(path, "ew", value);
}

/** `path gt value`: greater than (dates compare chronologically). */
export function gt(path: string, value: ComparisonValue | Date): ComparisonFilter {
  return comparison(path, "gt", value);
}

/** `path ge value`: greater than or equal. */
export function ge(path: string, value: ComparisonValue | Date): ComparisonFilter {
  return comparison(path, "ge", value);
}

/** `path lt value`: less than. */
export function lt(path: string, value: ComparisonValue | Date): ComparisonFilter {
  return comparison(path, "lt", value);
}

/** `path le value`: less than or equal. */
export function le(path: string, value: ComparisonValue | Date): ComparisonFilter {
  return comparison(path, "le", value);
}

/** `path pr`: the attribute is present (has a non-empty value). */
export function pr(path: string): PresentFilter {
  return { kind: "present", path: attributePath(path) };
}

/** `a and b and c`: every filter matches (grouped to the left, as the parser does). */
export function and(first: Filter, ...rest: Filter[]): Filter {
  return logical("and", [first, ...rest]);
}

/** `a or b or c`: at least one filter matches (grouped to the left). */
export function or(first: Filter, ...rest: Filter[]): Filter {
  return logical("or", [first, ...rest]);
}

/** `not (f)`: the filter does not match. */
export function not(filter: Filter): NotFilter {
  return { kind: "not", filter };
}

/**
 * `path[f]`: one value of a multi-valued attribute matches `f`, whose paths
 * are relative to the value: `valuePath("emails", and(eq("type", "work"), co("value", "@example.com")))`.
 *
 * @throws InvalidFilterError if `f` contains another value path (they do not nest).
 */
export function valuePath(path: string, filter: Filter): ValuePathFilter {
  if (containsValuePath(filter)) {
    throw new InvalidFilterError(`Value paths cannot nest: the filter inside ${path}[…] contains another value path`);
  }
  return { kind: "valuePath", path: attributePath(path), filter };
}

function comparison(path: string, operator: ComparisonOperator, input: ComparisonValue | Date): ComparisonFilter {
  const value = input instanceof Date ? dateTime(input) : input;
  const valid =
    value === null ||
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value));
  if (!valid) {
    const shown = typeof value === "object" ? "an object or an array" : String(value);
    throw new InvalidFilterError(
      `Cannot compare ${path} with ${shown}: use a string, a finite number, true, false or null ` +
        `(for a complex attribute, compare a sub-attribute or use filter.valuePath)`,
    );
  }
  return { kind: "comparison", path: attributePath(path), operator, value };
}

/** A date as the xsd:dateTime string SCIM compares chronologically (RFC 7643 §2.3.5). */
function dateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new InvalidFilterError("Cannot compare with an invalid Date");
  return date.toISOString();
}

function logical(operator: "and" | "or", filters: Filter[]): Filter {
  if (filters[0] === undefined) throw new InvalidFilterError(`filter.${operator}() needs at least one filter`);
  return filters.reduce((left, right) => ({ kind: "logical", operator, left, right }));
}

function attributePath(text: string): AttributePath {
  const path = splitAttributePath(text);
  if (typeof path === "string") {
    throw new InvalidFilterError(`Invalid attribute path ${JSON.stringify(text)} in a filter: ${path}`);
  }
  return path;
}

function containsValuePath(filter: Filter): boolean {
  switch (filter.kind) {
    case "valuePath":
      return true;
    case "not":
      return containsValuePath(filter.filter);
    case "logical":
      return containsValuePath(filter.left) || containsValuePath(filter.right);
    default:
      return false;
  }
}
