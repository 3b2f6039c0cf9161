import type { AttributeDefinition, SchemaDefinition } from "../schema.js";
import { SchemaUrn } from "../urns.js";
import { attribute, complexAttribute } from "./attribute.js";

const readOnly = { mutability: "readOnly" } as const;
const requiredReadOnly = { required: true, mutability: "readOnly" } as const;

/** A `{ supported }` option of the service provider configuration, RFC 7643 §5. */
function option(name: string, description: string, extra: AttributeDefinition[] = []): AttributeDefinition {
  return complexAttribute(
    name,
    description,
    [attribute("boolean", "supported", "A Boolean value specifying whether or not the operation is supported.", requiredReadOnly), ...extra],
    requiredReadOnly,
  );
}

/**
 * The schema of the service provider configuration as data, RFC 7643 §8.7.2
 * (the attributes of §5): every attribute is read-only, since clients only
 * read `/ServiceProviderConfig`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.7.2
 */
export const ServiceProviderConfigSchemaDefinition: SchemaDefinition = {
  schemas: [SchemaUrn.Schema],
  id: SchemaUrn.ServiceProviderConfig,
  name: "Service Provider Configuration",
  description: "Schema for representing the service provider's configuration",
  attributes: [
    attribute("reference", "documentationUri", "An HTTP-addressable URL pointing to the service provider's human-consumable help documentation.", { referenceTypes: ["external"], ...readOnly }),
    option("patch", "A complex type that specifies PATCH configuration options."),
    option("bulk", "A complex type that specifies bulk configuration options.", [
      attribute("integer", "maxOperations", "An integer value specifying the maximum number of operations.", requiredReadOnly),
      attribute("integer", "maxPayloadSize", "An integer value specifying the maximum payload size in bytes.", requiredReadOnly),
    ]),
    option("filter", "A complex type that specifies FILTER options.", [
      attribute("integer", "maxResults", "An integer value specifying the maximum number of resources returned in a response.", requiredReadOnly),
    ]),
    option("changePassword", "A complex type that specifies configuration options related to changing a password."),
    option("sort", "A complex type that specifies sort result options."),
    option("etag", "A complex type that specifies ETag result options."),
    complexAttribute("authenticationSchemes", "A complex type that specifies supported authentication scheme properties.", [
      attribute("string", "type", "The authentication scheme.", { canonicalValues: ["oauth", "oauth2", "oauthbearertoken", "httpbasic", "httpdigest"], ...requiredReadOnly }),
      attribute("string", "name", "The common authentication scheme name, e.g., HTTP Basic.", requiredReadOnly),
      attribute("string", "description", "A description of the authentication scheme.", requiredReadOnly),
      attribute("reference", "specUri", "An HTTP-addressable URL pointing to the authentication scheme's specification.", { referenceTypes: ["external"], ...readOnly }),
      attribute("reference", "documentationUri", "An HTTP-addressable URL pointing to the authentication scheme's usage documentation.", { referenceTypes: ["external"], ...readOnly }),
      attribute("boolean", "primary", "A Boolean value indicating the 'primary' or preferred authentication scheme.", readOnly),
    ], { multiValued: true, ...requiredReadOnly }),
  ],
};

/**
 * The schema of resource types as data, RFC 7643 §8.7.2 (the attributes of
 * §6), describing what `/ResourceTypes` returns.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.7.2
 */
export const ResourceTypeSchemaDefinition: SchemaDefinition = {
  schemas: [SchemaUrn.Schema],
  id: SchemaUrn.ResourceType,
  name: "ResourceType",
  description: "Specifies the schema that describes a SCIM resource type",
  attributes: [
    attribute("string", "id", "The resource type's server unique id. May be the same as the 'name' attribute.", readOnly),
    attribute("string", "name", "The resource type name.  When applicable, service providers MUST specify the name, e.g., 'User'.", { caseExact: true, uniqueness: "server", ...requiredReadOnly }),
    attribute("string", "description", "The resource type's human-readable description.  When applicable, service providers MUST specify the description.", readOnly),
    attribute("reference", "endpoint", "The resource type's HTTP-addressable endpoint relative to the Base URL, e.g., '/Users'.", { referenceTypes: ["uri"], uniqueness: "server", ...requiredReadOnly }),
    attribute("reference", "schema", "The resource type's primary/base schema URI.", { referenceTypes: ["uri"], caseExact: true, ...requiredReadOnly }),
    complexAttribute("schemaExtensions", "A list of URIs of the resource type's schema extensions.", [
      attribute("reference", "schema", "The URI of a schema extension.", { referenceTypes: ["uri"], caseExact: true, ...requiredReadOnly }),
      attribute("boolean", "required", "A Boolean value that specifies whether or not the schema extension is required for the resource type.  If true, a resource of this type MUST include this schema extension and also include any attributes declared as required in this schema extension. If false, a resource of this type MAY omit this schema extension.", requiredReadOnly),
    ], { multiValued: true, ...readOnly }),
  ],
};
