import type { ScimClient } from "../../client/index.js";
import { SchemaUrn } from "../../scim/urns.js";
import type { User } from "../../scim/user.js";
import { NotAttempted } from "../check-errors.js";
import { findUserId } from "./scratch.js";

/**
 * The ids of these storyline users, by userName; a check is not attempted
 * while one of them is missing.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export async function storyIds(client: ScimClient, userNames: string[]): Promise<string[]> {
  const ids = await Promise.all(userNames.map((userName) => findUserId(client, userName)));
  const missing = userNames.filter((_, i) => ids[i] === undefined);
  if (missing.length > 0) {
    throw new NotAttempted(`${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not on the server yet: run the chapter's setup cell first.`);
  }
  return ids as string[];
}

/**
 * Every user (every page), or every user matching `text`; with `attributes`
 * when given. (Checks that look at the Enterprise extension read whole users:
 * scimmy 1.3.5 fails on `attributes` naming an extension attribute.)
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
 */
export async function allUsers(client: ScimClient, text?: string, attributes?: string[]): Promise<User[]> {
  const users: User[] = [];
  const query = { ...(text === undefined ? {} : { filter: text }), ...(attributes === undefined ? {} : { attributes }) };
  for await (const user of client.users.all(query)) users.push(user);
  return users;
}

/**
 * The id in a user's Enterprise `manager.value`, or undefined when the
 * manager is unassigned (RFC 7643 §2.5).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export function managerIdOf(user: User): string | undefined {
  const enterprise = (user as Record<string, unknown>)[SchemaUrn.EnterpriseUser] as { manager?: { value?: unknown } } | undefined;
  const value = enterprise?.manager?.value;
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Whether two lists of ids hold the same ids, in any order (each list without repeats). */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
