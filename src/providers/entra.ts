import { SchemaUrn } from "../scim/urns.js";
import type { ProviderSequence, ProviderStep } from "./types.js";

/** "Tutorial: Develop and plan provisioning for a SCIM endpoint": the requests Entra ID sends. */
export const ENTRA_TUTORIAL = "https://learn.microsoft.com/en-us/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups";
/** "Known issues and resolutions with SCIM 2.0 protocol compliance": the aadOptscim062020 flag. */
export const ENTRA_COMPATIBILITY =
  "https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-config-problem-scim-compatibility";

const PATCH_OP = [SchemaUrn.PatchOp];
const ENTERPRISE = SchemaUrn.EnterpriseUser;
const ADSCIM_GROUP = "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";
const patch = (...operations: unknown[]) => ({ schemas: PATCH_OP, Operations: operations });

/** Steps both variants send alike: look up, create, read (the flag changes no POST or GET). */
const findAndCreateUser: ProviderStep[] = [
  {
    id: "get-user-by-username",
    title: "Look for the user by userName before creating it",
    method: "GET",
    path: `/Users?filter=userName eq "{userName}"`,
    expectStatus: [200],
    forms: [],
  },
  {
    id: "create-user",
    title: "Create the user (with the Enterprise extension)",
    method: "POST",
    path: "/Users",
    body: {
      schemas: [SchemaUrn.User, ENTERPRISE],
      externalId: "{userName}-entra-object-id",
      userName: "{userName}",
      active: true,
      emails: [{ primary: true, type: "work", value: "{userName}@example.com" }],
      meta: { resourceType: "User" },
      name: { formatted: "Test User", familyName: "User", givenName: "Test" },
      roles: [],
    },
    expectStatus: [201],
    forms: [],
    captures: { userId: "id" },
    note: `Entra sends "meta" (readOnly, ignored, RFC 7643 §3.1) and an empty "roles".`,
  },
  {
    id: "get-user",
    title: "Read the user back by id",
    method: "GET",
    path: "/Users/{userId}",
    expectStatus: [200],
    forms: [],
  },
  {
    id: "get-user-by-work-email",
    title: `Match the user on the work email (when the matching attribute is emails[type eq "work"].value)`,
    method: "GET",
    path: `/Users?filter=emails[type eq "work"].value eq "{userName}@example.com"`,
    expectStatus: [200],
    forms: ["filter-value-path-then-attribute"],
    note: `The tutorial: "Use userName or emails[type eq "work"] attributes to query users."`,
  },
];

/** Group steps both variants send alike. */
const createAndFindGroup: ProviderStep[] = [
  {
    id: "create-group",
    title: "Create the group (always with an empty member list)",
    method: "POST",
    path: "/Groups",
    body: {
      schemas: [SchemaUrn.Group, ADSCIM_GROUP],
      externalId: "{userName}-entra-group-id",
      displayName: "{userName} team",
      meta: { resourceType: "Group" },
    },
    expectStatus: [201],
    forms: ["group-schema-adscim"],
    captures: { groupId: "id" },
  },
  {
    id: "get-group",
    title: "Read the group without its members",
    method: "GET",
    path: "/Groups/{groupId}?excludedAttributes=members",
    expectStatus: [200],
    forms: [],
  },
  {
    id: "get-group-by-display-name",
    title: "Look for the group by displayName",
    method: "GET",
    path: `/Groups?excludedAttributes=members&filter=displayName eq "{userName} team"`,
    expectStatus: [200],
    forms: [],
  },
  {
    id: "add-member",
    title: "Add the user to the group",
    method: "PATCH",
    path: "/Groups/{groupId}",
    body: patch({ op: "Add", path: "members", value: [{ $ref: null, value: "{userId}" }] }),
    expectStatus: [200, 204],
    forms: ["op-capitalised"],
    note: `Not among the four requests the aadOptscim062020 flag changes, so sent alike with and without it.`,
  },
  {
    id: "rename-group",
    title: "Rename the group",
    method: "PATCH",
    path: "/Groups/{groupId}",
    body: patch({ op: "Replace", path: "displayName", value: "{userName} team (renamed)" }),
    expectStatus: [200, 204],
    forms: ["op-capitalised"],
  },
];

const deleteBoth: ProviderStep[] = [
  { id: "delete-group", title: "Delete the group", method: "DELETE", path: "/Groups/{groupId}", expectStatus: [204], forms: [] },
  {
    id: "delete-user",
    title: "Delete the user (after the soft-deleted user is purged)",
    method: "DELETE",
    path: "/Users/{userId}",
    expectStatus: [204],
    forms: [],
  },
];

/**
 * What Microsoft Entra ID sends by default (the `scim` provisioning job
 * without flags): title-case `op`, `"False"` as a string, member removal
 * with a value array, and matching on the work email with a value path
 * followed by `.value eq`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const entraDefault: ProviderSequence = {
  provider: "Microsoft Entra ID",
  variant: "default",
  source: ENTRA_TUTORIAL,
  sources: [ENTRA_COMPATIBILITY],
  steps: [
    ...findAndCreateUser,
    {
      id: "update-user",
      title: "Update several attributes (one operation per attribute)",
      method: "PATCH",
      path: "/Users/{userId}",
      body: patch(
        { op: "Replace", path: "displayName", value: "Pvlo" },
        { op: "Replace", path: `emails[type eq "work"].value`, value: "{userName}.updated@example.com" },
        { op: "Replace", path: "name.givenName", value: "Gtfd" },
        { op: "Replace", path: "name.familyName", value: "Pkqf" },
        { op: "Replace", path: "externalId", value: "{userName}-eqpj" },
        { op: "Replace", path: `${ENTERPRISE}:employeeNumber`, value: "Eqpj" },
      ),
      expectStatus: [200, 204],
      forms: ["op-capitalised"],
    },
    {
      id: "add-attribute",
      title: "Add a single-value string attribute",
      method: "PATCH",
      path: "/Users/{userId}",
      body: patch({ op: "Add", path: "nickName", value: "Babs" }),
      expectStatus: [200, 204],
      forms: ["op-capitalised"],
    },
    {
      id: "deactivate-user",
      title: "Deactivate the user (soft delete)",
      method: "PATCH",
      path: "/Users/{userId}",
      body: patch({ op: "Replace", path: "active", value: "False" }),
      expectStatus: [200, 204],
      forms: ["op-capitalised", "boolean-as-string"],
    },
    ...createAndFindGroup,
    {
      id: "remove-member",
      title: "Remove the user from the group",
      method: "PATCH",
      path: "/Groups/{groupId}",
      body: patch({ op: "Remove", path: "members", value: [{ $ref: null, value: "{userId}" }] }),
      expectStatus: [200, 204],
      forms: ["op-capitalised", "remove-members-with-value"],
    },
    ...deleteBoth,
  ],
};

/**
 * What Microsoft Entra ID sends with the `aadOptscim062020` flag in the
 * tenant URL. The flag changes four requests (disable a user, add a
 * single-value attribute, replace several attributes, remove a member): they
 * become RFC-valid, except the no-path replace keyed by attribute paths.
 * The other requests are sent as by default.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const entraScim062020: ProviderSequence = {
  provider: "Microsoft Entra ID",
  variant: "aadOptscim062020",
  source: ENTRA_COMPATIBILITY,
  sources: [ENTRA_TUTORIAL],
  steps: [
    ...findAndCreateUser,
    {
      id: "update-user",
      title: "Update several attributes (one no-path replace keyed by attribute paths)",
      method: "PATCH",
      path: "/Users/{userId}",
      body: patch(
        { op: "replace", path: `emails[type eq "work"].value`, value: "{userName}.updated@example.com" },
        {
          op: "replace",
          value: {
            displayName: "Bjfe",
            "name.givenName": "Kkom",
            "name.familyName": "Unua",
            [`${ENTERPRISE}:employeeNumber`]: "Aklq",
          },
        },
      ),
      expectStatus: [200, 204],
      forms: ["no-path-dotted-keys"],
    },
    {
      id: "add-attribute",
      title: "Add a single-value string attribute",
      method: "PATCH",
      path: "/Users/{userId}",
      body: patch({ op: "add", path: "nickName", value: "Babs" }),
      expectStatus: [200, 204],
      forms: [],
    },
    {
      id: "deactivate-user",
      title: "Deactivate the user (soft delete)",
      method: "PATCH",
      path: "/Users/{userId}",
      body: patch({ op: "replace", path: "active", value: false }),
      expectStatus: [200, 204],
      forms: [],
    },
    ...createAndFindGroup,
    {
      id: "remove-member",
      title: "Remove the user from the group",
      method: "PATCH",
      path: "/Groups/{groupId}",
      body: patch({ op: "remove", path: `members[value eq "{userId}"]` }),
      expectStatus: [200, 204],
      forms: [],
    },
    ...deleteBoth,
  ],
};
