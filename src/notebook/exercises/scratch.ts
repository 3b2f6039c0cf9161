import type { ScimClient } from "../../client/index.js";
import { filter, type Filter } from "../../scim/filter/index.js";
import type { Group } from "../../scim/group.js";
import type { User } from "../../scim/user.js";
import type { UserInput } from "../../scim/user-input.js";
import { courseTag, findId } from "../../setup/course-setup.js";

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
  return withScratch(
    client.users,
    filter.eq("userName", userName),
    () => client.users.create({ ...input, userName, externalId: `${courseTag}check:${name}` }),
    use,
  );
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
  return withScratchGroupNamed(client, name, `scimlab check ${name}`, memberIds, use);
}

/**
 * The id of the user with this `userName`, if the server has one.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export async function findUserId(client: ScimClient, userName: string): Promise<string | undefined> {
  return findId(client.users, "userName", userName);
}

/**
 * The life of a scratch resource: delete the leftovers that `leftovers`
 * matches, `create` a new one, run `use` on it, then delete it.
 */
async function withScratch<T extends { id?: string }, R>(
  endpoint: ScimClient["users"] | ScimClient["groups"],
  leftovers: Filter,
  create: () => Promise<T>,
  use: (resource: T) => Promise<R>,
): Promise<R> {
  const found = await endpoint.list({ filter: leftovers, attributes: ["id"] });
  await Promise.all(found.Resources.map((resource) => deleteQuietly(() => endpoint.delete(resource.id as string))));
  const resource = await create();
  try {
    return await use(resource);
  } finally {
    await deleteQuietly(() => endpoint.delete(resource.id as string));
  }
}

async function deleteQuietly(remove: () => Promise<unknown>): Promise<void> {
  try {
    await remove();
  } catch {
    // Already gone, or the server refuses: a scratch resource left behind is harmless and tagged for reset.
  }
}

/**
 * Run `use` on a throwaway group with its own `displayName` (a decoy whose
 * name resembles a story group's, say), with `memberIds` as members, then
 * delete it. Tagged and cleaned up like {@link withScratchUser}.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export async function withScratchGroupNamed<R>(
  client: ScimClient,
  name: string,
  displayName: string,
  memberIds: string[],
  use: (group: Group) => Promise<R>,
): Promise<R> {
  const externalId = `${courseTag}check:${name}`;
  return withScratch(
    client.groups,
    filter.eq("externalId", externalId),
    () => client.groups.create({ displayName, externalId, members: memberIds.map((value) => ({ value })) }),
    use,
  );
}
