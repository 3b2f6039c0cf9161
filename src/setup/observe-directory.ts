import type { ScimClient } from "../client/index.js";
import { filter, type Filter } from "../scim/filter/index.js";
import type { Group } from "../scim/group.js";
import type { User } from "../scim/user.js";
import { castPeople, type Cast } from "./cast.js";
import { mapPool } from "./pool.js";
import { StoryGroup, type StoryGroupName } from "./storyline.js";

/**
 * The prefix of the `externalId` that marks a resource as made by the course
 * (`"scimlab:…"`): scratch users and groups of exercise checks, throwaway
 * accounts of the chapters. Every reset to a checkpoint deletes them.
 */
export const courseTag = "scimlab:";

/** The storyline's part of a server's directory, as read with plain SCIM queries. */
export interface ObservedDirectory {
  /** The storyline people the server has, by userName (the directory's, whatever the server's is now). */
  readonly people: ReadonlyMap<string, User>;
  /** The storyline groups the server has, by displayName: every group of that name (a name is not unique). */
  readonly groups: ReadonlyMap<StoryGroupName, readonly Group[]>;
  /** The ids of the users and groups tagged with {@link courseTag}. */
  readonly scratch: { readonly users: readonly string[]; readonly groups: readonly string[] };
  /** The storyline userName of a server id, when the id is one of the storyline people. */
  userNameOf(id: string): string | undefined;
}

/** How many requests the setup keeps in flight. */
export const setupConcurrency = 8;

/**
 * Read the storyline's part of the directory: each person found by their
 * immutable key (`externalId eq` their entryUUID) and, failing that, by
 * `userName eq`; each storyline group by `displayName eq`; the course's
 * scratch resources by `externalId sw "scimlab:"`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export async function observeDirectory(client: ScimClient, cast: Cast): Promise<ObservedDirectory> {
  const everyone = castPeople(cast);
  const found = await mapPool(everyone, setupConcurrency, async (member) => {
    const byKey = await matching(client.users, filter.eq("externalId", member.entryUUID));
    return byKey[0] ?? (await matching(client.users, filter.eq("userName", member.user.userName)))[0];
  });
  const people = new Map<string, User>();
  everyone.forEach((member, i) => {
    const user = found[i];
    if (user !== undefined) people.set(member.user.userName, user);
  });
  const groupNames = Object.values(StoryGroup);
  const groupLists = await mapPool(groupNames, setupConcurrency, (name) => matching(client.groups, filter.eq("displayName", name)));
  const groups = new Map(groupNames.map((name, i) => [name, groupLists[i] ?? []]));
  const tagged = filter.sw("externalId", courseTag);
  const [scratchUsers, scratchGroups] = await Promise.all([matching(client.users, tagged), matching(client.groups, tagged)]);
  const byId = new Map([...people].map(([userName, user]) => [user.id as string, userName]));
  return {
    people,
    groups,
    scratch: { users: scratchUsers.map((user) => user.id as string), groups: scratchGroups.map((group) => group.id as string) },
    userNameOf: (id) => byId.get(id),
  };
}

/**
 * Every resource matching `query`, every page. A server that refuses the
 * filter (400: no `sw`, no `externalId` filtering) matches nothing, so the
 * setup falls back (to `userName eq`) or leaves those resources alone.
 */
async function matching<T>(endpoint: { all(query: { filter: Filter }): AsyncIterable<T> }, query: Filter): Promise<T[]> {
  const results: T[] = [];
  try {
    for await (const resource of endpoint.all({ filter: query })) results.push(resource);
  } catch (error) {
    if ((error as { status?: unknown }).status !== 400) throw error;
  }
  return results;
}
