import type { SchemaDefinition } from "../schema.js";
import { SchemaUrn } from "../urns.js";
import { attribute, complexAttribute } from "./attribute.js";

const immutable = { mutability: "immutable" } as const;

/**
 * The Group schema as data, RFC 7643 §8.7.1 (the attributes of §4.2), as
 * served at `/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group`.
 *
 * `members` is "readWrite" (members are added and removed), while each
 * member's `value`, `$ref` and `type` are "immutable": "While values MAY be
 * added or removed, sub-attributes of members are "immutable"" (§4.2).
 * `display`, which the RFC's §8.4 example shows, is added here as read-only.
 * `displayName` is required, as §4.2 says ("A human-readable name for the
 * Group. REQUIRED."), even where a copy of the §8.7.1 listing flags it
 * otherwise.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.7.1
 */
export const GroupSchemaDefinition: SchemaDefinition = {
  schemas: [SchemaUrn.Schema],
  id: SchemaUrn.Group,
  name: "Group",
  description: "Group",
  attributes: [
    attribute("string", "displayName", "A human-readable name for the Group. REQUIRED.", { required: true }),
    complexAttribute("members", "A list of members of the Group.", [
      attribute("string", "value", "Identifier of the member of this Group.", immutable),
      attribute("reference", "$ref", "The URI corresponding to a SCIM resource that is a member of this Group.", { referenceTypes: ["User", "Group"], ...immutable }),
      attribute("string", "type", "A label indicating the type of resource, e.g., 'User' or 'Group'.", { canonicalValues: ["User", "Group"], ...immutable }),
      attribute("string", "display", "A human-readable name for the group member, primarily used for display purposes.", { mutability: "readOnly" }),
    ], { multiValued: true }),
  ],
};
