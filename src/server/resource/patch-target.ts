import type { AttributePath, Filter } from "../../scim/filter/ast.js";
import { parseAttributePath } from "../../scim/filter/attribute-path.js";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { InvalidPathError, InvalidValueError } from "../../scim/errors.js";
import { parsePatchPath } from "../../scim/path.js";
import { isJsonObject } from "./attribute-access.js";
import {
  coreSchemaOf,
  describeAttribute,
  extensionSchemasOf,
  isCoreSchema,
  knownExtension,
  subAttributeOf,
  type AttributeInfo,
} from "./schema-info.js";

/**
 * What a PATCH operation's `path` points at, RFC 7644 §3.5.2 (`PATH =
 * attrPath / valuePath [subAttr]`), checked against the schema.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export type PatchTarget =
  | {
      kind: "attribute";
      /** The path as written, for messages. */
      text: string;
      /** The extension URN holding the attribute, undefined for the core schema. */
      schema: string | undefined;
      /** The (top-level) attribute. */
      attribute: AttributeInfo;
      /** The sub-attribute: `familyName` in `name.familyName`, `value` in `emails[type eq "work"].value`. */
      subAttribute?: AttributeInfo;
      /** The filter selecting values of a multi-valued attribute: `type eq "work"`. */
      valueFilter?: Filter;
    }
  | {
      /** A whole extension object: `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`. */
      kind: "extension";
      text: string;
      schema: string;
    };

/**
 * Read and check a PATCH `path`.
 *
 * 1. A known extension URN alone names the whole extension object.
 * 2. Otherwise the path is parsed (`parsePatchPath`) and each part looked up
 *    in the schema: the schema URN prefix, the attribute, the sub-attribute.
 * 3. A filter in brackets needs a multi-valued attribute.
 *
 * @throws InvalidPathError (400, `invalidPath`) naming the path and what is
 *   wrong: "The "path" attribute was invalid or malformed" (RFC 7644 §3.12).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function resolvePatchPath(text: string, resourceType: ResourceTypeName): PatchTarget {
  // 1. Whole extension.
  const extension = knownExtension(resourceType, text.trim());
  if (extension !== undefined) return { kind: "extension", text, schema: extension };
  // 2. Parse and look up.
  const path = parsePatchPath(text);
  if (path.attribute.subAttribute !== undefined && path.valueFilter !== undefined) {
    throw new InvalidPathError(`Invalid path ${JSON.stringify(text)}: put the sub-attribute after the brackets.`, {
      hint: 'Write emails[type eq "work"].value.',
    });
  }
  const target = resolveAttributePath(path.attribute, text, resourceType);
  if (path.subAttribute !== undefined) {
    target.subAttribute = lookupSub(target.attribute, path.subAttribute, text);
  }
  // 3. Filters select values of multi-valued attributes.
  if (path.valueFilter !== undefined) {
    if (!target.attribute.multiValued) {
      throw new InvalidPathError(
        `Invalid path ${JSON.stringify(text)}: ${target.attribute.name} is single-valued, and a filter in brackets selects values of a multi-valued attribute.`,
        { hint: `Use the path ${target.attribute.name} without brackets.` },
      );
    }
    target.valueFilter = path.valueFilter;
  }
  return target;
}

/**
 * Look up an attribute path (`name.givenName`, `urn:…:enterprise:2.0:User:department`)
 * in the schema: step 2 of {@link resolvePatchPath}, also used for the keys
 * of a PATCH value without `path`.
 *
 * @throws InvalidPathError naming the unknown schema, attribute or sub-attribute.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.10
 */
function resolveAttributePath(
  path: AttributePath,
  text: string,
  resourceType: ResourceTypeName,
): Extract<PatchTarget, { kind: "attribute" }> {
  let schema: string | undefined;
  if (path.schema !== undefined && !isCoreSchema(resourceType, path.schema)) {
    schema = knownExtension(resourceType, path.schema);
    if (schema === undefined) {
      const known = [coreSchemaOf(resourceType), ...extensionSchemasOf(resourceType)].join(", ");
      throw new InvalidPathError(`Invalid path ${JSON.stringify(text)}: ${path.schema} is not a schema of ${resourceType}.`, {
        hint: `The schemas of ${resourceType} are: ${known}.`,
      });
    }
  }
  const top: AttributePath = schema === undefined ? { name: path.name } : { schema, name: path.name };
  const attribute = describeAttribute(resourceType, top);
  if (attribute === undefined) {
    const where = schema === undefined ? "" : ` in ${schema}`;
    throw new InvalidPathError(`Invalid path ${JSON.stringify(text)}: ${resourceType} has no attribute "${path.name}"${where}.`, {
      hint: "Check the spelling against GET /Schemas; extension attributes need their schema URN as a prefix.",
    });
  }
  const target: Extract<PatchTarget, { kind: "attribute" }> = { kind: "attribute", text, schema, attribute };
  if (path.subAttribute !== undefined) target.subAttribute = lookupSub(attribute, path.subAttribute, text);
  return target;
}

/**
 * Split a PATCH value without `path` into one target per key (RFC 7644
 * §3.5.2.1, §3.5.2.3: "the target location is assumed to be the resource
 * itself. The "value" parameter contains a set of attributes").
 *
 * - An extension URN key holds the extension's attributes
 *   (`{"urn:…:enterprise:2.0:User": {"department": "Sales"}}`); the core
 *   schema URN likewise.
 * - `schemas` is skipped: the server keeps it in step with the extensions
 *   the resource has.
 * - Leniency for Microsoft Entra ID (over HTTP the dialect refuses such keys
 *   in strict and splits them into path operations otherwise, src/server/dialect), which sends keys that are paths
 *   (`{"name.givenName": "Barbara", "urn:…:enterprise:2.0:User:department": "Sales",
 *   "emails[type eq \"work\"].value": "babs@example.com"}`): each key is
 *   read as a PATCH path ({@link resolvePatchPath}).
 *
 * @throws InvalidValueError when the value is not an object; InvalidPathError for an unknown key.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.1
 */
export function expandRootValue(
  op: string,
  value: unknown,
  resourceType: ResourceTypeName,
): Array<{ target: PatchTarget; value: unknown }> {
  if (!isJsonObject(value)) {
    throw new InvalidValueError(`An "${op}" operation without "path" needs a value that is an object of attributes.`, {
      hint: `Send {"op": "${op}", "value": {"displayName": "…"}}, or give a "path".`,
    });
  }
  const entries: Array<{ target: PatchTarget; value: unknown }> = [];
  for (const [key, item] of Object.entries(value)) {
    if (key.toLowerCase() === "schemas") continue;
    const extension = knownExtension(resourceType, key);
    const isContainer = extension !== undefined || isCoreSchema(resourceType, key);
    if (isContainer && !isJsonObject(item)) {
      throw new InvalidValueError(`${key} must be an object of that schema's attributes; got ${JSON.stringify(item)}.`, {
        hint: `Send {"${key}": {"<attribute>": …}}.`,
      });
    }
    if (isContainer) {
      for (const [inner, innerValue] of Object.entries(item as Record<string, unknown>)) {
        const path = parseAttributePath(inner);
        const qualified: AttributePath = extension === undefined ? path : { ...path, schema: extension };
        entries.push({ target: resolveAttributePath(qualified, `${key}:${inner}`, resourceType), value: innerValue });
      }
      continue;
    }
    entries.push({ target: resolvePatchPath(key, resourceType), value: item });
  }
  return entries;
}

function lookupSub(attribute: AttributeInfo, name: string, text: string): AttributeInfo {
  const sub = subAttributeOf(attribute, name);
  if (sub === undefined) {
    const known = attribute.subAttributes.map((s) => s.name).join(", ");
    throw new InvalidPathError(`Invalid path ${JSON.stringify(text)}: ${attribute.name} has no sub-attribute "${name}".`, {
      hint:
        known === "" ? `${attribute.name} is not complex; drop ".${name}".` : `The sub-attributes of ${attribute.name} are: ${known}.`,
    });
  }
  return sub;
}
