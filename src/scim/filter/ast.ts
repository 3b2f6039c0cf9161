/**
 * The syntax tree of a SCIM filter, RFC 7644 §3.4.2.2.
 *
 * A filter such as `userType eq "Employee" and emails[type eq "work"]` is
 * text on the wire; {@link parseFilter} turns it into a {@link Filter} tree,
 * {@link printFilter} turns a tree back into text, and the server evaluates
 * trees. Every node has a `kind` that tells the five shapes apart.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 * @module
 */

/**
 * A reference to an attribute: `userName`, `name.familyName`, or with its
 * schema `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value`.
 *
 * Names are kept as written (SCIM attribute names are case-insensitive, so
 * comparing them is the reader's job).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.10
 */
export interface AttributePath {
  /** The schema URN, when the path is fully qualified (everything before the last `:`). */
  schema?: string;
  /** The attribute name, e.g. `name` in `name.familyName`. */
  name: string;
  /** The sub-attribute name, e.g. `familyName` in `name.familyName`. */
  subAttribute?: string;
}

/**
 * The comparison operators of RFC 7644 §3.4.2.2 table 3: equal, not equal,
 * contains, starts with, ends with, greater than, less than, greater or
 * equal, less or equal. (`pr`, "present", takes no value: see {@link Filter}.)
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export type ComparisonOperator = (typeof comparisonOperators)[number];

/** Every {@link ComparisonOperator}, in the order of RFC 7644 §3.4.2.2 table 3 (the type is read from this list). */
export const comparisonOperators = ["eq", "ne", "co", "sw", "ew", "gt", "lt", "ge", "le"] as const;

/**
 * The value on the right of a comparison: a JSON string, number, boolean or
 * null (`compValue` in RFC 7644 figure 1). Dates are strings.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export type ComparisonValue = string | number | boolean | null;

/** `userName eq "bjensen"`: an attribute, an operator and a value. */
export interface ComparisonFilter {
  kind: "comparison";
  path: AttributePath;
  operator: ComparisonOperator;
  value: ComparisonValue;
}

/** `title pr`: the attribute has a non-empty value. */
export interface PresentFilter {
  kind: "present";
  path: AttributePath;
}

/** `a and b`, `a or b`: both, or either, of two filters. */
export interface LogicalFilter {
  kind: "logical";
  operator: "and" | "or";
  left: Filter;
  right: Filter;
}

/** `not (a)`: the opposite of a filter. */
export interface NotFilter {
  kind: "not";
  filter: Filter;
}

/**
 * `emails[type eq "work" and value co "@example.com"]`: one value of a
 * multi-valued attribute matches the inner filter, whose paths are relative
 * to that value (`type`, not `emails.type`).
 */
export interface ValuePathFilter {
  kind: "valuePath";
  path: AttributePath;
  filter: Filter;
}

/**
 * A SCIM filter expression, RFC 7644 §3.4.2.2 (`FILTER` in figure 1).
 *
 * Operators are stored lower-case whatever the input's case; `and` binds
 * tighter than `or`, and both associate to the left (`a or b or c` is
 * `(a or b) or c`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export type Filter = ComparisonFilter | PresentFilter | LogicalFilter | NotFilter | ValuePathFilter;
