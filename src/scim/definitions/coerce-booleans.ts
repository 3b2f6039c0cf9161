import type { AttributeDefinition, SchemaDefinition } from "../schema.js";
import { CommonAttributeDefinitions } from "./common-attributes.js";
import { resourceSchemas, type ResourceTypeName } from "./attribute-lookup.js";

/** One Boolean that came as a string: where (`emails[0].primary`) and what was sent (`"True"`). */
export interface CoercedBoolean {
  readonly path: string;
  readonly sent: string;
}

/** A body with its string Booleans turned into Booleans, and the list of what was turned. */
export interface CoercedBody {
  readonly value: unknown;
  readonly coerced: readonly CoercedBoolean[];
}

const booleanText = /^(true|false)$/i;

/**
 * Turn `"true"` and `"false"` (any case) into `true` and `false` wherever the attribute definitions
 * say Boolean: RFC 7643 §2.3.2, "The literal "true" or "false"", a JSON literal, not a string.
 *
 * 1. Each key of `value` is looked up, case-insensitively (RFC 7643 §2.1), in `attributes`; a key
 *    that is an extension's URN (RFC 7643 §3.3) is read with that extension's attributes.
 * 2. A Boolean attribute (singular, or each value of a multi-valued one) whose value is such a
 *    string becomes the Boolean; any other value is left for validation to judge.
 * 3. A complex attribute (singular, or each value of a multi-valued one) is read the same way with
 *    its `subAttributes`.
 *
 * `value` is not changed; the result is a copy wherever something was turned. Unknown attributes
 * are kept as they are.
 *
 * @example coerceBooleans(UserSchemaDefinition.attributes, [], { active: "True" }) // { value: { active: true }, coerced: [{ path: "active", sent: "True" }] }
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.2
 */
export function coerceBooleans(
  attributes: readonly AttributeDefinition[],
  extensions: readonly SchemaDefinition[],
  value: unknown,
): CoercedBody {
  const coerced: CoercedBoolean[] = [];
  const walk = (definitions: readonly AttributeDefinition[], object: Record<string, unknown>, prefix: string) => {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(object)) {
      const path = `${prefix}${key}`;
      const definition = byName(definitions, key);
      const extension = definition ? undefined : extensions.find((schema) => schema.id.toLowerCase() === key.toLowerCase());
      let next = item;
      if (extension && isObject(item)) next = walk(extension.attributes, item, `${path}:`);
      else if (definition) next = coerceValue(definition, item, path);
      if (next !== item) (copy ??= { ...object })[key] = next;
    }
    return copy ?? object;
  };
  const coerceValue = (definition: AttributeDefinition, item: unknown, path: string): unknown => {
    if (Array.isArray(item) && definition.multiValued) {
      const values = item.map((one, index) => coerceValue({ ...definition, multiValued: false }, one, `${path}[${index}]`));
      return values.some((one, index) => one !== item[index]) ? values : item;
    }
    if (definition.type === "boolean" && typeof item === "string" && booleanText.test(item)) {
      coerced.push({ path, sent: item });
      return item.toLowerCase() === "true";
    }
    if (definition.type === "complex" && isObject(item)) return walk(definition.subAttributes ?? [], item, `${path}.`);
    return item;
  };
  return { value: isObject(value) ? walk(attributes, value, "") : value, coerced };
}

/**
 * {@link coerceBooleans} for a User or a Group: the common attributes (RFC 7643 §3.1), the core
 * schema's, and the extensions' under their URNs.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.2
 */
export function coerceResourceBooleans(resourceType: ResourceTypeName, value: unknown): CoercedBody {
  const { core, extensions } = resourceSchemas(resourceType);
  return coerceBooleans([...CommonAttributeDefinitions, ...core.attributes], extensions, value);
}

function byName(attributes: readonly AttributeDefinition[], name: string): AttributeDefinition | undefined {
  const wanted = name.toLowerCase();
  return attributes.find((attribute) => attribute.name.toLowerCase() === wanted);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
