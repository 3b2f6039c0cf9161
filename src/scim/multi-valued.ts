import { z } from "zod";

/**
 * The sub-attributes every multi-valued attribute may carry. RFC 7643 §2.4:
 * "type: A label indicating the attribute's function", "primary: A Boolean
 * value indicating the 'primary' or preferred attribute value for this
 * attribute … The primary attribute value "true" MUST appear no more than
 * once", "display: A human-readable name, primarily used for display
 * purposes and having a mutability of "immutable"", "value: The attribute's
 * significant value".
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.4
 */
const multiValuedShape = {
  value: z.string().optional(),
  display: z.string().optional(),
  type: z.string().optional(),
  primary: z.boolean().optional(),
};

/** The sub-attributes of a multi-valued attribute as a service provider returns them, RFC 7643 §2.4 (see `multiValuedShape`). */
export interface MultiValuedAttribute {
  /** The attribute's significant value. */
  value?: string;
  /** A human-readable name, for display only. */
  display?: string;
  /** A label of the value's function, e.g. "work" or "home". */
  type?: string;
  /** The preferred value: true for at most one of them. */
  primary?: boolean;
  [attribute: string]: unknown;
}

/**
 * An e-mail address, RFC 7643 §4.1.2 `emails`: "Email addresses for the User.
 * The value SHOULD be specified according to [RFC5321]." Canonical types
 * `work`, `home`, `other`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const EmailSchema = z.object(multiValuedShape).passthrough();
/** An e-mail address of a User. */
export interface Email extends MultiValuedAttribute {}

/**
 * A phone number, RFC 7643 §4.1.2 `phoneNumbers`: "The value SHOULD be
 * specified according to the format defined in [RFC3966], e.g.,
 * 'tel:+1-201-555-0123'." Canonical types `work`, `home`, `mobile`, `fax`,
 * `pager`, `other`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const PhoneNumberSchema = z.object(multiValuedShape).passthrough();
/** A phone number of a User. */
export interface PhoneNumber extends MultiValuedAttribute {}

/**
 * An instant messaging address, RFC 7643 §4.1.2 `ims`. Canonical types
 * `aim`, `gtalk`, `icq`, `xmpp`, `msn`, `skype`, `qq`, `yahoo`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const ImSchema = z.object(multiValuedShape).passthrough();
/** An instant messaging address of a User. */
export interface Im extends MultiValuedAttribute {}

/**
 * A photo, RFC 7643 §4.1.2 `photos`: "A URI that is a uniform resource
 * locator (as defined in Section 1.1.3 of [RFC3986]) that points to a
 * resource location representing the user's image." Canonical types
 * `photo`, `thumbnail`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const PhotoSchema = z.object(multiValuedShape).passthrough();
/** A photo of a User. */
export interface Photo extends MultiValuedAttribute {}

/**
 * A physical mailing address, RFC 7643 §4.1.2 `addresses`. It has no
 * `value`; its components are `formatted` ("The full mailing address,
 * formatted for display or use with a mailing label"), `streetAddress`,
 * `locality` (city), `region` (state), `postalCode` and `country` ("The
 * country name component … in ISO 3166-1 "alpha-2" code format").
 * Canonical types `work`, `home`, `other`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const AddressSchema = z
  .object({
    formatted: z.string().optional(),
    streetAddress: z.string().optional(),
    locality: z.string().optional(),
    region: z.string().optional(),
    postalCode: z.string().optional(),
    country: z.string().optional(),
    type: z.string().optional(),
    primary: z.boolean().optional(),
  })
  .passthrough();
/** A mailing address of a User. */
export interface Address {
  /** The full mailing address, formatted for display. */
  formatted?: string;
  /** The street, house number and the like. */
  streetAddress?: string;
  /** The city or locality. */
  locality?: string;
  /** The state or region. */
  region?: string;
  /** The zip code or postal code. */
  postalCode?: string;
  /** The country, as an ISO 3166-1 alpha-2 code such as "US". */
  country?: string;
  /** A label: "work", "home" or "other". */
  type?: string;
  /** The preferred address: true for at most one. */
  primary?: boolean;
  [attribute: string]: unknown;
}

/**
 * An entitlement, RFC 7643 §4.1.2: "A list of entitlements for the User that
 * represent a thing the User has. … No vocabulary or syntax is specified."
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const EntitlementSchema = z.object(multiValuedShape).passthrough();
/** An entitlement of a User. */
export interface Entitlement extends MultiValuedAttribute {}

/**
 * A role, RFC 7643 §4.1.2: "A list of roles for the User that collectively
 * represent who the User is, e.g., 'Student', 'Faculty'."
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const RoleSchema = z.object(multiValuedShape).passthrough();
/** A role of a User. */
export interface Role extends MultiValuedAttribute {}

/**
 * A certificate, RFC 7643 §4.1.2 `x509Certificates`: "Each value contains
 * exactly one DER-encoded X.509 certificate", base64-encoded (type "binary").
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const X509CertificateSchema = z.object(multiValuedShape).passthrough();
/** An X.509 certificate of a User. */
export interface X509Certificate extends MultiValuedAttribute {}

/**
 * One entry of a User's `groups`. RFC 7643 §4.1.2: "A list of groups to which
 * the user belongs, either through direct membership, through nested groups,
 * or dynamically calculated." `value` is the Group's `id`, `$ref` its URI,
 * `type` "direct" or "indirect". Read-only: the service provider derives it from Group membership.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const UserGroupSchema = z
  .object({
    value: z.string().optional(),
    $ref: z.string().optional(),
    display: z.string().optional(),
    type: z.string().optional(),
  })
  .passthrough();
/** A group a User belongs to, as listed in `User.groups`. */
export interface UserGroup {
  /** The Group's id. */
  value?: string;
  /** The Group's URI. */
  $ref?: string;
  /** The Group's displayName. */
  display?: string;
  /** "direct" or "indirect" membership. */
  type?: string;
  [attribute: string]: unknown;
}
