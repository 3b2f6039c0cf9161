import { InvalidFilterError } from "../errors.js";
import type { ComparisonValue, Filter } from "./ast.js";
import { printAttributePath } from "./attribute-path.js";

/** How tightly each kind of node binds: `or` < `and` < everything else. */
function precedence(filter: Filter): number {
  if (filter.kind !== "logical") return 3;
  return filter.operator === "and" ? 2 : 1;
}

/**
 * Write a filter tree as canonical SCIM filter text.
 *
 * Operators are lower-case, strings are JSON-escaped (so a value containing
 * `"` or `\` cannot change the meaning of the filter), and parentheses appear
 * only where precedence needs them. `parseFilter(printFilter(tree))` gives
 * back the same tree.
 *
 * @example printFilter(filter.and(filter.pr("title"), filter.eq("userType", "Employee")))
 *   // 'title pr and userType eq "Employee"'
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function printFilter(filter: Filter): string {
  switch (filter.kind) {
    case "comparison":
      return `${printAttributePath(filter.path)} ${filter.operator} ${printValue(filter.value)}`;
    case "present":
      return `${printAttributePath(filter.path)} pr`;
    case "not":
      return `not (${printFilter(filter.filter)})`;
    case "valuePath":
      return `${printAttributePath(filter.path)}[${printFilter(filter.filter)}]`;
    case "logical": {
      // Operators associate to the left, so `a or (b or c)` keeps its parentheses
      // on the right but `(a or b) or c` needs none.
      const own = precedence(filter);
      const left = printOperand(filter.left, precedence(filter.left) < own);
      const right = printOperand(filter.right, precedence(filter.right) <= own);
      return `${left} ${filter.operator} ${right}`;
    }
  }
}

function printOperand(filter: Filter, parenthesize: boolean): string {
  const text = printFilter(filter);
  return parenthesize ? `(${text})` : text;
}

/** A comparison value as a JSON literal (`-0` keeps its sign; JSON has no NaN or Infinity). */
function printValue(value: ComparisonValue): string {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new InvalidFilterError(`Cannot write ${value} in a filter: JSON numbers are finite`);
  }
  if (typeof value === "number" && Object.is(value, -0)) return "-0";
  return JSON.stringify(value);
}
