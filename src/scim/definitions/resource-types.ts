import type { ResourceType } from "../resource-type.js";
import { SchemaUrn } from "../urns.js";

/**
 * The User resource type, RFC 7643 §6 and the §8.6 example: endpoint
 * `/Users`, core schema `urn:ietf:params:scim:schemas:core:2.0:User`, and the
 * optional Enterprise User extension. `meta` is left to the server, which
 * knows its own base URL.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.6
 */
export const UserResourceType: ResourceType = {
  schemas: [SchemaUrn.ResourceType],
  id: "User",
  name: "User",
  endpoint: "/Users",
  description: "User Account",
  schema: SchemaUrn.User,
  schemaExtensions: [{ schema: SchemaUrn.EnterpriseUser, required: false }],
};

/**
 * The Group resource type, RFC 7643 §6 and the §8.6 example: endpoint
 * `/Groups`, core schema `urn:ietf:params:scim:schemas:core:2.0:Group`, no
 * extensions.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.6
 */
export const GroupResourceType: ResourceType = {
  schemas: [SchemaUrn.ResourceType],
  id: "Group",
  name: "Group",
  endpoint: "/Groups",
  description: "Group",
  schema: SchemaUrn.Group,
};
