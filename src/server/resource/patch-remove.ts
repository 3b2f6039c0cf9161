import { InvalidValueError, NoTargetError } from "../../scim/errors.js";
import { deleteAttribute, getAttribute, isJsonObject, isUnassigned, setAttribute, type JsonObject } from "./attribute-access.js";
import { assertMutable, assertRemovable, containerFor, isSameValue, selectIndexes, type AttributeTarget } from "./patch-values.js";

/**
 * Apply one "remove" operation to `resource` (a working copy, changed in
 * place), RFC 7644 §3.5.2.2. (A missing `path` is refused before: 400
 * noTarget.)
 *
 * 1. "If the target location is a single-value attribute, the attribute and
 *    its associated value is removed"; a sub-attribute (`name.givenName`)
 *    likewise. Removing an attribute that has no value changes nothing.
 * 2. "If the target location is a multi-valued attribute and no filter is
 *    specified, the attribute and all values are removed".
 * 3. With a filter, "the values matched by the filter are removed. If no other
 *    values remain after removal of the selected values, the multi-valued
 *    attribute SHALL be considered unassigned"; with a filter and a
 *    sub-attribute (`emails[type eq "work"].display`), that sub-attribute of
 *    the matching values is removed. A filter matching nothing is 400
 *    noTarget (RFC 7644 §3.12: "the specified "path" value contains a filter
 *    that yields no match").
 * 4. "If an attribute is removed or becomes unassigned and is defined as a
 *    required attribute or a read-only attribute", 400 mutability.
 * 5. Leniency for Microsoft Entra ID, which removes values by listing them
 *    in `value` (`{"op":"remove","path":"members","value":[{"value":"…"}]}`):
 *    with a value array and no filter, only the listed values are removed.
 *    Reached only in a dialect that accepts the form (entra, lenient): the
 *    strict dialect refuses it, and for `members` the dialect has already
 *    rewritten it into a filter (src/server/dialect/patch-forms.ts).
 *
 * @throws MutabilityError, NoTargetError as described.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.2
 */
export function applyRemove(resource: JsonObject, target: AttributeTarget, value: unknown): void {
  const { attribute, subAttribute } = target;
  const container = containerFor(resource, target.schema, false);
  const current = container === undefined ? undefined : getAttribute(container, attribute.name);
  if (target.valueFilter !== undefined) return removeThroughFilter(container, target); // 3.
  assertMutable(target, current, "remove");
  if (container === undefined || isUnassigned(current)) return; // 1. Nothing there.
  if (subAttribute !== undefined) {
    // 1. A sub-attribute, of the value or of every value.
    assertRemovable(subAttribute, target.text);
    const items = Array.isArray(current) ? current : [current];
    for (const item of items) if (isJsonObject(item)) deleteAttribute(item, subAttribute.name);
    return;
  }
  if (attribute.multiValued && value !== undefined && value !== null) return removeListed(container, target, value); // 5.
  // 1-2, 4. The whole attribute.
  assertRemovable(attribute, target.text);
  deleteAttribute(container, attribute.name);
}

/** Step 3. */
function removeThroughFilter(container: JsonObject | undefined, target: AttributeTarget): void {
  const { attribute, subAttribute } = target;
  const current = container === undefined ? undefined : getAttribute(container, attribute.name);
  const list = Array.isArray(current) ? current : [];
  const indexes = new Set(selectIndexes(list, target.valueFilter!, attribute));
  if (indexes.size === 0) {
    throw new NoTargetError(`The filter in ${target.text} matches no value of ${attribute.name}.`, {
      hint: `GET the resource to see its ${attribute.name}; the value may already be gone.`,
    });
  }
  if (subAttribute !== undefined) {
    assertMutable(target, [...indexes].map((i) => getAttribute(list[i] as JsonObject, subAttribute.name)), "remove");
    assertRemovable(subAttribute, target.text);
    for (const index of indexes) deleteAttribute(list[index] as JsonObject, subAttribute.name);
    return;
  }
  assertMutable(target, [], "remove");
  keep(container!, target, list.filter((_, index) => !indexes.has(index)));
}

/** Step 5: remove the values listed in `value`. */
function removeListed(container: JsonObject, target: AttributeTarget, value: unknown): void {
  if (!Array.isArray(value)) {
    throw new InvalidValueError(`The value of a "remove" on ${target.text} must be an array of the values to remove.`, {
      hint: `Send "path": "${target.attribute.name}[value eq \\"…\\"]" without a value, or a value array such as [{"value": "…"}].`,
    });
  }
  const current = getAttribute(container, target.attribute.name);
  const list = Array.isArray(current) ? current : [current];
  keep(container, target, list.filter((item) => !value.some((gone) => isSameValue(item, gone, target.attribute))));
}

/** The values that remain; none left means unassigned (step 3), refused for a required attribute (step 4). */
function keep(container: JsonObject, target: AttributeTarget, remaining: unknown[]): void {
  if (remaining.length > 0) return setAttribute(container, target.attribute.name, remaining);
  assertRemovable(target.attribute, target.text);
  deleteAttribute(container, target.attribute.name);
}

