import type { ScimClient } from "../client/index.js";
import type { Group } from "../scim/group.js";
import type { Cast } from "./cast.js";
import { expectedDirectory, storyUser, type ExpectedDirectory, type ExpectedGroup, type ExpectedPerson } from "./expected-directory.js";
import { observeDirectory, setupConcurrency, type ObservedDirectory } from "./observe-directory.js";
import { differingAttributes, personView } from "./person-view.js";
import { mapPool } from "./pool.js";
import { replaceCompletely } from "./put-leftovers.js";
import type { CheckpointId, StoryGroupName } from "./storyline.js";

/** The ids a chapter needs, as the server gave them. */
export interface StoryIds {
  /** The ids of the storyline people present, by userName (`users.mscott`). */
  users: Record<string, string>;
  /** The ids of the storyline groups present, by displayName. */
  groups: Record<string, string>;
}

/**
 * Bring the server to `checkpoint`, with plain SCIM requests only, touching
 * nothing outside the storyline and the course's scratch resources:
 *
 * 1. Read the storyline's part of the directory (`observeDirectory`).
 * 2. Delete the scratch resources, the storyline groups and people that do not
 *    exist yet at this checkpoint, and second copies of a storyline group.
 * 3. Create the people who are missing, managers before their reports
 *    (RFC 7644 §3.3), and replace with PUT those who differ from the story
 *    (RFC 7644 §3.5.1); on a server whose PUT merges, remove what the PUT
 *    left out with a PATCH, and record the deviation.
 * 4. Create or replace the storyline groups whose members differ.
 *
 * Idempotent: on a server already at the checkpoint it only reads.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export async function reachCheckpoint(client: ScimClient, checkpoint: CheckpointId, cast: Cast): Promise<StoryIds> {
  const expected = expectedDirectory(checkpoint, cast);
  const observed = await observeDirectory(client, cast);
  await removeWhatDoesNotBelong(client, expected, observed);
  const users = await ensurePeople(client, [...expected.people.values()], observed, true);
  const groups: Record<string, string> = {};
  for (const group of expected.groups.values()) {
    groups[group.displayName] = await ensureGroup(client, group, observed.groups.get(group.displayName)?.[0], users, true);
  }
  return { users, groups };
}

/**
 * Make sure the branch exists without changing anything already there:
 * create the employees who are missing, and the Dunder Mifflin group (with
 * the branch) if it is missing. Returns the ids of every storyline person and
 * group the server has.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export async function createWhatIsMissing(client: ScimClient, cast: Cast): Promise<StoryIds> {
  const branch = expectedDirectory("branch", cast);
  const observed = await observeDirectory(client, cast);
  const users = await ensurePeople(client, [...branch.people.values()], observed, false);
  for (const [userName, user] of observed.people) users[userName] ??= user.id as string;
  const groups: Record<string, string> = {};
  for (const [name, found] of observed.groups) if (found[0]?.id) groups[name] = found[0].id;
  for (const group of branch.groups.values()) {
    groups[group.displayName] ??= await ensureGroup(client, group, undefined, users, false);
  }
  return { users, groups };
}

/** Step 2 of {@link reachCheckpoint}: delete scratch resources and what the story has not made yet. */
async function removeWhatDoesNotBelong(client: ScimClient, expected: ExpectedDirectory, observed: ObservedDirectory) {
  const groupIds = [...observed.scratch.groups];
  for (const [name, found] of observed.groups) {
    const keep = expected.groups.has(name) ? 1 : 0;
    groupIds.push(...found.slice(keep).map((group) => group.id as string));
  }
  const userIds = [...observed.scratch.users];
  for (const userName of expected.absentPeople) {
    const user = observed.people.get(userName);
    if (user?.id) userIds.push(user.id);
  }
  await mapPool(groupIds, setupConcurrency, (id) => deleteIfPresent(() => client.groups.delete(id)));
  await mapPool(userIds, setupConcurrency, (id) => deleteIfPresent(() => client.users.delete(id)));
}

/**
 * Step 3 of {@link reachCheckpoint}: create the missing people (managers
 * first) and, when `replaceDifferent`, PUT those who differ from the story.
 * Returns the ids of `people` by userName.
 */
async function ensurePeople(
  client: ScimClient,
  people: ExpectedPerson[],
  observed: ObservedDirectory,
  replaceDifferent: boolean,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const person of people) {
    const id = observed.people.get(person.entry.user.userName)?.id;
    if (id) ids[person.entry.user.userName] = id;
  }
  let missing = people.filter((person) => ids[person.entry.user.userName] === undefined);
  while (missing.length > 0) {
    const ready = missing.filter((person) => !person.manager || ids[person.manager] !== undefined || !people.some((p) => p.entry.user.userName === person.manager));
    const batch = ready.length > 0 ? ready : missing;
    const created = await mapPool(batch, setupConcurrency, (person) => client.users.create(storyUser(person, ids)));
    batch.forEach((person, i) => (ids[person.entry.user.userName] = created[i]?.id as string));
    missing = missing.filter((person) => !batch.includes(person));
  }
  if (replaceDifferent) {
    const names = new Map(Object.entries(ids).map(([userName, id]) => [id, userName]));
    const nameOf = (id: string) => names.get(id);
    const different = people.filter((person) => {
      const current = observed.people.get(person.entry.user.userName);
      if (current === undefined) return false;
      return differingAttributes(personView(storyUser(person, ids), nameOf), personView(current, nameOf)).length > 0;
    });
    await mapPool(different, setupConcurrency, (person) =>
      replaceCompletely(client, "User", ids[person.entry.user.userName] as string, storyUser(person, ids) as Record<string, unknown>),
    );
  }
  return ids;
}

/**
 * Step 4 of {@link reachCheckpoint}: create the group when it is missing;
 * when `replaceDifferent`, PUT it when its name, externalId or members differ
 * from the story (RFC 7644 §3.5.1). Returns its id.
 */
async function ensureGroup(
  client: ScimClient,
  group: ExpectedGroup,
  current: Group | undefined,
  users: Record<string, string>,
  replaceDifferent: boolean,
): Promise<string> {
  const memberIds = group.members.map((userName) => users[userName]).filter((id): id is string => id !== undefined);
  const input = {
    displayName: group.displayName as StoryGroupName,
    ...(group.externalId ? { externalId: group.externalId } : {}),
    members: memberIds.map((value) => ({ value })),
  };
  if (current === undefined) return (await client.groups.create(input)).id as string;
  const id = current.id as string;
  if (!replaceDifferent) return id;
  const currentIds = (current.members ?? []).map((member) => member.value).sort();
  const same =
    current.displayName === group.displayName &&
    (group.externalId === undefined || current.externalId === group.externalId) &&
    JSON.stringify(currentIds) === JSON.stringify([...memberIds].sort());
  if (!same) await replaceCompletely(client, "Group", id, input);
  return id;
}

/** Run a delete; a 404 (someone deleted it first) is fine. */
async function deleteIfPresent(remove: () => Promise<unknown>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if ((error as { status?: unknown }).status !== 404) throw error;
  }
}
