import { ResponseValidationError, type ScimClient } from "../../client/index.js";
import { isScimError } from "../../scim/errors.js";
import type { GroupMember } from "../../scim/group.js";

/** The server refused the question (400, 501) or answered it unusably: ask another way. */
export function askAnotherWay(error: unknown): boolean {
  if (error instanceof ResponseValidationError) return true;
  return isScimError(error) && (error.status === 400 || error.status === 501);
}

/**
 * The members of a group, asked for alone with `attributes=members` (RFC 7644 §3.9). When the server
 * answers hollow members (items without their `value`), refuses the parameter, or answers something the
 * client cannot read, the whole group is read instead: the members are the same, the answer is bigger.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export async function membersOf(client: ScimClient, groupId: string): Promise<GroupMember[]> {
  try {
    const partial = await client.groups.get(groupId, { attributes: ["members"] });
    const members = partial.members ?? [];
    if (members.every((member) => typeof member.value === "string" && member.value !== "")) return members;
  } catch (error) {
    if (!askAnotherWay(error)) throw error;
  }
  return (await client.groups.get(groupId)).members ?? [];
}
