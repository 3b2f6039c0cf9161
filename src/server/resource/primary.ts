import { InvalidValueError } from "../../scim/errors.js";
import { getAttribute, isJsonObject, setAttribute, type JsonObject } from "./attribute-access.js";

/**
 * Keep at most one `primary: true` value, RFC 7644 §3.5.2: "a PATCH operation
 * that sets a value's "primary" sub-attribute to "true" SHALL cause the server
 * to automatically set "primary" to "false" for any other values in the
 * array." RFC 7643 §2.4: "The primary attribute value "true" MUST appear no
 * more than once."
 *
 * 1. If one of the `written` values is primary, every other value's
 *    `primary` becomes false.
 * 2. If the written values hold two primaries, the request itself set two:
 *    400 invalidValue (checked first).
 *
 * @throws InvalidValueError when the written values hold two primaries.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.4
 */
export function enforcePrimary(list: unknown[], written: readonly unknown[], label: string): void {
  const isPrimary = (item: unknown): boolean => isJsonObject(item) && getAttribute(item, "primary") === true;
  const primaries = written.filter(isPrimary);
  // 2. Two primaries in one request.
  if (primaries.length > 1) {
    throw new InvalidValueError(`${label} has more than one value with "primary": true.`, {
      hint: "Mark one value primary; RFC 7643 §2.4 allows no more than one.",
    });
  }
  // 1. The new primary wins.
  const chosen = primaries[0];
  if (chosen === undefined) return;
  for (const item of list) if (item !== chosen && isPrimary(item)) setAttribute(item as JsonObject, "primary", false);
}
