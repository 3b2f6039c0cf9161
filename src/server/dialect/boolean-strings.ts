import { coerceResourceBooleans } from "../../scim/definitions/coerce-booleans.js";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { subAttributeOf, type AttributeInfo } from "../resource/schema-info.js";

/** One Boolean sent as a string: where, and what was sent. */
export interface StringBoolean {
  path: string;
  sent: string;
}

const booleanText = /^(true|false)$/i;

/**
 * The value with the strings "True"/"False" (any case) turned into Booleans
 * wherever `attribute` (and its sub-attributes) say Boolean, RFC 7643
 * §2.3.2; `found` lists each one.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.2
 */
export function fixAttributeBooleans(attribute: AttributeInfo, value: unknown, path: string, found: StringBoolean[]): unknown {
  if (Array.isArray(value) && attribute.multiValued) {
    const single = { ...attribute, multiValued: false };
    return value.map((item, index) => fixAttributeBooleans(single, item, `${path}[${index}]`, found));
  }
  if (attribute.type === "boolean" && typeof value === "string" && booleanText.test(value)) {
    found.push({ path, sent: value });
    return value.toLowerCase() === "true";
  }
  if (attribute.type === "complex" && value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const sub = subAttributeOf(attribute, key);
        return [key, sub === undefined ? item : fixAttributeBooleans(sub, item, `${path}.${key}`, found)];
      }),
    );
  }
  return value;
}

/**
 * {@link fixAttributeBooleans} for a resource fragment (a POST or PUT body,
 * a PATCH value without path): the common, core and extension attributes.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.2
 */
export function fixResourceBooleans(type: ResourceTypeName, value: unknown, found: StringBoolean[]): unknown {
  const { value: fixed, coerced } = coerceResourceBooleans(type, value);
  found.push(...coerced.map(({ path, sent }) => ({ path, sent })));
  return fixed;
}

/** `"active": "False"` — the first string Boolean, as a learner would recognise it. */
export function describeStringBooleans(found: readonly StringBoolean[]): string {
  const [first] = found;
  if (first === undefined) return "";
  const more = found.length > 1 ? ` (and ${found.length - 1} more)` : "";
  return `${JSON.stringify(first.path)}: ${JSON.stringify(first.sent)}${more}`;
}
