import type { ScimClient } from "../../client/index.js";
import type { Group } from "../../scim/group.js";
import type { User } from "../../scim/user.js";
import type { UserInput } from "../../scim/user-input.js";
import { courseTag } from "../../setup/course-setup.js";

/**
 * Run `use` on a throwaway user made for one check, then delete it.
 *
 * Checks that must see what an answer *does* (a PATCH, say) apply it to a
 * scratch resource rather than to the story's people. The user is tagged
 * with the course's `externalId` prefix, so `courseSetup({ reset: true })`
 * cleans up after an interrupted check, and a leftover from an earlier run
 * is deleted before a new one is created.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export async function withScratchUser<R>(
  client: ScimClient,
  name: string,
  input: Omit<UserInput, "userName" | "externalId">,
  use: (user: User) => Promise<R>,
): Promise<R> {
  const userName = `scimlab-check-${name}`;
  const leftovers = await client.users.list({ filter: `userName eq ${JSON.stringify(userName)}`, attributes: ["id"] });
  await Promise.all(leftovers.Resources.map((user) => deleteQuietly(() => client.users.delete(user.id as string))));
  const user = await client.users.create({ ...input, userName, externalId: `${courseTag}check:${name}` });
  try {
    return await use(user);
  } finally {
    await deleteQuietly(() => client.users.delete(user.id as string));
  }
}

/**
 * Run `use` on a throwaway group made for one check, with `memberIds` as
 * members, then delete it. Tagged and cleaned up like {@link withScratchUser}.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export async function withScratchGroup<R>(
  client: ScimClient,
  name: string,
  memberIds: string[],
  use: (group: Group) => Promise<R>,
): Promise<R> {
  const externalId = `${courseTag}check:${name}`;
  const leftovers = await client.groups.list({ filter: `externalId eq ${JSON.stringify(externalId)}`, attributes: ["id"] });
  await Promise.all(leftovers.Resources.map((group) => deleteQuietly(() => client.groups.delete(group.id as string))));
  const group = await client.groups.create({
    displayName: `scimlab check ${name}`,
    externalId,
    members: memberIds.map((value) => ({ value })),
  });
  try {
    return await use(group);
  } finally {
    await deleteQuietly(() => client.groups.delete(group.id as string));
  }
}

/** The id of the user with this `userName`, if the server has one. */
export async function findUserId(client: ScimClient, userName: string): Promise<string | undefined> {
  const page = await client.users.list({ filter: `userName eq ${JSON.stringify(userName)}`, attributes: ["id"] });
  return page.Resources[0]?.id;
}

async function deleteQuietly(remove: () => Promise<unknown>): Promise<void> {
  try {
    await remove();
  } catch {
    // Already gone, or the server refuses: a scratch resource left behind is harmless and tagged for reset.
  }
}
