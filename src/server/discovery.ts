import { EnterpriseUserSchemaDefinition } from "../scim/definitions/enterprise-user-schema.js";
import { GroupSchemaDefinition } from "../scim/definitions/group-schema.js";
import { GroupResourceType, UserResourceType } from "../scim/definitions/resource-types.js";
import { UserSchemaDefinition } from "../scim/definitions/user-schema.js";
import { SchemaUrn } from "../scim/urns.js";
import type { ServerLimits } from "./server-context.js";

/**
 * The discovery documents of RFC 7644 §4, built once per server (they only
 * depend on the base URL and the limits): `/ServiceProviderConfig`,
 * `/ResourceTypes` and `/Schemas`, each with `meta.location`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-4
 */
export interface DiscoveryDocuments {
  serviceProviderConfig: Record<string, unknown>;
  resourceTypes: Record<string, unknown>[];
  schemas: Record<string, unknown>[];
}

/**
 * Build the discovery documents:
 *
 * - ServiceProviderConfig (RFC 7643 §5): PATCH, Bulk (with `maxOperations`
 *   and `maxPayloadSize`), filter (with `maxResults`), sort and ETags are
 *   supported, and so are password changes (`password` is accepted on
 *   create, PUT and PATCH, stored, and never returned); one OAuth bearer
 *   token scheme.
 * - ResourceTypes (RFC 7643 §6): User (with the Enterprise extension), Group.
 * - Schemas (RFC 7643 §7, §8.7.1): the full User, Enterprise User and Group
 *   attribute definitions.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export function discoveryDocuments(baseUrl: string, limits: ServerLimits): DiscoveryDocuments {
  const serviceProviderConfig = {
    schemas: [SchemaUrn.ServiceProviderConfig],
    documentationUri: "https://www.rfc-editor.org/rfc/rfc7644",
    patch: { supported: true },
    bulk: { supported: true, maxOperations: limits.maxOperations, maxPayloadSize: limits.maxPayloadSize },
    filter: { supported: true, maxResults: limits.maxResults },
    changePassword: { supported: true },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "OAuth Bearer Token",
        description: "Authentication with a bearer token (scimlab serve prints where to find it: .scimlab/dev-token).",
        specUri: "https://www.rfc-editor.org/rfc/rfc6750",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/ServiceProviderConfig` },
  };
  const resourceTypes = [UserResourceType, GroupResourceType].map((resourceType) => ({
    ...resourceType,
    meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/${resourceType.id ?? resourceType.name}` },
  }));
  const schemas = [UserSchemaDefinition, EnterpriseUserSchemaDefinition, GroupSchemaDefinition].map((schema) => ({
    ...schema,
    meta: { resourceType: "Schema", location: `${baseUrl}/Schemas/${schema.id}` },
  }));
  return { serviceProviderConfig, resourceTypes, schemas };
}
