import type { FormId, ProviderForm } from "./types.js";

const ENTRA = "Microsoft Entra ID" as const;
const OKTA = "Okta" as const;

/**
 * The catalogue of the forms identity providers send that RFC 7644 does not
 * define (`conforms: false`), or that are RFC-valid but often mishandled by
 * service providers (`conforms: true`). Each sequence step lists the forms it
 * uses (entra.ts, okta.ts); a test holds every listed form to this catalogue.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export const providerForms: readonly ProviderForm[] = [
  {
    id: "op-capitalised",
    provider: ENTRA,
    example: `{"op": "Replace", "path": "displayName", "value": "…"}`,
    description: `"op" in title case ("Add", "Replace", "Remove"); RFC 7644 defines the lower-case values only.`,
    rfc: "RFC 7644 §3.5.2",
    rfcForm: `{"op": "replace", "path": "displayName", "value": "…"}`,
    conforms: false,
  },
  {
    id: "boolean-as-string",
    provider: ENTRA,
    example: `{"op": "Replace", "path": "active", "value": "False"}`,
    description: `A boolean attribute's value sent as the string "True" or "False"; RFC 7643 §2.3.2 booleans are the JSON literals true and false.`,
    rfc: "RFC 7643 §2.3.2",
    rfcForm: `{"op": "replace", "path": "active", "value": false}`,
    conforms: false,
  },
  {
    id: "remove-members-with-value",
    provider: ENTRA,
    example: `{"op": "Remove", "path": "members", "value": [{"value": "2819c223…"}]}`,
    description:
      `A remove whose path is "members" and whose value lists the members to remove. RFC 7644 §3.5.2.2 gives remove no value: ` +
      `path "members" alone means "remove every member", so the member to remove belongs in a filter.`,
    rfc: "RFC 7644 §3.5.2.2",
    rfcForm: `{"op": "remove", "path": "members[value eq \\"2819c223…\\"]"}`,
    conforms: false,
  },
  {
    id: "no-path-dotted-keys",
    provider: ENTRA,
    example: `{"op": "replace", "value": {"name.givenName": "…", "urn:…:enterprise:2.0:User:employeeNumber": "…"}}`,
    description:
      `A replace (or add) without "path" whose value object is keyed by attribute paths ("name.givenName", a full extension ` +
      `attribute URN) instead of attributes: RFC 7644 §3.5.2.3 wants the value to be a resource fragment, {"name": {"givenName": …}}.`,
    rfc: "RFC 7644 §3.5.2.3",
    rfcForm: `{"op": "replace", "value": {"name": {"givenName": "…"}, "urn:…:enterprise:2.0:User": {"employeeNumber": "…"}}}`,
    conforms: false,
  },
  {
    id: "filter-value-path-then-attribute",
    provider: ENTRA,
    example: `filter=emails[type eq "work"].value eq "pam@example.com"`,
    description:
      `A filter that follows a value path with a sub-attribute and a comparison. RFC 7644 §3.4.2.2's grammar allows ` +
      `attrPath op value or attrPath[valFilter], not both.`,
    rfc: "RFC 7644 §3.4.2.2",
    rfcForm: `filter=emails[type eq "work" and value eq "pam@example.com"]`,
    conforms: false,
  },
  {
    id: "group-schema-adscim",
    provider: ENTRA,
    example: `"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group", "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"]`,
    description:
      `A Group created with Microsoft's ADSCIM Group schema URI in "schemas", a schema the Group resource type does not declare ` +
      `(RFC 7643 §3: "schemas" lists the resource's base schema and its declared extensions).`,
    rfc: "RFC 7643 §3",
    rfcForm: `"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"]`,
    conforms: false,
  },
  {
    id: "patch-without-schemas",
    provider: "others",
    example: `{"Operations": [{"op": "replace", "path": "active", "value": false}]}`,
    description: `A PATCH body without "schemas"; RFC 7644 §3.5.2: it "MUST contain the "schemas" attribute" with the PatchOp URN.`,
    rfc: "RFC 7644 §3.5.2",
    rfcForm: `{"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": […]}`,
    conforms: false,
  },
  {
    id: "no-path-replace-with-id",
    provider: OKTA,
    example: `{"op": "replace", "value": {"id": "abf4dd94…", "displayName": "…"}}`,
    description:
      `A replace without "path" whose value repeats the resource's "id". "id" is readOnly (RFC 7643 §3.1) and "SHALL NOT be ` +
      `modified"; sent with the value it has, it is not modified, so this is RFC-valid, but servers that refuse any readOnly ` +
      `attribute in a PATCH value fail Okta's group rename.`,
    rfc: "RFC 7644 §3.5.2",
    rfcForm: `{"op": "replace", "value": {"displayName": "…"}}`,
    conforms: true,
  },
  {
    id: "replace-no-path-active",
    provider: OKTA,
    example: `{"op": "replace", "value": {"active": false}}`,
    description:
      `Deactivation as a replace without "path": RFC-valid (RFC 7644 §3.5.2.3, the value is a resource fragment), ` +
      `but servers that only read "path" ignore it and leave a leaver active.`,
    rfc: "RFC 7644 §3.5.2.3",
    rfcForm: `{"op": "replace", "value": {"active": false}} (as sent)`,
    conforms: true,
  },
  {
    id: "replace-members-empty",
    provider: OKTA,
    example: `{"op": "replace", "path": "members", "value": []}`,
    description:
      `Replace the whole member list, here with none: RFC-valid (RFC 7644 §3.5.2.3 replaces all values; an empty array is ` +
      `unassigned, RFC 7643 §2.5), and it does empty the group.`,
    rfc: "RFC 7644 §3.5.2.3",
    rfcForm: `{"op": "replace", "path": "members", "value": []} (as sent)`,
    conforms: true,
  },
  {
    id: "get-then-put",
    provider: OKTA,
    example: `GET /Users/{id}, then PUT /Users/{id} with the whole User (id, meta and groups included)`,
    description:
      `Every update as a read followed by a full replace: RFC-valid (RFC 7644 §3.5.1), with readOnly attributes such as ` +
      `"id", "meta" and "groups" in the body, which the server "SHALL" ignore.`,
    rfc: "RFC 7644 §3.5.1",
    rfcForm: `PUT with the whole resource (as sent)`,
    conforms: true,
  },
];

/** The catalogue entry of `id`. */
export function providerForm(id: FormId): ProviderForm {
  const form = providerForms.find((entry) => entry.id === id);
  if (form === undefined) throw new TypeError(`No provider form "${id}" in the catalogue (src/providers/forms.ts).`);
  return form;
}
