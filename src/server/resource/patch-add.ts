import { NoTargetError } from "../../scim/errors.js";
import { getAttribute, isJsonObject, isUnassigned, setAttribute, type JsonObject } from "./attribute-access.js";
import {
  assertMutable,
  containerFor,
  isSameValue,
  mergeInto,
  recordFromFilter,
  selectIndexes,
  type AttributeTarget,
} from "./patch-values.js";
import { setOnEveryValue, setSubAttribute, mergeComplex } from "./patch-write.js";
import { enforcePrimary } from "./primary.js";
import { checkSingle, checkValue } from "./value-check.js";

/**
 * Apply one "add" operation to `resource` (a working copy, changed in place),
 * RFC 7644 §3.5.2.1.
 *
 * 1. "If the target location specifies a multi-valued attribute, a new value
 *    is added to the attribute"; a value already there is not added twice
 *    ("If the target location already contains the value specified, no
 *    changes SHOULD be made"), its other sub-attributes are merged instead
 *    ({@link mergeInto}).
 * 2. "If the target location specifies a complex attribute, a set of
 *    sub-attributes SHALL be specified in the "value" parameter": they are
 *    added to (or replace) the existing sub-attributes.
 * 3. "If the target location specifies a single-valued attribute, the
 *    existing value is replaced"; "If the target location does not exist, the
 *    attribute and value are added."
 * 4. A value path (`emails[type eq "work"].value`) sets the sub-attribute of
 *    the matching values. Leniency for Microsoft Entra ID, which adds with
 *    such a path when the user has no work email yet: if nothing matches and
 *    the filter is made of `eq` comparisons, a new value is added built from
 *    the filter (`{"type": "work", "value": …}`); otherwise 400 noTarget.
 * 5. Adding null or an empty array adds nothing (RFC 7643 §2.5).
 * 6. A single object given for a multi-valued complex attribute is one value
 *    to add (`{"op": "add", "path": "members", "value": {"value": id}}`, or
 *    without path `{"op": "add", "value": {"members": {"value": id}}}`): the
 *    operation's value is "the value(s) to be added" (RFC 7644 §3.5.2.1),
 *    and clients send one value bare. Other non-array values stay 400
 *    invalidValue.
 *
 * @throws MutabilityError, InvalidValueError, NoTargetError as described.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.1
 */
export function applyAdd(resource: JsonObject, target: AttributeTarget, value: unknown): void {
  if (isUnassigned(value)) return; // 5.
  const { attribute } = target;
  const container = containerFor(resource, target.schema, true)!;
  const current = getAttribute(container, attribute.name);
  if (target.valueFilter !== undefined) return addThroughFilter(container, target, value); // 4.
  if (target.subAttribute !== undefined) {
    if (attribute.multiValued) return setOnEveryValue(container, target, value, "add");
    return setSubAttribute(container, target, value, "add");
  }
  if (attribute.multiValued) {
    // 1. New values, duplicates merged.
    assertMutable(target, current, "add");
    const items = checkValue(attribute, isJsonObject(value) ? [value] : value, target.text) as unknown[]; // 6.
    const list = Array.isArray(current) ? current : [];
    const written: unknown[] = [];
    for (const item of items) {
      const existing = list.find((old) => isSameValue(old, item, attribute));
      if (existing !== undefined && isJsonObject(existing) && isJsonObject(item)) mergeInto(existing, item, attribute);
      else if (existing === undefined) list.push(item);
      written.push(existing ?? item);
    }
    enforcePrimary(list, written, target.text);
    setAttribute(container, attribute.name, list);
    return;
  }
  if (attribute.type === "complex") return mergeComplex(container, target, value, "add"); // 2.
  // 3. Single value.
  assertMutable(target, current, "add");
  setAttribute(container, attribute.name, checkValue(attribute, value, target.text));
}

/** Step 4: add through a value path. */
function addThroughFilter(container: JsonObject, target: AttributeTarget, value: unknown): void {
  const { attribute, valueFilter } = target;
  const current = getAttribute(container, attribute.name);
  const list = Array.isArray(current) ? current : [];
  const indexes = selectIndexes(list, valueFilter!, attribute);
  const record = recordFromFilter(valueFilter!);
  // The sub-attribute named by the path, or the sub-attributes of the value.
  const fields = target.subAttribute === undefined ? value : { [target.subAttribute.name]: value };
  if (indexes.length === 0 && record === undefined) {
    throw new NoTargetError(`The filter in ${target.text} matches no value of ${attribute.name}.`, {
      hint: `GET the resource to see its ${attribute.name}, or add the value with the path "${attribute.name}".`,
    });
  }
  if (indexes.length > 0) {
    // The matching values get the fields.
    const checked = checkSingle(attribute, fields, target.text) as JsonObject;
    const sub = target.subAttribute;
    const before = sub === undefined ? [] : indexes.map((i) => getAttribute(list[i] as JsonObject, sub.name));
    assertMutable(target, before, "add");
    for (const index of indexes) Object.assign(list[index] as JsonObject, structuredClone(checked));
    enforcePrimary(list, indexes.map((i) => list[i]), target.text);
    return;
  }
  // Entra ID: create the value the filter describes.
  const item = checkSingle(attribute, isJsonObject(fields) ? { ...record, ...fields } : fields, target.text);
  assertMutable(target, undefined, "add");
  list.push(item);
  enforcePrimary(list, [item], target.text);
  setAttribute(container, attribute.name, list);
}
