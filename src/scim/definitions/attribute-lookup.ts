import type { AttributePath } from "../filter/ast.js";
import type { AttributeDefinition, SchemaDefinition } from "../schema.js";
import { CommonAttributeDefinitions } from "./common-attributes.js";
import { EnterpriseUserSchemaDefinition } from "./enterprise-user-schema.js";
import { GroupSchemaDefinition } from "./group-schema.js";
import { UserSchemaDefinition } from "./user-schema.js";

/** The resource types scimlab knows, RFC 7643 §4. */
export type ResourceTypeName = "User" | "Group";

/** The schemas of a resource type: its core schema and its extensions, RFC 7643 §6. */
export interface ResourceSchemas {
  core: SchemaDefinition;
  extensions: SchemaDefinition[];
}

const schemasByType: Record<ResourceTypeName, ResourceSchemas> = {
  User: { core: UserSchemaDefinition, extensions: [EnterpriseUserSchemaDefinition] },
  Group: { core: GroupSchemaDefinition, extensions: [] },
};

/** The attributes at the top of a resource: the common ones (RFC 7643 §3.1) and the core schema's. */
const topLevelAttributes: Record<ResourceTypeName, AttributeDefinition[]> = {
  User: [...CommonAttributeDefinitions, ...UserSchemaDefinition.attributes],
  Group: [...CommonAttributeDefinitions, ...GroupSchemaDefinition.attributes],
};

/**
 * The core schema and extension schemas of a resource type.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export function resourceSchemas(resourceType: ResourceTypeName): ResourceSchemas {
  return schemasByType[resourceType];
}

/**
 * The definition of the attribute that `path` names, or `undefined`.
 *
 * 1. `path.schema` selects the schema: none (or the core URN) means the core
 *    schema plus the common attributes `id`, `externalId`, `meta`, `schemas`
 *    (RFC 7643 §3.1); an extension URN means that extension only, so
 *    `employeeNumber` is found only as
 *    `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber`.
 * 2. `path.name` is matched case-insensitively: "Attribute names are
 *    case insensitive" (RFC 7643 §2.1).
 * 3. `path.subAttribute`, when present, is looked up among the attribute's
 *    `subAttributes` the same way.
 *
 * @example findAttribute("User", { name: "emails", subAttribute: "value" })?.caseExact // false
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.1
 */
export function findAttribute(resourceType: ResourceTypeName, path: AttributePath): AttributeDefinition | undefined {
  const attributes =
    path.schema === undefined || path.schema.toLowerCase() === schemasByType[resourceType].core.id.toLowerCase()
      ? topLevelAttributes[resourceType]
      : findExtension(resourceType, path.schema)?.attributes;
  const attribute = attributes && byName(attributes, path.name);
  if (attribute === undefined || path.subAttribute === undefined) return attribute;
  return byName(attribute.subAttributes ?? [], path.subAttribute);
}

/**
 * A copy of `resource` without its read-only attributes (`id`, `meta`,
 * `groups`, `members[].display`, the manager's `displayName`, …), ready to
 * send back in a create or replace. RFC 7643 §2.2: readOnly attributes
 * "SHALL NOT be modified"; a service provider ignores them, and a strict
 * client refuses to send them. Unknown attributes are kept.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.2
 */
export function stripReadOnly(
  resourceType: ResourceTypeName,
  resource: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const result = stripObject(topLevelAttributes[resourceType], resource);
  for (const key of Object.keys(result)) {
    const extension = findExtension(resourceType, key);
    const value = result[key];
    if (extension && isObject(value)) result[key] = stripObject(extension.attributes, value);
  }
  return result;
}

/**
 * The extension schema of `resourceType` whose URN is `urn`, compared case-insensitively, or
 * `undefined` (also for the core schema's URN).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.3
 */
export function findExtension(resourceType: ResourceTypeName, urn: string): SchemaDefinition | undefined {
  const wanted = urn.toLowerCase();
  return schemasByType[resourceType].extensions.find((extension) => extension.id.toLowerCase() === wanted);
}

function stripObject(attributes: AttributeDefinition[], value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const definition = byName(attributes, key);
    if (definition?.mutability === "readOnly") continue;
    result[key] = definition?.subAttributes ? stripComplex(definition.subAttributes, item) : item;
  }
  return result;
}

function stripComplex(subAttributes: AttributeDefinition[], value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => stripComplex(subAttributes, item));
  return isObject(value) ? stripObject(subAttributes, value) : value;
}

function byName(attributes: AttributeDefinition[], name: string): AttributeDefinition | undefined {
  const wanted = name.toLowerCase();
  return attributes.find((attribute) => attribute.name.toLowerCase() === wanted);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
