import type { AttributePath } from "../../scim/filter/ast.js";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { getAttribute, isJsonObject, isUnassigned, type JsonObject } from "../resource/attribute-access.js";
import { describeAttribute, subAttributeOf, type AttributeInfo } from "../resource/schema-info.js";
import { extensionContainer } from "../resource/extension-container.js";
import { inferRule, type ComparisonRule } from "./compare.js";

/**
 * Where a filter's attribute paths are read: a whole resource, or (inside a
 * value path such as `emails[type eq "work"]`) one value of a multi-valued
 * complex attribute, whose sub-attributes the inner paths name.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export type FilterScope =
  | { kind: "resource"; resource: JsonObject; resourceType: ResourceTypeName }
  | { kind: "element"; element: JsonObject; parent: AttributeInfo | undefined };

/** The values an attribute path selects, with how to compare them. */
export interface ResolvedValues {
  /** Every assigned value, multi-valued attributes flattened. */
  values: unknown[];
  /** The comparison rule from the schema, or undefined when the schema does not describe the attribute. */
  rule: ComparisonRule | undefined;
  /** The attribute described, if any (for `pr` and value paths). */
  attribute: AttributeInfo | undefined;
}

/**
 * Read the values an attribute path selects in a scope.
 *
 * 1. The container is the resource, or the extension object named by the
 *    path's schema URN (RFC 7644 §3.10: "urn:…:enterprise:2.0:User:employeeNumber").
 * 2. The attribute is found case-insensitively (RFC 7643 §2.1).
 * 3. A sub-attribute is read from the complex value, or from every value of a
 *    multi-valued one (`emails.type` yields the type of each email).
 * 4. A multi-valued complex attribute named without a sub-attribute
 *    (`emails co "@example.com"`) is compared through each value's `value`.
 * 5. Unassigned values (null, "", []) are dropped (RFC 7643 §2.5).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function resolveValues(scope: FilterScope, path: AttributePath): ResolvedValues {
  // 1-2. Container and attribute.
  let container: JsonObject | undefined;
  let attribute: AttributeInfo | undefined;
  if (scope.kind === "resource") {
    container = extensionContainer(scope.resource, path.schema, scope.resourceType);
    const { subAttribute: _, ...top } = path;
    attribute = describeAttribute(scope.resourceType, top);
  } else {
    container = scope.element;
    attribute = subAttributeOf(scope.parent, path.name);
  }
  const raw = container === undefined ? undefined : getAttribute(container, path.name);
  let values = flatten(raw);
  // 3. Sub-attribute of each value.
  if (path.subAttribute !== undefined) {
    const name = path.subAttribute;
    values = values.flatMap((value) => (isJsonObject(value) ? flatten(getAttribute(value, name)) : []));
    attribute = subAttributeOf(attribute, name);
  } else if (attribute?.multiValued && attribute.type === "complex") {
    // 4. emails co "…" compares each email's value.
    const valueAttribute = subAttributeOf(attribute, "value");
    return {
      values: values.flatMap((value) => (isJsonObject(value) ? flatten(getAttribute(value, "value")) : [])),
      rule: valueAttribute === undefined ? undefined : ruleOf(valueAttribute),
      attribute,
    };
  }
  // 5. Unassigned values are not values.
  return { values, rule: attribute === undefined ? undefined : ruleOf(attribute), attribute };
}

/** The rule to compare a value with: the schema's, else inferred from the data. */
export function ruleFor(resolved: ResolvedValues, value: unknown): ComparisonRule {
  return resolved.rule ?? inferRule(value);
}

function ruleOf(attribute: AttributeInfo): ComparisonRule {
  return { type: attribute.type, caseExact: attribute.caseExact };
}

function flatten(value: unknown): unknown[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item) => !isUnassigned(item));
}

/**
 * The values of a multi-valued complex attribute that a value path such as
 * `emails[type eq "work"]` filters, with the attribute's description (whose
 * sub-attributes the inner filter names).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function resolveElements(
  scope: FilterScope,
  path: AttributePath,
): { elements: JsonObject[]; attribute: AttributeInfo | undefined } {
  if (scope.kind === "element") return { elements: [], attribute: undefined };
  const container = extensionContainer(scope.resource, path.schema, scope.resourceType);
  const raw = container === undefined ? undefined : getAttribute(container, path.name);
  const list = Array.isArray(raw) ? raw : [raw];
  return {
    elements: list.filter(isJsonObject),
    attribute: describeAttribute(scope.resourceType, path),
  };
}
