import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { isJsonObject, type JsonObject } from "./attribute-access.js";
import { parseSelection, type AttributeSelection } from "./attribute-selection.js";
import { coreSchemaOf, describeAttribute, knownExtension, subAttributeOf, type AttributeInfo } from "./schema-info.js";

/**
 * The `attributes` / `excludedAttributes` parameters of a request, RFC 7644
 * §3.9 (query string, or the SearchRequest body of §3.4.3). Each is a list of
 * attribute names, or one comma-separated string.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 */
export interface ProjectionOptions {
  attributes?: string | readonly string[] | undefined;
  excludedAttributes?: string | readonly string[] | undefined;
}

/**
 * Shape a resource for a response: keep what the client asked for and what
 * the schema's `returned` characteristic says (RFC 7643 §7, RFC 7644 §3.9).
 *
 * 1. `returned: "never"` (e.g. `password`) is never returned.
 * 2. `returned: "always"` (e.g. `id`; and `schemas`) is always returned,
 *    whatever the parameters say.
 * 3. With `attributes`, "the default list of attributes SHALL be overridden":
 *    only the named attributes, or named sub-attributes (`name.givenName`,
 *    `emails.value`), are returned besides the "always" ones.
 * 4. Without `attributes`, `returned: "default"` attributes are returned and
 *    `returned: "request"` ones are not.
 * 5. `excludedAttributes` removes attributes or sub-attributes from that set
 *    ("SHALL have no effect on attributes whose schema "returned" setting is
 *    "always"").
 * 6. Extension attributes are named by URN
 *    (`urn:…:enterprise:2.0:User:department`, or the whole extension
 *    `urn:…:enterprise:2.0:User`); an extension left empty is dropped.
 *
 * Attributes the schema does not describe behave as `returned: "default"`.
 * Returns a new object; the input is not changed.
 *
 * @throws InvalidPathError when a name in the lists is not an attribute path.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export function projectAttributes(
  resource: Record<string, unknown>,
  options: ProjectionOptions,
  resourceType: ResourceTypeName,
): Record<string, unknown> {
  const rules: Rules = {
    resourceType,
    attributes: options.attributes === undefined ? undefined : parseSelection(options.attributes, resourceType),
    excluded: options.excludedAttributes === undefined ? undefined : parseSelection(options.excludedAttributes, resourceType),
  };
  const core = coreSchemaOf(resourceType);
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key.toLowerCase() === "schemas") result[key] = value; // 2. schemas: always.
    else if (key.toLowerCase().startsWith("urn:") && isJsonObject(value)) {
      // 6. Extension object.
      const schema = knownExtension(resourceType, key) ?? key;
      const extension = projectContainer(value, schema, rules);
      if (Object.keys(extension).length > 0) result[key] = extension;
    } else {
      const projected = projectAttribute(core, key, value, rules);
      if (projected !== undefined) result[key] = projected;
    }
  }
  return result;
}

interface Rules {
  resourceType: ResourceTypeName;
  attributes: AttributeSelection | undefined;
  excluded: AttributeSelection | undefined;
}

function projectContainer(container: JsonObject, schema: string, rules: Rules): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(container)) {
    const projected = projectAttribute(schema, key, value, rules);
    if (projected !== undefined) result[key] = projected;
  }
  return result;
}

/** Steps 1-5 for one attribute; undefined when it is left out. */
function projectAttribute(schema: string, name: string, value: unknown, rules: Rules): unknown {
  const attribute = describeAttribute(rules.resourceType, { schema, name });
  const returned = attribute?.returned ?? "default";
  if (returned === "never") return undefined; // 1.
  if (returned !== "always") {
    const asked = rules.attributes === undefined ? returned === "default" : rules.attributes.names(schema, name); // 3-4.
    if (!asked || rules.excluded?.namesWhole(schema, name)) return undefined; // 5.
  }
  return projectSubAttributes(schema, name, value, attribute, rules);
}

/** Steps 1-5 for the sub-attributes of a complex value (or of each value of a multi-valued one). */
function projectSubAttributes(
  schema: string,
  name: string,
  value: unknown,
  attribute: AttributeInfo | undefined,
  rules: Rules,
): unknown {
  const keep = (sub: string): boolean => {
    const returned = subAttributeOf(attribute, sub)?.returned ?? "default";
    if (returned === "never") return false;
    if (returned === "always" || attribute?.returned === "always") return true;
    const asked =
      rules.attributes === undefined || rules.attributes.namesWhole(schema, name)
        ? returned === "default"
        : rules.attributes.namesSub(schema, name, sub);
    return asked && !(rules.excluded?.namesSub(schema, name, sub) ?? false);
  };
  const pick = (item: unknown): unknown => {
    if (!isJsonObject(item)) return item;
    const picked = Object.fromEntries(Object.entries(item).filter(([sub]) => keep(sub)));
    return Object.keys(picked).length === 0 ? undefined : picked;
  };
  if (Array.isArray(value)) {
    const items = value.map(pick).filter((item) => item !== undefined);
    return items.length === 0 && value.length > 0 ? undefined : items;
  }
  return pick(value);
}
