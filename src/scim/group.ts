import { z } from "zod";
import { commonAttributes, type CommonAttributes } from "./common.js";

/**
 * One member of a Group, as a service provider returns it. RFC 7643 §4.2: "The
 * "value" sub-attribute contains the value of an "id" attribute of a SCIM
 * resource, and the "$ref" sub-attribute must be the URI of a SCIM resource
 * such as a "User", or a "Group"." `type` says which ("User" or "Group":
 * groups may nest), and `display` is a read-only, human-readable name the
 * service provider fills in.
 *
 * Every sub-attribute is optional, `value` included: the schema of RFC 7643
 * §8.7.1 marks it `"required": false`, and some service providers answer
 * `attributes=members` with members emptied of their sub-attributes
 * (RFC 7644 §3.9; the client records that in `client.deviations`). What a
 * client sends keeps `value` required (`GroupInputSchema`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.7.1
 */
export const GroupMemberSchema = z
  .object({
    value: z.string().optional(),
    $ref: z.string().optional(),
    display: z.string().optional(),
    type: z.enum(["User", "Group"]).optional(),
  })
  .passthrough();
/** A member of a Group, RFC 7643 §4.2. */
export interface GroupMember {
  /** The member's id. */
  value?: string;
  /** The member's URI. */
  $ref?: string;
  /** The member's name for display (read-only). */
  display?: string;
  /** What the member is: groups may nest. */
  type?: "User" | "Group";
  [attribute: string]: unknown;
}

/**
 * The writable attributes of a Group, RFC 7643 §4.2, shared by
 * {@link GroupSchema} and `GroupInputSchema`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export const groupAttributes = {
  /** "A human-readable name for the Group. REQUIRED." */
  displayName: z.string(),
  /**
   * "A list of members of the Group. While values MAY be added or removed,
   * sub-attributes of members are "immutable"." Membership is managed here;
   * each member's `User.groups` follows from it.
   */
  members: z.array(GroupMemberSchema).optional(),
};

/**
 * A Group as a service provider returns it, RFC 7643 §4.2: "SCIM provides a
 * schema for representing groups, identified using the following schema
 * URI: "urn:ietf:params:scim:schemas:core:2.0:Group"."
 *
 * Lenient: unknown attributes and extensions are kept. `displayName` may be
 * missing when the request asked for other `attributes` (RFC 7644 §3.9), and
 * large groups often leave out `members` unless asked.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export const GroupSchema = z
  .object({
    ...commonAttributes,
    ...groupAttributes,
    displayName: z.string().optional(),
  })
  .passthrough();

/** A Group resource as a service provider returns it, RFC 7643 §4.2 (see {@link GroupSchema}). */
export interface Group extends CommonAttributes {
  /** A human-readable name for the Group. */
  displayName?: string;
  /** The Group's members; each member's `User.groups` follows from them. */
  members?: GroupMember[];
  [attribute: string]: unknown;
}
