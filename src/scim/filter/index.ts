/**
 * SCIM filters, RFC 7644 §3.4.2.2: parse filter text into a tree, print a
 * tree back as text, and build trees in code with the `filter` namespace.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 * @module
 */
export * as filter from "./builder.js";
export { parseFilter } from "./parser.js";
export { printFilter } from "./printer.js";
export { parseAttributePath, printAttributePath } from "./attribute-path.js";
export { comparisonOperators } from "./ast.js";
export type {
  AttributePath,
  ComparisonFilter,
  ComparisonOperator,
  ComparisonValue,
  Filter,
  LogicalFilter,
  NotFilter,
  PresentFilter,
  ValuePathFilter,
} from "./ast.js";
