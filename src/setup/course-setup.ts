import type { ScimClient } from "../client/index.js";
import { filter, type Filter } from "../scim/filter/index.js";
import { SchemaUrn } from "../scim/urns.js";
import { loadCast, type CastMember } from "./cast.js";
import { mapPool } from "./pool.js";

const enterpriseUrn = SchemaUrn.EnterpriseUser;

/**
 * The prefix of the `externalId` that marks a resource as made by the course
 * (`"scimlab:…"`): `courseSetup({ reset: true })` deletes every user and
 * group carrying it. Chapters tag their throwaway resources with it.
 */
export const courseTag = "scimlab:";

/** Groups that later chapters create and a reset deletes, by displayName. */
export const storylineGroups: readonly string[] = ["Michael Scott Paper Company"];

/** Options of {@link courseSetup}. */
export interface CourseSetupOptions {
  /**
   * Put the storyline back to the start of the course: the 15 users exactly
   * as in the fixture (replaced, Michael reactivated, emails restored), the
   * "Dunder Mifflin" group with exactly them, and what later chapters
   * created deleted: Charles Miner, the storyline groups
   * ({@link storylineGroups}) and every user or group whose externalId
   * starts with {@link courseTag}.
   * @default false
   */
  reset?: boolean;
}

/** What {@link courseSetup} made sure exists. */
export interface CourseSetupResult {
  /** The id of the "Dunder Mifflin" group. */
  groupId: string;
  /** The ids of the 15 employees, by userName (`users.mscott`). */
  users: Record<string, string>;
}

/** How many requests courseSetup keeps in flight. */
const concurrency = 8;

/**
 * Make sure the course's starting point exists on the server: the 15
 * employees of Dunder Mifflin Scranton (found by `userName eq`, created when
 * missing, managers resolved to ids) and the "Dunder Mifflin" group with them
 * as members. Idempotent: running it again finds the same resources and
 * returns the same ids. With `reset: true` it also undoes later chapters
 * (see {@link CourseSetupOptions.reset}).
 *
 * Uses only plain RFC 7644 requests (filtered GET, POST, PUT, PATCH,
 * DELETE), so it works against any compliant service.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export async function courseSetup(client: ScimClient, options: CourseSetupOptions = {}): Promise<CourseSetupResult> {
  const cast = loadCast();
  const reset = options.reset === true;
  if (reset) await removeLaterChapters(client, cast.charlesMiner.user.userName);
  const users = await ensureEmployees(client, cast.employees, reset);
  const groupId = await ensureGroup(client, cast.group, Object.values(users), reset);
  return { groupId, users };
}

/**
 * The id of the one resource matching `attribute eq value`, if any.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export async function findId(
  endpoint: ScimClient["users"] | ScimClient["groups"],
  attribute: string,
  value: string,
): Promise<string | undefined> {
  const page = await endpoint.list({ filter: filter.eq(attribute, value), attributes: ["id"] });
  return page.Resources[0]?.id;
}

/** The User input of a cast member, with the manager's id when they have one. */
function userInput(member: CastMember, ids: Record<string, string>) {
  const { user, manager } = member;
  const managerId = manager ? ids[manager] : undefined;
  return {
    ...user,
    [enterpriseUrn]: { ...user[enterpriseUrn], ...(managerId ? { manager: { value: managerId } } : {}) },
  };
}

/**
 * 1. Look every employee up by userName.
 * 2. Create the missing ones, managers before their reports.
 * 3. On reset, replace the existing ones with the fixture's version.
 */
async function ensureEmployees(
  client: ScimClient,
  employees: CastMember[],
  reset: boolean,
): Promise<Record<string, string>> {
  const found = await mapPool(employees, concurrency, (m) => findId(client.users, "userName", m.user.userName));
  const ids: Record<string, string> = {};
  employees.forEach((member, i) => {
    const id = found[i];
    if (id) ids[member.user.userName] = id;
  });
  let pending = employees.filter((m) => ids[m.user.userName] === undefined);
  while (pending.length > 0) {
    const ready = pending.filter((m) => !m.manager || ids[m.manager] !== undefined || !employees.some((e) => e.user.userName === m.manager));
    const batch = ready.length > 0 ? ready : pending;
    const created = await mapPool(batch, concurrency, (m) => client.users.create(userInput(m, ids)));
    batch.forEach((member, i) => (ids[member.user.userName] = created[i]?.id as string));
    pending = pending.filter((m) => !batch.includes(m));
  }
  const existing = employees.filter((_, i) => found[i] !== undefined);
  if (reset) {
    await mapPool(existing, concurrency, (m) => client.users.replace(ids[m.user.userName] as string, userInput(m, ids)));
  }
  return Object.fromEntries(employees.map((m) => [m.user.userName, ids[m.user.userName] as string]));
}

/** Find or create the group; make the employees members (exactly them on reset). */
async function ensureGroup(
  client: ScimClient,
  group: { displayName: string; externalId: string },
  memberIds: string[],
  reset: boolean,
): Promise<string> {
  const members = memberIds.map((value) => ({ value }));
  const id = await findId(client.groups, "displayName", group.displayName);
  if (id === undefined) {
    const created = await client.groups.create({ displayName: group.displayName, externalId: group.externalId, members });
    return created.id as string;
  }
  if (reset) {
    await client.groups.replace(id, { displayName: group.displayName, externalId: group.externalId, members });
    return id;
  }
  const current = await client.groups.get(id, { attributes: ["members"] });
  const present = new Set((current.members ?? []).map((m) => m.value));
  const missing = members.filter((m) => !present.has(m.value));
  if (missing.length > 0) {
    await client.groups.patch(id, {
      schemas: [SchemaUrn.PatchOp],
      Operations: [{ op: "add", path: "members", value: missing }],
    });
  }
  return id;
}

/**
 * Delete what later chapters created: Charles Miner, the storyline groups,
 * and every user and group tagged with {@link courseTag}.
 */
async function removeLaterChapters(client: ScimClient, charlesUserName: string): Promise<void> {
  const tagged = filter.sw("externalId", courseTag);
  const userFilters = [filter.eq("userName", charlesUserName), tagged];
  const groupFilters = [...storylineGroups.map((name) => filter.eq("displayName", name)), tagged];
  const userIds = await idsMatching(client.users, userFilters);
  const groupIds = await idsMatching(client.groups, groupFilters);
  await mapPool(groupIds, concurrency, (id) => deleteIfPresent(() => client.groups.delete(id)));
  await mapPool(userIds, concurrency, (id) => deleteIfPresent(() => client.users.delete(id)));
}

/**
 * The ids of every resource matching any of the filters (every page). A
 * server that refuses a filter (400, e.g. no `sw` support) is skipped for
 * that filter: the reset then leaves those resources in place.
 */
async function idsMatching(endpoint: ScimClient["users"] | ScimClient["groups"], filters: Filter[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const matching of filters) {
    try {
      for await (const resource of endpoint.all({ filter: matching, attributes: ["id"] })) {
        if (resource.id) ids.add(resource.id);
      }
    } catch (error) {
      if ((error as { status?: unknown }).status !== 400) throw error;
    }
  }
  return [...ids];
}

/** Run a delete; a 404 (someone deleted it first) is fine. */
async function deleteIfPresent(remove: () => Promise<unknown>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if ((error as { status?: unknown }).status !== 404) throw error;
  }
}
