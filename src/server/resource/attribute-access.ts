/**
 * Case-insensitive access to the attributes of a SCIM resource.
 *
 * RFC 7643 §2.1: "Attribute names are case insensitive", so `username`,
 * `userName` and `USERNAME` all name the same attribute. Resources are plain
 * JSON objects; these helpers find a key whatever its case.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.1
 * @module
 */

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** True when `value` is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The key of `object` that names `name`, compared case-insensitively, or
 * `undefined` when the object has no such key.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.1
 */
export function findKey(object: JsonObject, name: string): string | undefined {
  if (Object.hasOwn(object, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}

/**
 * The value of the attribute `name` in `object`, whatever the case of its key.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.1
 */
export function getAttribute(object: JsonObject, name: string): unknown {
  const key = findKey(object, name);
  return key === undefined ? undefined : object[key];
}

/**
 * Set the attribute `name` of `object` (mutating it), reusing the existing key
 * when the attribute is already there under another case, else `name`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.1
 */
export function setAttribute(object: JsonObject, name: string, value: unknown): void {
  object[findKey(object, name) ?? name] = value;
}

/**
 * Delete the attribute `name` of `object` (mutating it), whatever its case.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.1
 */
export function deleteAttribute(object: JsonObject, name: string): void {
  const key = findKey(object, name);
  if (key !== undefined) delete object[key];
}

/**
 * True when a value counts as unassigned.
 *
 * RFC 7643 §2.5: "Unassigned attributes, the null value, or empty array (in
 * the case of a multi-valued attribute) SHALL be considered to be equivalent
 * in 'state'." For `pr`, RFC 7644 §3.4.2.2 asks for "a non-empty value, or
 * ... a non-empty node for complex attributes", so the empty string and an
 * object of unassigned sub-attributes count as unassigned too.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.5
 */
export function isUnassigned(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.every(isUnassigned);
  if (isJsonObject(value)) return Object.values(value).every(isUnassigned);
  return false;
}

/** A deep copy of a JSON value (resources are plain JSON, so this is exact). */
export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}
