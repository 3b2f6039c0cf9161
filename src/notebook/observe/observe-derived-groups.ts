import type { ScimClient } from "../../client/index.js";
import { notDerivedDeviation } from "./groups-of.js";
import { membersOf } from "./members-of.js";
import { showFindings, showNothingToObserve, type Finding } from "./observation.js";

/** What {@link observeDerivedGroups} saw. */
export interface DerivedGroupsObservation {
  /** The user's `groups` lists the group (true), leaves it out though the user is a member (false), or the user is no member (undefined). */
  readonly derived: boolean | undefined;
  /** The user's `groups` as the server returned it. */
  readonly groups: readonly { value?: string; display?: string }[];
  readonly findings: readonly Finding[];
}

/**
 * Read a user and a group, and say whether the user's read-only `groups` follows the group's `members`,
 * as RFC 7643 §4.1.2 says it does. When the user is a member but `groups` leaves the group out, the
 * deviation is recorded in `client.deviations`. Sends two GETs (the group with `attributes=members`, or
 * whole when that comes back hollow).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export async function observeDerivedGroups(client: ScimClient, userId: string, groupId: string): Promise<DerivedGroupsObservation> {
  const user = await client.users.get(userId);
  const userName = user.userName ?? userId;
  const groups = user.groups ?? [];
  const listed = groups.find((group) => group.value === groupId);
  if (listed !== undefined) {
    const finding: Finding = {
      matches: true,
      did: `Your server lists ${listed.display ?? groupId} in ${userName}'s \`groups\`, derived from the group's members`,
      rfc: "RFC 7643 §4.1.2",
      says: "",
      embedded: "",
    };
    showFindings([finding]);
    return { derived: true, groups, findings: [finding] };
  }
  const isMember = (await membersOf(client, groupId)).some((member) => member.value === userId);
  if (!isMember) {
    showNothingToObserve(`${userName} is not a member of that group, so \`groups\` has nothing to derive from it.`);
    return { derived: undefined, groups, findings: [] };
  }
  const group = await client.groups.get(groupId, { attributes: ["displayName"] }).catch(() => undefined);
  const name = group?.displayName ?? groupId;
  client.recordDeviation(notDerivedDeviation(userName, [name]));
  const finding: Finding = {
    matches: false,
    did: `Your server does not list ${name} in ${userName}'s \`groups\`, though ${userName} is a member of it`,
    rfc: "RFC 7643 §4.1.2",
    says: "`groups` is read-only and derived by the server from the groups' `members`",
    embedded: "fills it in: each group with its `value`, `display` and `$ref`",
  };
  showFindings([finding]);
  return { derived: false, groups, findings: [finding] };
}
