import { isDeepStrictEqual } from "node:util";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { InvalidSyntaxError, InvalidValueError, MutabilityError } from "../../scim/errors.js";
import { getAttribute, isJsonObject, isUnassigned, type JsonObject } from "./attribute-access.js";
import { coreSchemaOf, describeAttribute, knownExtension, schemaAttributes, type AttributeInfo } from "./schema-info.js";
import { enforcePrimary } from "./primary.js";
import { syncSchemas } from "./sync-schemas.js";
import { checkValue } from "./value-check.js";

/**
 * Check the body of a POST (create, RFC 7644 §3.3) or PUT (replace, §3.5.1)
 * and return the resource to store, without `id`, `meta` or `groups` (the
 * store assigns those). Also used on the result of a PATCH, with the stored
 * resource as `existing`.
 *
 * 1. The body must be a JSON object (400 invalidSyntax).
 * 2. `schemas` "is a REQUIRED attribute" (RFC 7643 §3) and must list the core
 *    schema of the resource type (400 invalidValue); it is then rewritten as
 *    the core schema plus the extensions present.
 * 3. Each attribute is looked up case-insensitively and written with the
 *    schema's spelling; an attribute the schema does not define is 400
 *    invalidValue. Extension attributes sit in an object keyed by the
 *    extension URN; objects of extensions unknown to scimlab are kept as
 *    they are (only in stored resources: the POST and PUT routes refuse
 *    them from clients first, see `checkDeclaredSchemas` in check-schemas.ts).
 * 4. readOnly attributes and sub-attributes (`id`, `meta`, `groups`,
 *    `members[].display`) are ignored: RFC 7644 §3.5.1 "readOnly: Any values
 *    provided SHALL be ignored", RFC 7643 §2.2.
 * 5. Each value must have its attribute's type (RFC 7643 §2.3; 400
 *    invalidValue naming the attribute and the expected type). Leniency for
 *    Microsoft Entra ID: the strings "True"/"False" are booleans (see
 *    {@link checkValue}). null and [] mean unassigned and are dropped. A
 *    multi-valued attribute has at most one `primary: true` value (RFC 7643
 *    §2.4).
 * 6. Required attributes (`userName` for a User, `displayName` for a Group)
 *    must have a value (400 invalidValue naming the attribute).
 * 7. On replace, an immutable attribute that has a value may not change
 *    (RFC 7644 §3.5.1, immutable: "If one or more values are already set for
 *    the attribute, the input value(s) MUST match, or HTTP status code 400
 *    SHOULD be returned with a "scimType" error code of "mutability"").
 * 8. On replace, the writeOnly `password` is kept when the body has none:
 *    clients never see it (`returned: "never"`), so they cannot send it back.
 *
 * @param existing the stored resource, for PUT and PATCH.
 * @returns a new object; the input is not changed.
 * @throws InvalidSyntaxError, InvalidValueError, MutabilityError as described.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export function prepareWrite(
  resourceType: ResourceTypeName,
  input: unknown,
  existing?: Record<string, unknown>,
): Record<string, unknown> {
  // 1. Object.
  if (!isJsonObject(input)) {
    throw new InvalidSyntaxError(`The body of a ${resourceType} must be a JSON object.`, {
      hint: `Send {"schemas": ["${coreSchemaOf(resourceType)}"], …}.`,
    });
  }
  // 2. schemas.
  const schemas = getAttribute(input, "schemas");
  const core = coreSchemaOf(resourceType);
  const listsCore = Array.isArray(schemas) && schemas.some((urn) => typeof urn === "string" && urn.toLowerCase() === core.toLowerCase());
  if (!listsCore) {
    throw new InvalidValueError(`"schemas" must be an array that lists ${core} (RFC 7643 §3); got ${JSON.stringify(schemas) ?? "nothing"}.`, {
      hint: `Add "schemas": ["${core}"] to the body.`,
    });
  }
  const result: JsonObject = { schemas: (schemas as unknown[]).filter((urn) => typeof urn === "string") };
  // 3-5. Attributes.
  for (const [key, value] of Object.entries(input)) {
    if (key.toLowerCase() === "schemas") continue;
    const extension = knownExtension(resourceType, key);
    if (extension !== undefined) {
      if (!isJsonObject(value)) {
        throw new InvalidValueError(`${extension} must be an object of extension attributes; got ${JSON.stringify(value)}.`);
      }
      const attributes = cleanAttributes(resourceType, extension, value, key);
      if (!isUnassigned(attributes)) result[extension] = attributes;
    } else if (key.toLowerCase().startsWith("urn:") && isJsonObject(value)) {
      result[key] = structuredClone(value); // An extension scimlab does not know.
    } else {
      Object.assign(result, cleanAttributes(resourceType, core, { [key]: value }, ""));
    }
  }
  syncSchemas(result, resourceType);
  // 6. Required.
  for (const schema of [core, ...Object.keys(result).filter((key) => knownExtension(resourceType, key))]) {
    const container = schema === core ? result : (result[schema] as JsonObject);
    for (const attribute of schemaAttributes(resourceType, schema)) {
      if (attribute.required && attribute.mutability !== "readOnly" && isUnassigned(getAttribute(container, attribute.name))) {
        throw new InvalidValueError(`${resourceType} requires "${attribute.name}" (RFC 7643 §4), and the body has none.`, {
          hint: `Add "${attribute.name}" to the body.`,
        });
      }
    }
  }
  if (existing !== undefined) keepExisting(resourceType, result, existing);
  return result;
}

/** Steps 3-5 for the attributes of one schema; `prefix` names them in messages. */
function cleanAttributes(resourceType: ResourceTypeName, schema: string, values: JsonObject, prefix: string): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(values)) {
    const label = prefix === "" ? key : `${prefix}:${key}`;
    const attribute = describeAttribute(resourceType, { schema, name: key });
    if (attribute === undefined) {
      throw new InvalidValueError(`${resourceType} has no attribute "${label}".`, {
        hint: "Check the spelling against GET /Schemas; extension attributes go in an object keyed by the extension URN.",
      });
    }
    if (attribute.mutability === "readOnly" || key.toLowerCase() === "schemas") continue; // 4.
    const checked = withoutReadOnly(attribute, checkValue(attribute, value, label)); // 5.
    if (Array.isArray(checked)) enforcePrimary(checked, checked, label); // 5. One primary at most.
    if (!isUnassigned(checked)) result[attribute.name] = checked;
  }
  return result;
}

/** Step 4 for sub-attributes: drop the readOnly ones (`members[].display`). */
function withoutReadOnly(attribute: AttributeInfo, value: unknown): unknown {
  const readOnly = attribute.subAttributes.filter((sub) => sub.mutability === "readOnly").map((sub) => sub.name);
  if (readOnly.length === 0) return value;
  const strip = (item: unknown): unknown =>
    isJsonObject(item) ? Object.fromEntries(Object.entries(item).filter(([name]) => !readOnly.includes(name))) : item;
  return Array.isArray(value) ? value.map(strip) : strip(value);
}

/** Steps 7-8. */
function keepExisting(resourceType: ResourceTypeName, result: JsonObject, existing: JsonObject): void {
  const core = coreSchemaOf(resourceType);
  for (const attribute of schemaAttributes(resourceType, core)) {
    const before = getAttribute(existing, attribute.name);
    // 7. Immutable.
    if (attribute.mutability === "immutable" && !isUnassigned(before) && !isDeepStrictEqual(before, result[attribute.name])) {
      throw new MutabilityError(`${attribute.name} is immutable (RFC 7643 §2.2): it has a value, which a replace may not change.`, {
        hint: `Send ${attribute.name} with its current value, ${JSON.stringify(before)}.`,
      });
    }
    // 8. writeOnly password.
    if (attribute.mutability === "writeOnly" && result[attribute.name] === undefined && !isUnassigned(before)) {
      result[attribute.name] = before;
    }
  }
}
