import { findAttribute, findExtension, type ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import type { AttributePath, Filter } from "../../scim/filter/ast.js";
import { printAttributePath, splitAttributePath } from "../../scim/filter/attribute-path.js";
import { parseFilter } from "../../scim/filter/parser.js";
import type { PatchOp } from "../../scim/patch-op.js";
import { parsePatchPath } from "../../scim/path.js";
import type { AttributeDefinition } from "../../scim/schema.js";
import { checkComparison } from "../../server/filter/compare.js";

/**
 * Why a filter is not valid SCIM on attributes the schema defines, or
 * `undefined` when it is. The same rules as the embedded server's, so a
 * filter found valid here is one the embedded server evaluates:
 *
 * 1. It parses (RFC 7644 §3.4.2.2 figure 1).
 * 2. Every attribute path names an attribute of the resource type (or, inside
 *    `attr[…]`, a sub-attribute of that multi-valued complex attribute), and
 *    value paths are not nested.
 * 3. Each comparison fits the attribute's type: no `gt` on a Boolean, no `co`
 *    on a number, `null` only with `eq` and `ne` (RFC 7643 §2.5), dates that
 *    are dates.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function filterProblem(text: string, resourceType: ResourceTypeName): string | undefined {
  let tree: Filter;
  try {
    tree = parseFilter(text);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return treeProblem(tree, resourceType, undefined);
}

/**
 * Why a PatchOp is not valid on attributes the schema defines, or `undefined`
 * when it is: each `path` parses (RFC 7644 §3.5.2), names a known attribute
 * and sub-attribute, and its value filter is valid for that attribute; a
 * path-less operation's value names known attributes (and extensions by URN).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function patchProblem(body: PatchOp, resourceType: ResourceTypeName): string | undefined {
  for (const operation of body.Operations as Array<{ path?: unknown; value?: unknown }>) {
    const problem =
      typeof operation.path === "string" ? pathProblem(operation.path, resourceType) : valueKeysProblem(operation.value, resourceType);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function pathProblem(text: string, resourceType: ResourceTypeName): string | undefined {
  let path: ReturnType<typeof parsePatchPath>;
  try {
    path = parsePatchPath(text);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const attribute = findAttribute(resourceType, path.attribute);
  if (attribute === undefined) return unknown(resourceType, path.attribute);
  if (path.valueFilter !== undefined) {
    const problem = treeProblem(path.valueFilter, resourceType, attribute);
    if (problem !== undefined) return problem;
  }
  if (path.subAttribute !== undefined && byName(attribute.subAttributes, path.subAttribute) === undefined) {
    return `${attribute.name} has no sub-attribute "${path.subAttribute}"`;
  }
  return undefined;
}

function valueKeysProblem(value: unknown, resourceType: ResourceTypeName): string | undefined {
  if (!isObject(value)) return undefined;
  for (const key of Object.keys(value)) {
    if (findExtension(resourceType, key) !== undefined) continue;
    const path = splitAttributePath(key);
    if (typeof path === "string") return path;
    if (findAttribute(resourceType, path) === undefined) return unknown(resourceType, path);
  }
  return undefined;
}

/** Steps 2 and 3 of {@link filterProblem}; `parent` is the attribute of the enclosing value path. */
function treeProblem(tree: Filter, resourceType: ResourceTypeName, parent: AttributeDefinition | undefined): string | undefined {
  switch (tree.kind) {
    case "logical":
      return treeProblem(tree.left, resourceType, parent) ?? treeProblem(tree.right, resourceType, parent);
    case "not":
      return treeProblem(tree.filter, resourceType, parent);
    case "valuePath": {
      if (parent !== undefined) return `a value path cannot be nested inside another one (${printAttributePath(tree.path)}[…])`;
      const attribute = findAttribute(resourceType, tree.path);
      if (attribute === undefined) return unknown(resourceType, tree.path);
      if (attribute.type !== "complex") return `${attribute.name} is not complex: it has no values to filter in brackets`;
      return treeProblem(tree.filter, resourceType, attribute);
    }
    case "present":
      return lookup(tree.path, resourceType, parent) === undefined ? unknown(resourceType, tree.path) : undefined;
    case "comparison": {
      const attribute = lookup(tree.path, resourceType, parent);
      if (attribute === undefined) return unknown(resourceType, tree.path);
      const label = printAttributePath(tree.path);
      if (tree.value === null) return tree.operator === "eq" || tree.operator === "ne" ? undefined : `null is compared only with eq or ne`;
      // As the embedded server does: a multi-valued complex attribute compares through each value's `value`.
      const throughValue = attribute.type === "complex" && attribute.multiValued && tree.path.subAttribute === undefined;
      const compared = throughValue ? byName(attribute.subAttributes, "value") : attribute;
      if (compared === undefined) return `${label} is complex: compare one of its sub-attributes`;
      try {
        checkComparison(label, tree.operator, { type: compared.type, caseExact: compared.caseExact ?? false });
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      if (compared.type === "dateTime" && typeof tree.value === "string" && Number.isNaN(Date.parse(tree.value))) {
        return `${label} is a dateTime, and ${JSON.stringify(tree.value)} is not a date`;
      }
      return undefined;
    }
  }
}

/** The attribute a filter path names: at the top of the resource, or a sub-attribute of `parent` inside brackets. */
function lookup(path: AttributePath, resourceType: ResourceTypeName, parent: AttributeDefinition | undefined): AttributeDefinition | undefined {
  if (parent === undefined) return findAttribute(resourceType, path);
  if (path.schema !== undefined || path.subAttribute !== undefined) return undefined;
  return byName(parent.subAttributes, path.name);
}

function byName(attributes: AttributeDefinition[] | undefined, name: string): AttributeDefinition | undefined {
  return attributes?.find((attribute) => attribute.name.toLowerCase() === name.toLowerCase());
}

function unknown(resourceType: ResourceTypeName, path: AttributePath): string {
  return `${resourceType} has no attribute ${printAttributePath(path)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
