import type { AttributeDefinition, SchemaDefinition } from "../schema.js";
import { SchemaUrn } from "../urns.js";
import { attribute, complexAttribute, displaySubAttribute, primarySubAttribute, typeSubAttribute } from "./attribute.js";

const nameParts: [string, string][] = [
  ["formatted", "The full name, including all middle names, titles, and suffixes as appropriate, formatted for display (e.g., 'Ms. Barbara J Jensen, III')."],
  ["familyName", "The family name of the User, or last name in most Western languages (e.g., 'Jensen' given the full name 'Ms. Barbara J Jensen, III')."],
  ["givenName", "The given name of the User, or first name in most Western languages (e.g., 'Barbara' given the full name 'Ms. Barbara J Jensen, III')."],
  ["middleName", "The middle name(s) of the User (e.g., 'Jane' given the full name 'Ms. Barbara J Jensen, III')."],
  ["honorificPrefix", "The honorific prefix(es) of the User, or title in most Western languages (e.g., 'Ms.' given the full name 'Ms. Barbara J Jensen, III')."],
  ["honorificSuffix", "The honorific suffix(es) of the User, or suffix in most Western languages (e.g., 'III' given the full name 'Ms. Barbara J Jensen, III')."],
];

const addressParts: [string, string][] = [
  ["formatted", "The full mailing address, formatted for display or use with a mailing label.  This attribute MAY contain newlines."],
  ["streetAddress", "The full street address component, which may include house number, street name, P.O. box, and multi-line extended street address information.  This attribute MAY contain newlines."],
  ["locality", "The city or locality component."],
  ["region", "The state or region component."],
  ["postalCode", "The zip code or postal code component."],
  ["country", "The country name component."],
];

/** A multi-valued complex attribute with `value`, `display`, `type` and `primary`, RFC 7643 §2.4. */
function multiValued(
  name: string,
  description: string,
  value: AttributeDefinition,
  type: AttributeDefinition,
  primaryExample?: string,
): AttributeDefinition {
  return complexAttribute(name, description, [value, displaySubAttribute(), type, primarySubAttribute(primaryExample)], {
    multiValued: true,
  });
}

const readOnly = { mutability: "readOnly" } as const;

/**
 * The User schema as data, RFC 7643 §8.7.1 (the attributes of §4.1), as
 * served at `/Schemas/urn:ietf:params:scim:schemas:core:2.0:User`. The common
 * attributes `id`, `externalId` and `meta` are in `CommonAttributeDefinitions`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.7.1
 */
export const UserSchemaDefinition: SchemaDefinition = {
  schemas: [SchemaUrn.Schema],
  id: SchemaUrn.User,
  name: "User",
  description: "User Account",
  attributes: [
    attribute("string", "userName", "Unique identifier for the User, typically used by the user to directly authenticate to the service provider. Each User MUST include a non-empty userName value.  This identifier MUST be unique across the service provider's entire set of Users. REQUIRED.", { required: true, uniqueness: "server" }),
    complexAttribute("name", "The components of the user's real name. Providers MAY return just the full name as a single string in the formatted sub-attribute, or they MAY return just the individual component attributes using the other sub-attributes, or they MAY return both.  If both variants are returned, they SHOULD be describing the same name, with the formatted name indicating how the component attributes should be combined.", nameParts.map(([part, text]) => attribute("string", part, text))),
    attribute("string", "displayName", "The name of the User, suitable for display to end-users.  The name SHOULD be the full name of the User being described, if known."),
    attribute("string", "nickName", "The casual way to address the user in real life, e.g., 'Bob' or 'Bobby' instead of 'Robert'.  This attribute SHOULD NOT be used to represent a User's username (e.g., 'bjensen' or 'mpepperidge')."),
    attribute("reference", "profileUrl", "A fully qualified URL pointing to a page representing the User's online profile.", { referenceTypes: ["external"], caseExact: true }),
    attribute("string", "title", "The user's title, such as \"Vice President.\""),
    attribute("string", "userType", "Used to identify the relationship between the organization and the user.  Typical values used might be 'Contractor', 'Employee', 'Intern', 'Temp', 'External', and 'Unknown', but any value may be used."),
    attribute("string", "preferredLanguage", "Indicates the User's preferred written or spoken language.  Generally used for selecting a localized user interface; e.g., 'en_US' specifies the language English and country US."),
    attribute("string", "locale", "Used to indicate the User's default location for purposes of localizing items such as currency, date time format, or numerical representations."),
    attribute("string", "timezone", "The User's time zone in the 'Olson' time zone database format, e.g., 'America/Los_Angeles'."),
    attribute("boolean", "active", "A Boolean value indicating the User's administrative status."),
    attribute("string", "password", "The User's cleartext password.  This attribute is intended to be used as a means to specify an initial password when creating a new User or to reset an existing User's password.", { caseExact: true, mutability: "writeOnly", returned: "never" }),
    multiValued("emails", "Email addresses for the user.  The value SHOULD be canonicalized by the service provider, e.g., 'bjensen@example.com' instead of 'bjensen@EXAMPLE.COM'. Canonical type values of 'work', 'home', and 'other'.",
      attribute("string", "value", "Email addresses for the user.  The value SHOULD be canonicalized by the service provider, e.g., 'bjensen@example.com' instead of 'bjensen@EXAMPLE.COM'. Canonical type values of 'work', 'home', and 'other'."),
      typeSubAttribute("A label indicating the attribute's function, e.g., 'work' or 'home'.", ["work", "home", "other"]),
      "the preferred mailing address or primary email address"),
    multiValued("phoneNumbers", "Phone numbers for the User.  The value SHOULD be canonicalized by the service provider according to the format specified in RFC 3966, e.g., 'tel:+1-201-555-0123'. Canonical type values of 'work', 'home', 'mobile', 'fax', 'pager', and 'other'.",
      attribute("string", "value", "Phone number of the User."),
      typeSubAttribute("A label indicating the attribute's function, e.g., 'work', 'home', 'mobile'.", ["work", "home", "mobile", "fax", "pager", "other"]),
      "the preferred phone number or primary phone number"),
    multiValued("ims", "Instant messaging addresses for the User.",
      attribute("string", "value", "Instant messaging address for the User."),
      typeSubAttribute("A label indicating the attribute's function, e.g., 'aim', 'gtalk', 'xmpp'.", ["aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"]),
      "the preferred messenger or primary messenger"),
    multiValued("photos", "URLs of photos of the User.",
      attribute("reference", "value", "URL of a photo of the User.", { referenceTypes: ["external"], caseExact: true }),
      typeSubAttribute("A label indicating the attribute's function, i.e., 'photo' or 'thumbnail'.", ["photo", "thumbnail"]),
      "the preferred photo or thumbnail"),
    complexAttribute("addresses", "A physical mailing address for this User. Canonical type values of 'work', 'home', and 'other'.  This attribute is a complex type with the following sub-attributes.", [
      ...addressParts.map(([part, text]) => attribute("string", part, text)),
      typeSubAttribute("A label indicating the attribute's function, e.g., 'work' or 'home'.", ["work", "home", "other"]),
      primarySubAttribute("the preferred mailing address or primary email address"),
    ], { multiValued: true }),
    complexAttribute("groups", "A list of groups to which the user belongs, either through direct membership, through nested groups, or dynamically calculated.", [
      attribute("string", "value", "The identifier of the User's group.", { caseExact: true, ...readOnly }),
      attribute("reference", "$ref", "The URI of the corresponding 'Group' resource to which the user belongs.", { referenceTypes: ["Group"], caseExact: true, ...readOnly }),
      displaySubAttribute(readOnly),
      attribute("string", "type", "A label indicating the attribute's function, e.g., 'direct' or 'indirect'.", { canonicalValues: ["direct", "indirect"], ...readOnly }),
    ], { multiValued: true, ...readOnly }),
    multiValued("entitlements", "A list of entitlements for the User that represent a thing the User has.",
      attribute("string", "value", "The value of an entitlement."),
      typeSubAttribute("A label indicating the attribute's function.")),
    multiValued("roles", "A list of roles for the User that collectively represent who the User is, e.g., 'Student', 'Faculty'.",
      attribute("string", "value", "The value of a role."),
      typeSubAttribute("A label indicating the attribute's function.")),
    multiValued("x509Certificates", "A list of certificates issued to the User.",
      attribute("binary", "value", "The value of an X.509 certificate.", { caseExact: true }),
      typeSubAttribute("A label indicating the attribute's function.")),
  ],
};
