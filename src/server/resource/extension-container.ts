import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { getAttribute, isJsonObject, type JsonObject } from "./attribute-access.js";
import { isCoreSchema } from "./schema-info.js";

/**
 * The object that holds the attributes of `schema` in a resource: the
 * resource itself for the core schema (or no schema), else the extension
 * object keyed by the schema URN, found case-insensitively.
 *
 * RFC 7643 §3.3: a resource carries an extension's attributes in an object
 * whose key is the extension's schema URI; RFC 7644 §3.10: a fully qualified path
 * such as `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department`
 * names one of them.
 *
 * @returns the container, or undefined when the resource has no such extension object.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.3
 */
export function extensionContainer(
  resource: JsonObject,
  schema: string | undefined,
  resourceType: ResourceTypeName,
): JsonObject | undefined {
  if (schema === undefined || isCoreSchema(resourceType, schema)) return resource;
  const extension = getAttribute(resource, schema);
  return isJsonObject(extension) ? extension : undefined;
}
