import { SchemaUrn } from "../scim/urns.js";
import type { ProviderSequence, ProviderStep } from "./types.js";

/** Okta's "SCIM 2.0 protocol reference": the requests Okta sends. */
export const OKTA_SCIM_REFERENCE = "https://developer.okta.com/docs/reference/scim/scim-20/";

const PATCH_OP = [SchemaUrn.PatchOp];
const patch = (...operations: unknown[]) => ({ schemas: PATCH_OP, Operations: operations });

/** The user as Okta holds it, for POST and for the PUT that follows a GET. */
const oktaUser = (extra: Record<string, unknown>) => ({
  schemas: [SchemaUrn.User],
  userName: "{userName}",
  name: { givenName: "Test", familyName: "User" },
  emails: [{ primary: true, value: "{userName}@example.com", type: "work" }],
  displayName: "Test User",
  locale: "en-US",
  externalId: "{userName}-okta-id",
  groups: [],
  active: true,
  ...extra,
});

const findCreateRead: ProviderStep[] = [
  {
    id: "get-user-by-username",
    title: "Look for the user by userName (the only filter Okta needs)",
    method: "GET",
    path: `/Users?filter=userName eq "{userName}"&startIndex=1&count=100`,
    expectStatus: [200],
    forms: [],
  },
  {
    id: "create-user",
    title: "Create the user with its application profile",
    method: "POST",
    path: "/Users",
    body: oktaUser({ password: "1mz050nq" }),
    expectStatus: [201],
    forms: [],
    captures: { userId: "id" },
    note: `Okta sends "groups": [] (readOnly, RFC 7643 §4.1.2) and a "password" (writeOnly, never returned).`,
  },
  {
    id: "get-user",
    title: "Read the user before changing it (the GET of GET-then-PUT)",
    method: "GET",
    path: "/Users/{userId}",
    expectStatus: [200],
    forms: ["get-then-put"],
  },
  {
    id: "update-user",
    title: "Update a profile attribute: the whole user, changed, with PUT",
    method: "PUT",
    path: "/Users/{userId}",
    body: oktaUser({ id: "{userId}", name: { givenName: "Another", middleName: "Excited", familyName: "User" }, meta: { resourceType: "User" } }),
    expectStatus: [200],
    forms: ["get-then-put"],
  },
];

const createGroup: ProviderStep = {
  id: "create-group",
  title: "Push the group (created with no members)",
  method: "POST",
  path: "/Groups",
  body: { schemas: [SchemaUrn.Group], displayName: "{userName} team", members: [] },
  expectStatus: [201],
  forms: [],
  captures: { groupId: "id" },
};

const deleteGroup: ProviderStep = {
  id: "delete-group",
  title: "Unlink the pushed group, deleting it in the app",
  method: "DELETE",
  path: "/Groups/{groupId}",
  expectStatus: [204],
  forms: [],
};

/**
 * What Okta sends to an Okta Integration Network (OIN) app: profile updates
 * as GET then PUT; activation and deactivation as a replace without path;
 * group name and membership with PATCH (including a full `replace` of
 * `members`). Okta never sends DELETE for a user.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const oktaOin: ProviderSequence = {
  provider: "Okta",
  variant: "OIN app",
  source: OKTA_SCIM_REFERENCE,
  steps: [
    ...findCreateRead,
    {
      id: "deactivate-user",
      title: "Deactivate the user (replace without path)",
      method: "PATCH",
      path: "/Users/{userId}",
      body: patch({ op: "replace", value: { active: false } }),
      expectStatus: [200, 204],
      forms: ["replace-no-path-active"],
    },
    createGroup,
    {
      id: "rename-group",
      title: "Update the group name (sent with every membership update)",
      method: "PATCH",
      path: "/Groups/{groupId}",
      body: patch({ op: "replace", value: { id: "{groupId}", displayName: "{userName} team (renamed)" } }),
      expectStatus: [200, 204],
      forms: ["no-path-replace-with-id"],
    },
    {
      id: "add-member",
      title: "Add the user to the group",
      method: "PATCH",
      path: "/Groups/{groupId}",
      body: patch({ op: "add", path: "members", value: [{ value: "{userId}", display: "{userName}" }] }),
      expectStatus: [200, 204],
      forms: [],
    },
    {
      id: "remove-member",
      title: "Remove the user from the group (a filter on members)",
      method: "PATCH",
      path: "/Groups/{groupId}",
      body: patch({ op: "remove", path: `members[value eq "{userId}"]` }),
      expectStatus: [200, 204],
      forms: [],
    },
    {
      id: "push-members",
      title: "Push the whole membership (replace members)",
      method: "PATCH",
      path: "/Groups/{groupId}",
      body: patch({ op: "replace", path: "members", value: [{ value: "{userId}", display: "{userName}" }] }),
      expectStatus: [200, 204],
      forms: [],
    },
    {
      id: "push-no-members",
      title: "Push an empty membership (replace members with [])",
      method: "PATCH",
      path: "/Groups/{groupId}",
      body: patch({ op: "replace", path: "members", value: [] }),
      expectStatus: [200, 204],
      forms: ["replace-members-empty"],
      note: "The documented full push with no member left: every member is removed.",
    },
    deleteGroup,
  ],
};

/**
 * What Okta sends to a custom app made with the App Integration Wizard
 * (AIW): every update of a user or a group, deactivation included, as a PUT
 * of the whole resource after a GET.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export const oktaAiw: ProviderSequence = {
  provider: "Okta",
  variant: "App Integration Wizard app",
  source: OKTA_SCIM_REFERENCE,
  steps: [
    ...findCreateRead,
    {
      id: "deactivate-user",
      title: "Deactivate the user: the whole user with active false, with PUT",
      method: "PUT",
      path: "/Users/{userId}",
      body: oktaUser({ id: "{userId}", name: { givenName: "Another", middleName: "Excited", familyName: "User" }, active: false }),
      expectStatus: [200],
      forms: ["get-then-put"],
    },
    createGroup,
    {
      id: "add-member",
      title: "Rename the group and add the user: the whole group with PUT",
      method: "PUT",
      path: "/Groups/{groupId}",
      body: {
        schemas: [SchemaUrn.Group],
        id: "{groupId}",
        displayName: "{userName} team (renamed)",
        members: [{ value: "{userId}", display: "{userName}" }],
      },
      expectStatus: [200],
      forms: ["get-then-put"],
      note: "The reference says AIW apps get group updates as PUT; it shows no body, so this is the whole Group (RFC 7644 §3.5.1).",
    },
    {
      id: "remove-member",
      title: "Remove the user: the whole group, without them, with PUT",
      method: "PUT",
      path: "/Groups/{groupId}",
      body: { schemas: [SchemaUrn.Group], id: "{groupId}", displayName: "{userName} team (renamed)", members: [] },
      expectStatus: [200],
      forms: ["get-then-put"],
    },
    deleteGroup,
  ],
};
