import { isDeepStrictEqual } from "node:util";
import { MutabilityError, NoTargetError } from "../../scim/errors.js";
import { deleteAttribute, getAttribute, isJsonObject, isUnassigned, setAttribute, type JsonObject } from "./attribute-access.js";
import { assertMutable, assertRemovable, type AttributeTarget } from "./patch-values.js";
import { subAttributeOf } from "./schema-info.js";
import { checkValue } from "./value-check.js";

/**
 * Set (or, for null, unassign) one sub-attribute of a singular complex
 * attribute: `name.givenName`. Shared by "add" and "replace" (RFC 7644
 * §3.5.2.1, §3.5.2.3: "If the target location specifies a single-valued
 * attribute, the existing value is replaced").
 *
 * @throws MutabilityError, InvalidValueError.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export function setSubAttribute(container: JsonObject, target: AttributeTarget, value: unknown, op: string): void {
  const sub = target.subAttribute!;
  const current = getAttribute(container, target.attribute.name);
  const object = isJsonObject(current) ? current : {};
  assertMutable(target, getAttribute(object, sub.name), op);
  const checked = checkValue(sub, value, target.text);
  if (checked === null) {
    assertRemovable(sub, target.text);
    deleteAttribute(object, sub.name);
  } else setAttribute(object, sub.name, checked);
  setAttribute(container, target.attribute.name, object);
}

/**
 * Set one sub-attribute on every value of a multi-valued attribute
 * (`emails.type` without a filter), for "add" and "replace".
 *
 * @throws NoTargetError when the attribute has no values to set it on.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export function setOnEveryValue(container: JsonObject, target: AttributeTarget, value: unknown, op: string): void {
  const sub = target.subAttribute!;
  const current = getAttribute(container, target.attribute.name);
  const list = (Array.isArray(current) ? current : []).filter(isJsonObject);
  if (list.length === 0) {
    throw new NoTargetError(`${target.text} has no target: ${target.attribute.name} has no values.`, {
      hint: `Add a value to ${target.attribute.name} first, with the path "${target.attribute.name}".`,
    });
  }
  assertMutable(target, list.map((item) => getAttribute(item, sub.name)), op);
  const checked = checkValue(sub, value, target.text);
  for (const item of list) {
    if (checked === null) deleteAttribute(item, sub.name);
    else setAttribute(item, sub.name, checked);
  }
}

/**
 * Merge sub-attributes into a singular complex attribute (`name`, the
 * enterprise `manager`). RFC 7644 §3.5.2.3: "a set of sub-attributes SHALL be
 * specified in the "value" parameter, which replaces any existing values or
 * adds where an attribute did not previously exist. Sub-attributes that are
 * not specified in the "value" parameter are left unchanged." A sub-attribute
 * given as null is unassigned (RFC 7643 §2.5).
 *
 * @throws MutabilityError, InvalidValueError.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export function mergeComplex(container: JsonObject, target: AttributeTarget, value: unknown, op: string): void {
  const current = getAttribute(container, target.attribute.name);
  assertMutable({ ...target, attribute: { ...target.attribute, mutability: readOnlyOr(target) } }, undefined, op);
  const checked = checkValue(target.attribute, value, target.text);
  if (checked === null) return;
  const object = isJsonObject(current) ? current : {};
  for (const [name, item] of Object.entries(checked as JsonObject)) {
    const sub = subAttributeOf(target.attribute, name)!;
    const before = getAttribute(object, name);
    // Only immutability is checked per sub-attribute: a readOnly one inside a
    // value (the manager's displayName) is kept as sent, like members[].display
    // in the RFC 7644 §3.5.2.1 example.
    const immutable = sub.mutability === "immutable" || target.attribute.mutability === "immutable";
    if (immutable && !isUnassigned(before) && !isDeepStrictEqual(before, item)) {
      throw new MutabilityError(`Cannot ${op} ${target.text}.${sub.name}: it is immutable (RFC 7643 §2.2) and already has a value.`, {
        hint: "An immutable attribute can only be given a value once, when it has none.",
      });
    }
    if (item === null) {
      assertRemovable(sub, `${target.text}.${sub.name}`);
      deleteAttribute(object, name);
    } else setAttribute(object, name, item);
  }
  setAttribute(container, target.attribute.name, object);
}

/** The parent's readOnly counts; its immutability is checked per sub-attribute. */
function readOnlyOr(target: AttributeTarget): "readOnly" | "readWrite" {
  return target.attribute.mutability === "readOnly" ? "readOnly" : "readWrite";
}
