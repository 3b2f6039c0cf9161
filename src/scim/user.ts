import { z } from "zod";
import { commonAttributes, type CommonAttributes } from "./common.js";
import { EnterpriseUserSchema, type EnterpriseUser } from "./enterprise-user.js";
import {
  AddressSchema,
  EmailSchema,
  EntitlementSchema,
  ImSchema,
  PhoneNumberSchema,
  PhotoSchema,
  RoleSchema,
  UserGroupSchema,
  X509CertificateSchema,
  type Address,
  type Email,
  type Entitlement,
  type Im,
  type PhoneNumber,
  type Photo,
  type Role,
  type UserGroup,
  type X509Certificate,
} from "./multi-valued.js";
import { NameSchema, type Name } from "./name.js";
import { SchemaUrn } from "./urns.js";

/**
 * The writable attributes of a User, RFC 7643 §4.1, shared by {@link UserSchema}
 * (what a service provider returns) and `UserInputSchema` (what a client sends).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 */
export const userAttributes = {
  /** "A service provider's unique identifier for the user, typically used by the user to directly authenticate to the service provider." REQUIRED, unique, case-insensitive. */
  userName: z.string(),
  /** The components of the user's real name, RFC 7643 §4.1.1. */
  name: NameSchema.optional(),
  /** "The name of the user, suitable for display to end-users." */
  displayName: z.string().optional(),
  /** "The casual way to address the user in real life, e.g., "Bob" or "Bobby" instead of "Robert"." */
  nickName: z.string().optional(),
  /** "A URI that is a uniform resource locator … and that points to a location representing the user's online profile (e.g., a web page)." */
  profileUrl: z.string().optional(),
  /** "The user's title, such as "Vice President"." */
  title: z.string().optional(),
  /** "Used to identify the relationship between the organization and the user. Typical values used might be "Contractor", "Employee", "Intern", "Temp", "External", and "Unknown"." */
  userType: z.string().optional(),
  /** "Indicates the user's preferred written or spoken languages", e.g. "en-US" (RFC 7231 Accept-Language format). */
  preferredLanguage: z.string().optional(),
  /** "Used to indicate the User's default location for purposes of localizing such items as currency", e.g. "en-US". */
  locale: z.string().optional(),
  /** "The User's time zone, in IANA Time Zone database format", e.g. "America/Los_Angeles". */
  timezone: z.string().optional(),
  /** "A Boolean value indicating the user's administrative status." Deprovisioning usually sets it to false. */
  active: z.boolean().optional(),
  /**
   * "This attribute is intended to be used as a means to set, replace, or
   * compare (i.e., filter for equality) a password." Write-only: mutability
   * "writeOnly", returned "never" — a service provider accepts it on create,
   * replace and patch but never sends it back.
   */
  password: z.string().optional(),
  /** E-mail addresses, RFC 7643 §4.1.2. */
  emails: z.array(EmailSchema).optional(),
  /** Phone numbers, RFC 7643 §4.1.2. */
  phoneNumbers: z.array(PhoneNumberSchema).optional(),
  /** Instant messaging addresses, RFC 7643 §4.1.2. */
  ims: z.array(ImSchema).optional(),
  /** Photo URLs, RFC 7643 §4.1.2. */
  photos: z.array(PhotoSchema).optional(),
  /** Physical mailing addresses, RFC 7643 §4.1.2. */
  addresses: z.array(AddressSchema).optional(),
  /** Entitlements, RFC 7643 §4.1.2. */
  entitlements: z.array(EntitlementSchema).optional(),
  /** Roles, RFC 7643 §4.1.2. */
  roles: z.array(RoleSchema).optional(),
  /** DER-encoded certificates, base64, RFC 7643 §4.1.2. */
  x509Certificates: z.array(X509CertificateSchema).optional(),
  /** The Enterprise User extension, RFC 7643 §4.3. */
  [SchemaUrn.EnterpriseUser]: EnterpriseUserSchema.optional(),
};

/**
 * A User as a service provider returns it, RFC 7643 §4.1: "SCIM provides a
 * resource type for "User" resources. The core schema for "User" is
 * identified using the following schema URI:
 * "urn:ietf:params:scim:schemas:core:2.0:User"."
 *
 * Lenient: unknown attributes and vendor extensions (for example Webex's
 * `urn:scim:schemas:extension:cisco:webexidentity:2.0:User`) are kept as
 * they are. Only `id` is required, because a request with
 * `attributes=` (RFC 7644 §3.9) may leave out even `userName`.
 *
 * `groups` is read-only. RFC 7643 §4.1.2: "Since this attribute has a
 * mutability of "readOnly", group membership changes MUST be applied via
 * the "Group" Resource (Section 4.2)." To add a user to a group, PATCH the
 * Group's `members`; the service provider derives the user's `groups` from
 * that.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 */
export const UserSchema = z
  .object({
    ...commonAttributes,
    ...userAttributes,
    userName: z.string().optional(),
    /** The groups the user belongs to, derived from Group membership (read-only). */
    groups: z.array(UserGroupSchema).optional(),
  })
  .passthrough();

/**
 * A User resource as a service provider returns it, RFC 7643 §4.1 (see {@link UserSchema} for the rules and
 * `userAttributes` for each attribute's definition). Unknown attributes and extensions are kept.
 */
export interface User extends CommonAttributes {
  userName?: string;
  name?: Name;
  displayName?: string;
  nickName?: string;
  profileUrl?: string;
  title?: string;
  userType?: string;
  preferredLanguage?: string;
  locale?: string;
  timezone?: string;
  /** The user's administrative status; deprovisioning usually sets it to false. */
  active?: boolean;
  /** Write-only: a service provider never returns it. */
  password?: string;
  emails?: Email[];
  phoneNumbers?: PhoneNumber[];
  ims?: Im[];
  photos?: Photo[];
  addresses?: Address[];
  entitlements?: Entitlement[];
  roles?: Role[];
  x509Certificates?: X509Certificate[];
  /** The groups the user belongs to, derived from Group membership (read-only). */
  groups?: UserGroup[];
  /** The Enterprise User extension, RFC 7643 §4.3. */
  [SchemaUrn.EnterpriseUser]?: EnterpriseUser;
  [attribute: string]: unknown;
}
