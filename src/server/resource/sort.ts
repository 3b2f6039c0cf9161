import type { AttributePath } from "../../scim/filter/ast.js";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { inferRule, orderValues } from "../filter/compare.js";
import { getAttribute, isJsonObject, isUnassigned, type JsonObject } from "./attribute-access.js";
import { extensionContainer } from "./extension-container.js";
import { describeAttribute, subAttributeOf, type AttributeInfo } from "./schema-info.js";

/**
 * A comparator for `Array.prototype.sort` that orders resources by `sortBy`,
 * RFC 7644 §3.4.2.3.
 *
 * 1. The sort key is the attribute's value; "if it's a multi-valued
 *    attribute, resources are sorted by the value of the primary attribute
 *    ..., if any, or else the first value in the list, if any" (`emails`
 *    sorts by the primary email's `value`, `emails.type` by its type).
 * 2. Values compare by the attribute's type: "for case-insensitive attributes,
 *    sort the result using case-insensitive Unicode alphabetic sort order ...
 *    and for case-exact attribute types ... case-sensitive"; dateTime values as
 *    instants; numbers numerically.
 * 3. "if there is no data for the specified "sortBy" value, they are sorted
 *    via the "sortOrder" parameter, i.e., they are ordered last if ascending
 *    and first if descending."
 *
 * @param order `"ascending"` (the RFC default) or `"descending"`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.3
 */
export function compareResources(
  sortBy: AttributePath,
  order: "ascending" | "descending",
  resourceType: ResourceTypeName,
): (a: Record<string, unknown>, b: Record<string, unknown>) => number {
  const attribute = describeAttribute(resourceType, withoutSub(sortBy));
  const target =
    sortBy.subAttribute !== undefined
      ? subAttributeOf(attribute, sortBy.subAttribute)
      : attribute?.multiValued && attribute.type === "complex"
        ? subAttributeOf(attribute, "value")
        : attribute;
  const direction = order === "descending" ? -1 : 1;
  return (a, b) => {
    const left = sortKey(a, sortBy, attribute, resourceType);
    const right = sortKey(b, sortBy, attribute, resourceType);
    // 3. Missing values last (ascending).
    if (left === undefined || right === undefined) {
      return direction * (left === undefined ? (right === undefined ? 0 : 1) : -1);
    }
    // 2. By type.
    const rule = target === undefined || target.type === "complex" ? inferRule(left) : target;
    return direction * orderValues(left, right, rule);
  };
}

/** 1. The value a resource sorts by, or undefined when it has none. */
function sortKey(
  resource: JsonObject,
  sortBy: AttributePath,
  attribute: AttributeInfo | undefined,
  resourceType: ResourceTypeName,
): unknown {
  const container = extensionContainer(resource, sortBy.schema, resourceType);
  let value = container === undefined ? undefined : getAttribute(container, sortBy.name);
  if (Array.isArray(value)) {
    const assigned = value.filter((item) => !isUnassigned(item));
    value = assigned.find((item) => isJsonObject(item) && getAttribute(item, "primary") === true) ?? assigned[0];
  }
  if (isJsonObject(value)) {
    const complexKey = sortBy.subAttribute ?? (attribute?.multiValued ? "value" : undefined);
    value = complexKey === undefined ? undefined : getAttribute(value, complexKey);
  }
  return isUnassigned(value) ? undefined : value;
}

function withoutSub(path: AttributePath): AttributePath {
  return path.schema === undefined ? { name: path.name } : { schema: path.schema, name: path.name };
}
