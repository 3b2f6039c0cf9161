import { parseAttributePath } from "../../scim/filter/attribute-path.js";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { coreSchemaOf, isCoreSchema, knownExtension } from "./schema-info.js";

/**
 * A parsed `attributes` or `excludedAttributes` list (RFC 7644 §3.9): which
 * attributes, sub-attributes and whole extensions it names.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 */
export interface AttributeSelection {
  /** True when the list names the attribute itself or any of its sub-attributes. */
  names(schema: string, name: string): boolean;
  /** True when the list names the attribute as a whole (all its sub-attributes), or its whole extension. */
  namesWhole(schema: string, name: string): boolean;
  /** True when the list names this sub-attribute, or its attribute as a whole. */
  namesSub(schema: string, name: string, subAttribute: string): boolean;
}

/**
 * Parse the attribute names of an `attributes` / `excludedAttributes`
 * parameter, in "standard attribute notation (Section 3.10)": `userName`,
 * `name.givenName`, `urn:…:enterprise:2.0:User:department`, or a whole
 * extension `urn:…:enterprise:2.0:User`. A single string may hold a
 * comma-separated list, as in the query string.
 *
 * @throws InvalidPathError when a name is not an attribute path.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.10
 */
export function parseSelection(list: string | readonly string[], resourceType: ResourceTypeName): AttributeSelection {
  const texts = (typeof list === "string" ? [list] : list).flatMap((text) => text.split(",")).map((text) => text.trim());
  const whole = new Set<string>();
  const partial = new Set<string>();
  const subs = new Set<string>();
  const extensions = new Set<string>();
  for (const text of texts.filter((t) => t !== "")) {
    const extension = knownExtension(resourceType, text);
    if (extension !== undefined) {
      extensions.add(extension.toLowerCase());
      continue;
    }
    const path = parseAttributePath(text);
    const schema = path.schema === undefined || isCoreSchema(resourceType, path.schema) ? coreSchemaOf(resourceType) : path.schema;
    const key = keyOf(schema, path.name);
    if (path.subAttribute === undefined) whole.add(key);
    else {
      partial.add(key);
      subs.add(`${key}.${path.subAttribute.toLowerCase()}`);
    }
  }
  const namesWhole = (schema: string, name: string): boolean =>
    whole.has(keyOf(schema, name)) || extensions.has(schema.toLowerCase());
  return {
    namesWhole,
    names: (schema, name) => namesWhole(schema, name) || partial.has(keyOf(schema, name)),
    namesSub: (schema, name, subAttribute) =>
      namesWhole(schema, name) || subs.has(`${keyOf(schema, name)}.${subAttribute.toLowerCase()}`),
  };
}

function keyOf(schema: string, name: string): string {
  return `${schema.toLowerCase()}:${name.toLowerCase()}`;
}
