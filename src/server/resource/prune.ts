import { isJsonObject, isUnassigned, type JsonObject } from "./attribute-access.js";

/**
 * Drop unassigned values from a resource (changing it in place): null, "",
 * empty arrays and objects left without sub-attributes, at any depth, so that
 * removing `name.givenName` from `{"name": {"givenName": "B"}}` leaves no
 * empty `name`. RFC 7643 §2.5: "Unassigned attributes, the null value, or
 * empty array (in the case of a multi-valued attribute) SHALL be considered
 * to be equivalent in "state"."
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.5
 */
export function pruneUnassigned(object: JsonObject): void {
  for (const [key, value] of Object.entries(object)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isJsonObject(item)) pruneUnassigned(item);
      object[key] = value.filter((item) => !isUnassigned(item));
    } else if (isJsonObject(value)) pruneUnassigned(value);
    if (isUnassigned(object[key])) delete object[key];
  }
}
