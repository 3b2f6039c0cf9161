import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { deleteAttribute, findKey, getAttribute, isJsonObject, isUnassigned, type JsonObject } from "./attribute-access.js";
import { coreSchemaOf, extensionSchemasOf } from "./schema-info.js";

/**
 * Keep a resource's `schemas` in step with its extension objects (changing
 * it in place): RFC 7643 §3 `schemas` lists "the SCIM schemas that define the
 * attributes present in the current JSON structure".
 *
 * 1. An extension object left without values is removed.
 * 2. `schemas` holds the core schema, then each extension whose object is
 *    present; other URNs already listed (unknown extensions) are kept.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export function syncSchemas(resource: JsonObject, resourceType: ResourceTypeName): void {
  const key = findKey(resource, "schemas") ?? "schemas";
  const listed = Array.isArray(resource[key]) ? (resource[key] as unknown[]).filter((urn): urn is string => typeof urn === "string") : [];
  const known = [coreSchemaOf(resourceType), ...extensionSchemasOf(resourceType)].map((urn) => urn.toLowerCase());
  const schemas = [coreSchemaOf(resourceType)];
  for (const extension of extensionSchemasOf(resourceType)) {
    const value = getAttribute(resource, extension);
    // 1. Empty extension objects go.
    if (isJsonObject(value) && isUnassigned(value)) deleteAttribute(resource, extension);
    else if (isJsonObject(value)) schemas.push(extension);
  }
  // 2. Unknown URNs the client listed stay.
  for (const urn of listed) if (!known.includes(urn.toLowerCase())) schemas.push(urn);
  resource[key] = schemas;
}
