import { findAttribute, type ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import type { AttributePath, Filter } from "../scim/filter/ast.js";
import { parseFilter } from "../scim/filter/parser.js";

/**
 * Whether a server that refused `filter` refused a valid one: scimlab's own parser accepts it
 * (RFC 7644 §3.4.2.2, figure 1) and every attribute path in it names an attribute the schema
 * definitions know for `resourceType` (for a root search, for User or for Group). Paths inside a
 * value path (`emails[type eq "work"]`) are read as sub-attributes of that attribute.
 *
 * @example isValidKnownFilter('groups.value eq "e9e3"', "User") // true
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function isValidKnownFilter(filter: string, resourceType?: ResourceTypeName): boolean {
  let tree: Filter;
  try {
    tree = parseFilter(filter);
  } catch {
    return false;
  }
  const paths = pathsOf(tree);
  const types: ResourceTypeName[] = resourceType === undefined ? ["User", "Group"] : [resourceType];
  return types.some((type) => paths.every((path) => path !== undefined && findAttribute(type, path) !== undefined));
}

/** Every attribute path a filter compares, those inside a value path qualified by it (`undefined` when nested deeper). */
function pathsOf(filter: Filter, parent?: AttributePath): (AttributePath | undefined)[] {
  const qualify = (path: AttributePath): AttributePath | undefined => {
    if (parent === undefined) return path;
    if (path.schema !== undefined || path.subAttribute !== undefined) return undefined;
    return { ...parent, subAttribute: path.name };
  };
  switch (filter.kind) {
    case "comparison":
    case "present":
      return [qualify(filter.path)];
    case "logical":
      return [...pathsOf(filter.left, parent), ...pathsOf(filter.right, parent)];
    case "not":
      return pathsOf(filter.filter, parent);
    case "valuePath":
      return parent === undefined ? [filter.path, ...pathsOf(filter.filter, filter.path)] : [undefined];
  }
}
