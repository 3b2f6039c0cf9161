import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { InvalidValueError } from "../../scim/errors.js";
import { isJsonObject } from "./attribute-access.js";
import { coreSchemaOf, extensionSchemasOf, isCoreSchema, knownExtension } from "./schema-info.js";

/**
 * Refuse a POST or PUT body that names a schema its resource type does not
 * have (RFC 7643 §3: `schemas` lists "the base schema and any schema
 * extensions" of the resource; RFC 7643 §6: a resource type has one `schema`
 * and the `schemaExtensions` it declares, as `GET /ResourceTypes` shows).
 *
 * 1. Each item of `schemas` must be the core schema or a declared extension
 *    (compared case-insensitively): anything else is 400 invalidValue naming
 *    the URN and the allowed ones.
 * 2. Likewise, an object keyed by a URN (an extension's attributes, RFC 7643
 *    §3.3) must be keyed by a declared extension.
 *
 * A body without `schemas`, or with one that is not an array, is left to
 * `prepareWrite` (validate.ts), which refuses it. Stored resources are not checked
 * here: this is about what a client sends.
 *
 * @throws InvalidValueError whose detail names the URN, the allowed URNs and what to do.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export function checkDeclaredSchemas(resourceType: ResourceTypeName, body: unknown): void {
  if (!isJsonObject(body)) return;
  const allowed = [coreSchemaOf(resourceType), ...extensionSchemasOf(resourceType)];
  const isAllowed = (urn: string) => isCoreSchema(resourceType, urn) || knownExtension(resourceType, urn) !== undefined;
  const allowedText = `the schemas of ${resourceType} are ${allowed.join(" and ")} (GET /ResourceTypes/${resourceType})`;
  for (const [key, value] of Object.entries(body)) {
    // 1. schemas.
    if (key.toLowerCase() === "schemas" && Array.isArray(value)) {
      for (const urn of value) {
        if (typeof urn === "string" && isAllowed(urn)) continue;
        throw new InvalidValueError(
          `"schemas" lists ${JSON.stringify(urn)}, which is not a schema of ${resourceType} (RFC 7643 §3, §6): ${allowedText}. ` +
            `Remove ${JSON.stringify(urn)} from "schemas".`,
        );
      }
    }
    // 2. Extension objects.
    if (key.toLowerCase().startsWith("urn:") && isJsonObject(value) && !isAllowed(key)) {
      throw new InvalidValueError(
        `The body has attributes under ${JSON.stringify(key)}, which is not a schema of ${resourceType} (RFC 7643 §3.3, §6): ${allowedText}. ` +
          `Remove the ${JSON.stringify(key)} object.`,
      );
    }
  }
}
