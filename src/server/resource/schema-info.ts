import type { AttributePath } from "../../scim/filter/ast.js";
import { findAttribute, resourceSchemas, type ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import type { AttributeDefinition } from "../../scim/schema.js";

/**
 * The data types of SCIM attributes, RFC 7643 §2.3.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3
 */
export type AttributeType = "string" | "boolean" | "decimal" | "integer" | "dateTime" | "binary" | "reference" | "complex";

/**
 * What the server logic needs to know about one attribute, with the defaults
 * of RFC 7643 §2.2 filled in ("caseExact ... default false", "mutability ...
 * default readWrite", "returned ... default default", "required ... default
 * false", "type ... default string").
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.2
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export interface AttributeInfo {
  name: string;
  type: AttributeType;
  multiValued: boolean;
  caseExact: boolean;
  required: boolean;
  mutability: "readOnly" | "readWrite" | "immutable" | "writeOnly";
  returned: "always" | "never" | "default" | "request";
  subAttributes: AttributeInfo[];
}

/**
 * The core schema URN of a resource type (`urn:…:core:2.0:User`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export function coreSchemaOf(resourceType: ResourceTypeName): string {
  return resourceSchemas(resourceType).core.id;
}

/**
 * The extension schema URNs a resource type declares (the enterprise User extension for User).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export function extensionSchemasOf(resourceType: ResourceTypeName): readonly string[] {
  return resourceSchemas(resourceType).extensions.map((extension) => extension.id);
}

/**
 * The known extension URN equal (case-insensitively) to `urn`, or undefined.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.3
 */
export function knownExtension(resourceType: ResourceTypeName, urn: string): string | undefined {
  const lower = urn.toLowerCase();
  return extensionSchemasOf(resourceType).find((known) => known.toLowerCase() === lower);
}

/**
 * True when `urn` is the core schema of `resourceType`, compared case-insensitively.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export function isCoreSchema(resourceType: ResourceTypeName, urn: string): boolean {
  return coreSchemaOf(resourceType).toLowerCase() === urn.toLowerCase();
}

/**
 * Describe the attribute at `path` (`findAttribute` of the model, with the
 * RFC 7643 §2.2 defaults filled in), or `undefined` when the schema does not
 * define it. The common attributes `id`, `externalId`, `meta` and `schemas`
 * (RFC 7643 §3.1) are found in the core schema.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export function describeAttribute(resourceType: ResourceTypeName, path: AttributePath): AttributeInfo | undefined {
  // Filters and sorts ask for the same few attributes once per resource: remember the
  // attributes found (only those, so names made up by clients cannot grow the cache).
  const key = [resourceType, path.schema ?? "", path.name, path.subAttribute ?? ""].join("|").toLowerCase();
  const known = described.get(key);
  if (known !== undefined) return known;
  const definition = findAttribute(resourceType, path);
  if (definition === undefined) return undefined;
  const info = fromDefinition(definition);
  described.set(key, info);
  return info;
}

const described = new Map<string, AttributeInfo>();

/**
 * Every attribute of a schema of the resource type (the core schema with the
 * common attributes, or an extension), for checks that walk the whole schema
 * such as required attributes.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.7.1
 */
export function schemaAttributes(resourceType: ResourceTypeName, schema: string): AttributeInfo[] {
  const { core, extensions } = resourceSchemas(resourceType);
  const definition = isCoreSchema(resourceType, schema)
    ? core
    : extensions.find((extension) => extension.id.toLowerCase() === schema.toLowerCase());
  const names = definition === undefined ? [] : definition.attributes.map((attribute) => attribute.name);
  const common = isCoreSchema(resourceType, schema) ? ["id", "externalId", "meta", "schemas"] : [];
  return [...common, ...names].flatMap((name) => describeAttribute(resourceType, { schema, name }) ?? []);
}

/**
 * The sub-attribute `name` of a complex attribute, case-insensitively.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.8
 */
export function subAttributeOf(parent: AttributeInfo | undefined, name: string): AttributeInfo | undefined {
  return parent === undefined ? undefined : byName(parent.subAttributes, name);
}

function byName(list: readonly AttributeInfo[], name: string): AttributeInfo | undefined {
  const lower = name.toLowerCase();
  return list.find((attribute) => attribute.name.toLowerCase() === lower);
}

function fromDefinition(definition: AttributeDefinition): AttributeInfo {
  return info(definition.name, (definition.type ?? "string") as AttributeType, {
    multiValued: definition.multiValued ?? false,
    caseExact: definition.caseExact ?? false,
    required: definition.required ?? false,
    mutability: definition.mutability ?? "readWrite",
    returned: definition.returned ?? "default",
    subAttributes: (definition.subAttributes ?? []).map(fromDefinition),
  });
}

function info(name: string, type: AttributeType, options: Partial<AttributeInfo> = {}): AttributeInfo {
  return {
    name,
    type,
    multiValued: false,
    caseExact: false,
    required: false,
    mutability: "readWrite",
    returned: "default",
    subAttributes: [],
    ...options,
  };
}
