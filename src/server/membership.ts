import { InvalidValueError } from "../scim/errors.js";
import type { Directory, ScimResource } from "./directory.js";

/**
 * Check and complete a Group's `members` (RFC 7643 §4.2) before it is stored:
 *
 * 1. every member's `value` must be the id of an existing User or Group,
 *    otherwise 400 invalidValue (a dangling member is refused, never stored);
 * 2. a `type` that is given must match the member's real type;
 * 3. a group cannot list itself;
 * 4. `type` and `$ref` are filled in and duplicates dropped (`display` is
 *    added when the group is read: the member's current displayName).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export function checkMembers(directory: Directory, group: ScimResource): void {
  if (group.members === undefined) return;
  const members = group.members as unknown[];
  const seen = new Set<string>();
  const result: Record<string, unknown>[] = [];
  for (const item of members) {
    const member = { ...(item as Record<string, unknown>) };
    const value = member.value;
    if (typeof value !== "string" || value === "") {
      throw new InvalidValueError("Every entry of members needs a \"value\": the id of a User or Group.", {
        hint: 'Send members as [{ "value": "<user id>" }].',
      });
    }
    // 1. The member exists.
    const type = directory.store.typeOf(value);
    if (type === undefined) {
      throw new InvalidValueError(`members: no User or Group with id "${value}" exists.`, {
        hint: "Create the member first (or use its id as returned by POST), then add it to the group.",
      });
    }
    // 2. Its type.
    if (typeof member.type === "string" && member.type.toLowerCase() !== type.toLowerCase()) {
      throw new InvalidValueError(`members: "${value}" is a ${type}, not a ${member.type}.`, {
        hint: `Leave "type" out or set it to "${type}".`,
      });
    }
    // 3. Not itself.
    if (value === group.id) {
      throw new InvalidValueError("A group cannot be a member of itself.", { hint: "Remove the group's own id from members." });
    }
    // 4. Complete, once per member.
    if (seen.has(value)) continue;
    seen.add(value);
    member.type = type;
    member.$ref = directory.location(type, value);
    delete member.display;
    result.push(member);
  }
  if (result.length === 0) delete group.members;
  else group.members = result;
}
