import { NoTargetError } from "../../scim/errors.js";
import { deleteAttribute, getAttribute, isUnassigned, setAttribute, type JsonObject } from "./attribute-access.js";
import { assertMutable, assertRemovable, containerFor, selectIndexes, type AttributeTarget } from "./patch-values.js";
import { mergeComplex, setOnEveryValue, setSubAttribute } from "./patch-write.js";
import { enforcePrimary } from "./primary.js";
import { checkSingle, checkValue } from "./value-check.js";

/**
 * Apply one "replace" operation to `resource` (a working copy, changed in
 * place), RFC 7644 §3.5.2.3.
 *
 * 1. "If the target location is a single-value attribute, the attributes value
 *    is replaced." "If the target location path specifies an attribute that
 *    does not exist, the service provider SHALL treat the operation as an
 *    "add"." A null value (or an empty array) unassigns it (RFC 7643 §2.5),
 *    which a required attribute refuses (400 mutability).
 * 2. "If the target location specifies a complex attribute, a set of
 *    sub-attributes SHALL be specified ... Sub-attributes that are not
 *    specified in the "value" parameter are left unchanged."
 * 3. "If the target location is a multi-valued attribute and no filter is
 *    specified, the attribute and all values are replaced."
 * 4. "If the target location is a multi-valued attribute and a value
 *    selection ("valuePath") filter is specified that matches one or more
 *    values of the multi-valued attribute, then all matching record values
 *    SHALL be replaced"; with a sub-attribute
 *    (`addresses[type eq "work"].streetAddress`) "the matching sub-attribute
 *    of all matching records is replaced".
 * 5. "If the target location is a multi-valued attribute for which a value
 *    selection filter ("valuePath") has been supplied and no record match was
 *    made, the service provider SHALL indicate failure by returning HTTP
 *    status code 400 and a "scimType" error code of "noTarget"."
 *
 * @throws MutabilityError, InvalidValueError, NoTargetError as described.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export function applyReplace(resource: JsonObject, target: AttributeTarget, value: unknown): void {
  const { attribute } = target;
  const container = containerFor(resource, target.schema, true)!;
  const current = getAttribute(container, attribute.name);
  if (target.valueFilter !== undefined) return replaceThroughFilter(container, target, value); // 4-5.
  if (target.subAttribute !== undefined) {
    if (attribute.multiValued) return setOnEveryValue(container, target, value, "replace");
    return setSubAttribute(container, target, value, "replace");
  }
  if (attribute.type === "complex" && !attribute.multiValued) return mergeComplex(container, target, value, "replace"); // 2.
  // 1, 3. The whole value.
  assertMutable(target, current, "replace");
  const checked = checkValue(attribute, value, target.text);
  if (isUnassigned(checked)) {
    assertRemovable(attribute, target.text);
    deleteAttribute(container, attribute.name);
    return;
  }
  if (Array.isArray(checked)) enforcePrimary(checked, checked, target.text);
  setAttribute(container, attribute.name, checked);
}

/** Steps 4-5. */
function replaceThroughFilter(container: JsonObject, target: AttributeTarget, value: unknown): void {
  const { attribute, subAttribute } = target;
  const current = getAttribute(container, attribute.name);
  const list = Array.isArray(current) ? current : [];
  const indexes = selectIndexes(list, target.valueFilter!, attribute);
  // 5. No match.
  if (indexes.length === 0) {
    throw new NoTargetError(`The filter in ${target.text} matches no value of ${attribute.name}.`, {
      hint: `GET the resource to see its ${attribute.name}; to create the value, use "add" with the path "${attribute.name}".`,
    });
  }
  if (subAttribute !== undefined) {
    // 4. The sub-attribute of each matching record.
    assertMutable(target, indexes.map((i) => getAttribute(list[i] as JsonObject, subAttribute.name)), "replace");
    const checked = checkValue(subAttribute, value, target.text);
    for (const index of indexes) {
      const item = list[index] as JsonObject;
      if (checked === null) deleteAttribute(item, subAttribute.name);
      else setAttribute(item, subAttribute.name, structuredClone(checked));
    }
  } else {
    // 4. Each matching record.
    assertMutable(target, [], "replace");
    const checked = checkSingle(attribute, value, target.text);
    for (const index of indexes) list[index] = structuredClone(checked);
  }
  enforcePrimary(list, indexes.map((i) => list[i]), target.text);
  const remaining = list.filter((item) => !isUnassigned(item));
  if (remaining.length === 0) deleteAttribute(container, attribute.name);
  else setAttribute(container, attribute.name, remaining);
}
