import type { ScimClient } from "../client/index.js";
import { filter } from "../scim/filter/index.js";
import type { Group } from "../scim/group.js";
import type { User } from "../scim/user.js";
import type { HrRecord } from "./read-hr-export.js";

/** What a sync knows of the server: the users the export names (found by their key) and the groups it manages. */
export interface DirectorySnapshot {
  /** The users whose `externalId` is an export record's `entryUUID`. */
  users: User[];
  /** The managed groups the server has, with their members. */
  groups: Group[];
}

/** How many reads the snapshot keeps in flight. */
const concurrency = 8;

/**
 * Read what a sync of `records` needs: each record's user, found by its
 * immutable key (`externalId eq "<entryUUID>"`, never by userName, which a
 * rename changes), and each managed group by `displayName eq`, members
 * included. Reads only (RFC 7644 §3.4.2).
 * @param groups - the displayNames of the groups the sync owns (it adds and removes their members)
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 */
export async function readDirectory(client: ScimClient, records: readonly HrRecord[], groups: readonly string[]): Promise<DirectorySnapshot> {
  const users = (await inBatches(records, (record) => client.users.list({ filter: filter.eq("externalId", record.entryUUID) }))).flatMap(
    (page) => page.Resources,
  );
  const found = await inBatches(groups, (displayName) => client.groups.list({ filter: filter.eq("displayName", displayName) }));
  return { users, groups: found.flatMap((page) => page.Resources.slice(0, 1)) };
}

/** `work` on each item, `concurrency` at a time, results in order. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += concurrency) {
    results.push(...(await Promise.all(items.slice(start, start + concurrency).map(work))));
  }
  return results;
}
