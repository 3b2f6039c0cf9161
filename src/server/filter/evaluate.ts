import type { ComparisonFilter, Filter } from "../../scim/filter/ast.js";
import { printAttributePath } from "../../scim/filter/attribute-path.js";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { InvalidFilterError } from "../../scim/errors.js";
import type { AttributeInfo } from "../resource/schema-info.js";
import { checkComparison, compareValue, inferRule } from "./compare.js";
import { resolveElements, resolveValues, ruleFor, type FilterScope } from "./resolve.js";

/**
 * True when a resource matches a SCIM filter, RFC 7644 §3.4.2.2.
 *
 * - Attribute names are case-insensitive; string comparisons honour the
 *   attribute's `caseExact` (default false) and dateTime values compare as
 *   instants (`meta.lastModified gt "2011-05-13T04:42:34Z"`).
 * - A multi-valued attribute matches when any of its values matches
 *   (`emails.type eq "work"`; `emails co "@example.com"` compares each `value`).
 * - A value path (`emails[type eq "work" and value co "@example.com"]`)
 *   applies its inner filter to one value at a time.
 * - `pr` is true when the attribute has a non-empty value; `eq null` is true
 *   when it has none and `ne null` when it has one (RFC 7643 §2.5: null is
 *   "unassigned").
 *
 * The resource is the stored representation, with `id`, `meta` and (for a
 * User) `groups` filled in, so `groups.value eq "…"` and `meta.resourceType`
 * can be evaluated.
 *
 * @throws InvalidFilterError when the filter compares in a way the attribute's
 *   type does not allow (`active gt true`, a dateTime with a non-date).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function matchesFilter(resource: Record<string, unknown>, filter: Filter, resourceType: ResourceTypeName): boolean {
  return evaluate({ kind: "resource", resource, resourceType }, filter);
}

/**
 * True when one value of a multi-valued complex attribute matches the filter
 * of a value path, as in the PATCH path `emails[type eq "work"]` (RFC 7644
 * §3.5.2): the filter's paths name sub-attributes of `parent`.
 *
 * @throws InvalidFilterError as {@link matchesFilter} does.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function matchesValueFilter(element: Record<string, unknown>, filter: Filter, parent: AttributeInfo | undefined): boolean {
  return evaluate({ kind: "element", element, parent }, filter);
}

function evaluate(scope: FilterScope, filter: Filter): boolean {
  switch (filter.kind) {
    case "logical":
      return filter.operator === "and"
        ? evaluate(scope, filter.left) && evaluate(scope, filter.right)
        : evaluate(scope, filter.left) || evaluate(scope, filter.right);
    case "not":
      return !evaluate(scope, filter.filter);
    case "present":
      return resolveValues(scope, filter.path).values.length > 0;
    case "valuePath":
      return matchesValuePath(scope, filter);
    case "comparison":
      return matchesComparison(scope, filter);
  }
}

function matchesValuePath(scope: FilterScope, filter: Extract<Filter, { kind: "valuePath" }>): boolean {
  if (scope.kind === "element") {
    throw new InvalidFilterError(`A value path cannot be nested inside another one (at ${printAttributePath(filter.path)}[…]).`, {
      hint: 'Filter one multi-valued attribute per value path, e.g. emails[type eq "work"] and phoneNumbers[type eq "mobile"].',
    });
  }
  const { elements, attribute } = resolveElements(scope, filter.path);
  return elements.some((element) => evaluate({ kind: "element", element, parent: attribute }, filter.filter));
}

/**
 * 1. Resolve the values the path selects (see {@link resolveValues}).
 * 2. `eq null` / `ne null` test for no value / some value.
 * 3. Reject comparisons the attribute's type does not allow.
 * 4. `ne` matches when no value equals the filter value ("any value" for
 *    multi-valued attributes, and an absent attribute is "not equal").
 * 5. Every other operator matches when any value matches.
 */
function matchesComparison(scope: FilterScope, filter: ComparisonFilter): boolean {
  const label = printAttributePath(filter.path);
  // 1. Values.
  const resolved = resolveValues(scope, filter.path);
  // 2. Null.
  if (filter.value === null) {
    if (filter.operator === "eq") return resolved.values.length === 0;
    if (filter.operator === "ne") return resolved.values.length > 0;
    throw new InvalidFilterError(`"${label} ${filter.operator} null" is not allowed: null can only be compared with eq or ne.`, {
      hint: `Use "${label} pr" to test that ${label} has a value.`,
    });
  }
  const expected = filter.value;
  // 3. Type check, on the schema's rule or (attribute unknown to the schema) the filter value's type.
  checkComparison(label, filter.operator, resolved.rule ?? inferRule(expected));
  // 4. ne.
  if (filter.operator === "ne") {
    const equal = (value: unknown): boolean => compareValue(value, "eq", expected, ruleFor(resolved, value), label);
    return resolved.values.length === 0 || resolved.values.some((value) => !equal(value));
  }
  // 5. Any value.
  return resolved.values.some((value) => compareValue(value, filter.operator, expected, ruleFor(resolved, value), label));
}
