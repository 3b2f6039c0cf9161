import type { Filter } from "../../scim/filter/ast.js";
import { MutabilityError } from "../../scim/errors.js";
import { matchesValueFilter } from "../filter/evaluate.js";
import { getAttribute, isJsonObject, isUnassigned, setAttribute, type JsonObject } from "./attribute-access.js";
import { subAttributeOf, type AttributeInfo } from "./schema-info.js";
import type { PatchTarget } from "./patch-target.js";

/** A PATCH target that names an attribute (not a whole extension). */
export type AttributeTarget = Extract<PatchTarget, { kind: "attribute" }>;

/**
 * The object holding a target's attribute: the resource, or the extension
 * object named by the target's schema (created when `create` is true).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.3
 */
export function containerFor(resource: JsonObject, schema: string | undefined, create: boolean): JsonObject | undefined {
  if (schema === undefined) return resource;
  const existing = getAttribute(resource, schema);
  if (isJsonObject(existing)) return existing;
  if (!create) return undefined;
  const extension: JsonObject = {};
  setAttribute(resource, schema, extension);
  return extension;
}

/**
 * The indexes of the values of a multi-valued attribute that a value filter
 * selects (`members[value eq "2819c223-…"]`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function selectIndexes(list: unknown[], filter: Filter, attribute: AttributeInfo): number[] {
  const indexes: number[] = [];
  list.forEach((item, index) => {
    if (isJsonObject(item) && matchesValueFilter(item, filter, attribute)) indexes.push(index);
  });
  return indexes;
}

/**
 * True when two values of a multi-valued attribute are the same value, for
 * "If the target location already contains the value specified, no changes
 * SHOULD be made" (RFC 7644 §3.5.2.1): complex values with a `value`
 * sub-attribute are the same when `value` matches (honouring caseExact) and
 * `type` too when both have one (`{"value": id}` names the member
 * `{"value": id, "type": "User"}`); others when they are equal JSON.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.1
 */
export function isSameValue(a: unknown, b: unknown, attribute: AttributeInfo): boolean {
  if (isJsonObject(a) && isJsonObject(b) && getAttribute(a, "value") !== undefined) {
    const caseExact = subAttributeOf(attribute, "value")?.caseExact ?? false;
    const sameValue = sameText(getAttribute(a, "value"), getAttribute(b, "value"), caseExact);
    const [typeA, typeB] = [getAttribute(a, "type"), getAttribute(b, "type")];
    return sameValue && (typeA === undefined || typeB === undefined || sameText(typeA, typeB, false));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merge a value sent again into the value already there (RFC 7644
 * §3.5.2.1, "no changes SHOULD be made" for the value itself): the existing
 * `value` is kept as stored, and immutable sub-attributes that already have a
 * value are kept; other sub-attributes sent (`primary`, `display`) are set.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.1
 */
export function mergeInto(existing: JsonObject, item: JsonObject, attribute: AttributeInfo): void {
  for (const [name, value] of Object.entries(item)) {
    const before = getAttribute(existing, name);
    const immutable = subAttributeOf(attribute, name)?.mutability === "immutable";
    if (name === "value" || (immutable && !isUnassigned(before))) continue;
    setAttribute(existing, name, value);
  }
}

/**
 * Refuse to change an attribute its mutability protects (RFC 7644 §3.5.2:
 * "a client MUST NOT modify an attribute that has mutability "readOnly" or
 * "immutable". However, a client MAY "add" a value to an "immutable"
 * attribute if the attribute had no previous value.").
 *
 * @param current the value(s) being changed, to tell a first value of an immutable attribute from a change.
 * @throws MutabilityError (400, `mutability`) naming the attribute.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.2
 */
export function assertMutable(target: AttributeTarget, current: unknown, op: string): void {
  for (const attribute of [target.attribute, target.subAttribute]) {
    if (attribute === undefined) continue;
    if (attribute.mutability === "readOnly") {
      throw new MutabilityError(
        `Cannot ${op} ${target.text}: ${attribute.name} is readOnly (RFC 7643 §2.2), set by the service provider.`,
        { hint: `Remove the "${op}" operation on ${target.text}.` },
      );
    }
    if (attribute.mutability === "immutable" && !isUnassigned(current)) {
      throw new MutabilityError(
        `Cannot ${op} ${target.text}: ${attribute.name} is immutable (RFC 7643 §2.2) and already has a value.`,
        { hint: "An immutable attribute can only be given a value once, when it has none." },
      );
    }
  }
}

/**
 * Refuse to leave a required attribute unassigned. RFC 7644 §3.5.2.2: "If an
 * attribute is removed or becomes unassigned and is defined as a required
 * attribute or a read-only attribute, the server SHALL return ... a
 * "scimType" error code of "mutability"."
 *
 * @throws MutabilityError naming the attribute.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.2
 */
export function assertRemovable(attribute: AttributeInfo, text: string): void {
  if (attribute.required || attribute.mutability === "readOnly") {
    const why = attribute.required ? "required" : "readOnly";
    throw new MutabilityError(`Cannot remove ${text}: ${attribute.name} is ${why}, so it cannot become unassigned (RFC 7644 §3.5.2.2).`, {
      hint: attribute.required ? `Replace ${attribute.name} with a new value instead of removing it.` : `Remove the operation on ${text}.`,
    });
  }
}

/**
 * The value a simple equality filter describes, for creating a value that
 * does not exist yet: `type eq "work"` → `{ type: "work" }`; `and` of such
 * comparisons merges them. Anything else gives undefined. Used for the Entra
 * ID leniency of `applyAdd` (patch-add.ts).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function recordFromFilter(filter: Filter): JsonObject | undefined {
  if (filter.kind === "comparison" && filter.operator === "eq" && filter.value !== null && filter.path.subAttribute === undefined) {
    return { [filter.path.name]: filter.value };
  }
  if (filter.kind === "logical" && filter.operator === "and") {
    const left = recordFromFilter(filter.left);
    const right = recordFromFilter(filter.right);
    return left && right ? { ...left, ...right } : undefined;
  }
  return undefined;
}

function sameText(a: unknown, b: unknown, caseExact: boolean): boolean {
  if (typeof a === "string" && typeof b === "string" && !caseExact) return a.toLowerCase() === b.toLowerCase();
  return a === b;
}
