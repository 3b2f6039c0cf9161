import type { AttributeSelection } from "./query.js";

/**
 * The mark on a resource read with `attributes` or `excludedAttributes` (get, list, search, all):
 * `resource[partialMark]` holds the selection it was read with.
 *
 * The property is keyed by `Symbol.for("scimlab.partial")` and enumerable, so it survives a spread
 * (`{ ...user, title: "x" }`) but never reaches JSON. `replace()` refuses a marked resource with a
 * `PartialResourceError`: a PUT of a partial resource would clear every attribute not read.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.5
 */
export const partialMark: unique symbol = Symbol.for("scimlab.partial");

/** Whether `selection` selects attributes, so that the resources it reads are partial. */
export function isSelective(selection: AttributeSelection): boolean {
  return selection.attributes !== undefined || selection.excludedAttributes !== undefined;
}

/** Mark `resource` (in place) as read with `selection`, when the selection makes it partial. */
export function markPartial<T>(resource: T, selection: AttributeSelection): T {
  if (resource === null || typeof resource !== "object" || !isSelective(selection)) return resource;
  const mark: AttributeSelection = selection.attributes
    ? { attributes: [...selection.attributes] }
    : { excludedAttributes: [...(selection.excludedAttributes ?? [])] };
  Object.defineProperty(resource, partialMark, { value: Object.freeze(mark), enumerable: true, writable: true, configurable: true });
  return resource;
}

/**
 * The selection `resource` was read with, or `undefined` for a whole resource (or one not read at all).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export function partialSelection(resource: unknown): AttributeSelection | undefined {
  if (resource === null || typeof resource !== "object") return undefined;
  return (resource as { [partialMark]?: AttributeSelection })[partialMark];
}
