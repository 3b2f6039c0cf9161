import type { ScimClient } from "../../client/index.js";
import type { DeviationInput } from "../../client/deviations.js";
import { filter } from "../../scim/filter/index.js";
import type { Group } from "../../scim/group.js";
import { askAnotherWay } from "./members-of.js";

/** One group a user belongs to: its id (`value`) and, when known, its `display` name. */
export interface UserGroup {
  value: string;
  display?: string;
}

/** The rule a server that does not derive `groups` breaks, as `client.deviations` records it. */
export const derivedGroupsRule = "A User's groups attribute is derived by the server from the Groups' members";

/** The deviation of a server whose User `groups` leaves out groups the user is a member of. */
export function notDerivedDeviation(userName: string, groupNames: readonly string[]): DeviationInput {
  return {
    kind: "violation",
    rule: derivedGroupsRule,
    rfc: "RFC 7643 §4.1.2",
    item: `User ${userName}`,
    detail: `a member of ${groupNames.join(", ")}, which its groups leaves out`,
  };
}

/**
 * The groups that have `userId` among their members, read from the groups: with the filter
 * `members.value eq "<id>"` (RFC 7644 §3.4.2.2), or, when the server refuses it, every group.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export async function groupsHolding(client: ScimClient, userId: string): Promise<Group[]> {
  const holds = (group: Group) => (group.members ?? []).some((member) => member.value === userId);
  try {
    const found: Group[] = [];
    for await (const group of client.groups.all({ filter: filter.eq("members.value", userId) })) found.push(group);
    if (found.every(holds)) return found;
  } catch (error) {
    if (!askAnotherWay(error)) throw error;
  }
  const holding: Group[] = [];
  for await (const group of client.groups.all()) if (holds(group)) holding.push(group);
  return holding;
}

/**
 * The groups a user belongs to: the user's `groups`, which the server derives from the groups' members
 * (RFC 7643 §4.1.2). On a server that does not fill it in, membership is read from the groups instead,
 * and, when the user turns out to be a member of some, the deviation is recorded in `client.deviations`.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export async function groupsOf(client: ScimClient, userId: string): Promise<UserGroup[]> {
  const user = await client.users.get(userId);
  const derived = (user.groups ?? []).filter((group) => typeof group.value === "string" && group.value !== "");
  if (derived.length > 0) {
    return derived.map((group) => ({ value: group.value as string, ...(group.display === undefined ? {} : { display: group.display }) }));
  }
  const holding = await groupsHolding(client, userId);
  if (holding.length > 0) client.recordDeviation(notDerivedDeviation(user.userName ?? userId, holding.map((group) => group.displayName ?? group.id ?? "?")));
  return holding.map((group) => ({ value: group.id as string, display: group.displayName }));
}
