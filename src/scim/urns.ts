/**
 * The schema URNs defined by SCIM 2.0.
 *
 * Every SCIM JSON document names the schemas it follows in its `schemas`
 * array. Resources use the RFC 7643 URNs (`…:schemas:core:2.0:User`);
 * protocol messages use the RFC 7644 URNs (`…:api:messages:2.0:ListResponse`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export const SchemaUrn = {
  /** The core User schema, RFC 7643 §4.1. */
  User: "urn:ietf:params:scim:schemas:core:2.0:User",
  /** The core Group schema, RFC 7643 §4.2. */
  Group: "urn:ietf:params:scim:schemas:core:2.0:Group",
  /** The Enterprise User extension, RFC 7643 §4.3. */
  EnterpriseUser: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
  /** A query response, RFC 7644 §3.4.2. */
  ListResponse: "urn:ietf:params:scim:api:messages:2.0:ListResponse",
  /** A query sent with POST `/.search`, RFC 7644 §3.4.3. */
  SearchRequest: "urn:ietf:params:scim:api:messages:2.0:SearchRequest",
  /** A PATCH request body, RFC 7644 §3.5.2. */
  PatchOp: "urn:ietf:params:scim:api:messages:2.0:PatchOp",
  /** A bulk request body, RFC 7644 §3.7. */
  BulkRequest: "urn:ietf:params:scim:api:messages:2.0:BulkRequest",
  /** A bulk response body, RFC 7644 §3.7. */
  BulkResponse: "urn:ietf:params:scim:api:messages:2.0:BulkResponse",
  /** An error response body, RFC 7644 §3.12. */
  Error: "urn:ietf:params:scim:api:messages:2.0:Error",
  /** The service provider's configuration, RFC 7643 §5. */
  ServiceProviderConfig: "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
  /** A resource type description, RFC 7643 §6. */
  ResourceType: "urn:ietf:params:scim:schemas:core:2.0:ResourceType",
  /** A schema description, RFC 7643 §7. */
  Schema: "urn:ietf:params:scim:schemas:core:2.0:Schema",
} as const;

/** One of the URNs in {@link SchemaUrn}. */
export type SchemaUrnValue = (typeof SchemaUrn)[keyof typeof SchemaUrn];
