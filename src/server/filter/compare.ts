import type { ComparisonOperator } from "../../scim/filter/ast.js";
import { InvalidFilterError } from "../../scim/errors.js";
import type { AttributeType } from "../resource/schema-info.js";

/**
 * How a value is compared: its SCIM type and whether strings compare with
 * their case (RFC 7643 §2.2 `caseExact`, default false).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.2
 */
export interface ComparisonRule {
  type: AttributeType;
  caseExact: boolean;
}

const ordering: ReadonlySet<ComparisonOperator> = new Set(["gt", "ge", "lt", "le"]);
const substring: ReadonlySet<ComparisonOperator> = new Set(["co", "sw", "ew"]);

/**
 * The rule for an attribute the schema does not describe: the type follows
 * the JSON value, strings compare case-insensitively (the RFC 7643 §2.2
 * default of `caseExact`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.2
 */
export function inferRule(value: unknown): ComparisonRule {
  if (typeof value === "boolean") return { type: "boolean", caseExact: false };
  if (typeof value === "number") return { type: "decimal", caseExact: false };
  return { type: "string", caseExact: false };
}

/**
 * Reject a comparison the attribute's type does not support, before any value
 * is looked at (so the error does not depend on the data).
 *
 * RFC 7644 §3.4.2.2: for `gt`, `ge`, `lt`, `le` "Boolean and Binary
 * attributes SHALL cause a failed response (HTTP status code 400) with
 * "scimType" of "invalidFilter""; `co`, `sw`, `ew` compare strings.
 *
 * @throws InvalidFilterError naming the attribute and the operator.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function checkComparison(label: string, operator: ComparisonOperator, rule: ComparisonRule): void {
  const unordered = rule.type === "boolean" || rule.type === "binary" || rule.type === "complex";
  if (ordering.has(operator) && unordered) {
    throw new InvalidFilterError(
      `"${label} ${operator}" is not allowed: ${label} is a ${rule.type} attribute, which cannot be ordered.`,
      { hint: `Use eq or ne with ${label}.` },
    );
  }
  const numeric = rule.type === "decimal" || rule.type === "integer";
  if (substring.has(operator) && (unordered || numeric) && rule.type !== "binary") {
    throw new InvalidFilterError(
      `"${label} ${operator}" is not allowed: ${operator} compares strings, and ${label} is a ${rule.type} attribute.`,
      { hint: `Use eq or ne with ${label}.` },
    );
  }
}

/**
 * Compare one attribute value with a filter value, RFC 7644 §3.4.2.2 table 3.
 *
 * 1. Strings (and references, binary) compare as text; unless the attribute
 *    is `caseExact`, both sides are lower-cased first. `co`, `sw`, `ew` test
 *    substrings; `gt`… order lexicographically.
 * 2. dateTime values (RFC 7643 §2.3.5, xsd:dateTime) compare as instants, so
 *    `2011-05-13T04:42:34Z` equals `2011-05-13T06:42:34+02:00`; `co`, `sw`,
 *    `ew` compare the text.
 * 3. Numbers compare numerically; booleans with eq/ne only.
 * 4. A filter value of another JSON type than the attribute never matches.
 *
 * @throws InvalidFilterError when a dateTime attribute is compared with text that is not a date.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function compareValue(
  actual: unknown,
  operator: ComparisonOperator,
  expected: string | number | boolean,
  rule: ComparisonRule,
  label: string,
): boolean {
  // 2. dateTime, ordered as instants.
  if (rule.type === "dateTime" && !substring.has(operator) && typeof expected === "string") {
    const expectedTime = Date.parse(expected);
    if (Number.isNaN(expectedTime)) {
      throw new InvalidFilterError(`${label} is a dateTime, and ${JSON.stringify(expected)} is not a date.`, {
        hint: 'Write dates as in RFC 3339, e.g. "2011-05-13T04:42:34Z".',
      });
    }
    const actualTime = typeof actual === "string" ? Date.parse(actual) : Number.NaN;
    return !Number.isNaN(actualTime) && order(operator, actualTime - expectedTime);
  }
  // 3. Numbers and booleans.
  if (typeof actual === "number" || typeof actual === "boolean") {
    if (typeof expected !== typeof actual) return false;
    if (typeof actual === "boolean") return operator === "eq" ? actual === expected : actual !== expected;
    return order(operator, actual - (expected as number));
  }
  // 1. Text.
  if (typeof actual !== "string" || typeof expected !== "string") return false;
  const left = normaliseText(actual, rule);
  const right = normaliseText(expected, rule);
  if (operator === "co") return left.includes(right);
  if (operator === "sw") return left.startsWith(right);
  if (operator === "ew") return left.endsWith(right);
  return order(operator, left < right ? -1 : left > right ? 1 : 0);
}

/**
 * Order two attribute values of the same attribute for sorting (RFC 7644
 * §3.4.2.3): text by code points (lower-cased unless caseExact), dateTime as
 * instants, numbers numerically, `false` before `true`.
 *
 * @returns a negative number when `a` sorts first, positive when `b` does, else 0.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.3
 */
export function orderValues(a: unknown, b: unknown, rule: ComparisonRule): number {
  if (rule.type === "dateTime" && typeof a === "string" && typeof b === "string") {
    const difference = Date.parse(a) - Date.parse(b);
    if (!Number.isNaN(difference)) return Math.sign(difference);
  }
  if (typeof a === "number" && typeof b === "number") return Math.sign(a - b);
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const left = normaliseText(String(a), rule);
  const right = normaliseText(String(b), rule);
  return left < right ? -1 : left > right ? 1 : 0;
}

function normaliseText(text: string, rule: ComparisonRule): string {
  return rule.caseExact ? text : text.toLowerCase();
}

function order(operator: ComparisonOperator, difference: number): boolean {
  switch (operator) {
    case "eq":
      return difference === 0;
    case "ne":
      return difference !== 0;
    case "gt":
      return difference > 0;
    case "ge":
      return difference >= 0;
    case "lt":
      return difference < 0;
    case "le":
      return difference <= 0;
    default:
      // co/sw/ew on a number of an attribute the schema does not describe.
      return false;
  }
}
