import type { User } from "../scim/user.js";
import type { UserInput } from "../scim/user-input.js";
import type { DirectorySnapshot } from "./read-directory.js";
import type { HrRecord } from "./read-hr-export.js";
import { isActive, userChanges, userFromRecord, type AttributeChange } from "./user-changes.js";

/** A person a plan names: their key, their userName in the export, and their id on the server when they have one. */
export interface PlanPerson {
  entryUUID: string;
  userName: string;
  /** Absent for someone the plan creates. */
  id?: string;
}

/** What a sync will do to make the server match an export, computed before anything is sent. */
export interface SyncPlan {
  /** Joiners: records with no user of their `entryUUID` (RFC 7644 §3.3). */
  creates: Array<PlanPerson & { user: UserInput }>;
  /** Movers, renames, re-activations: users whose owned attributes differ (RFC 7644 §3.5.2). */
  updates: Array<PlanPerson & { id: string; changes: AttributeChange[] }>;
  /** Leavers: `Terminated` records whose user is still active. */
  deactivations: Array<PlanPerson & { id: string }>;
  /** Per managed group with something to change: who joins it, who leaves it. */
  memberships: Array<{ group: string; groupId: string; add: PlanPerson[]; remove: PlanPerson[] }>;
  /** What the plan cannot do, e.g. a group the export names that the server does not have. */
  problems: string[];
}

/**
 * Compare an HR export with a snapshot of the server and say what must change:
 *
 * 1. Match each record to a user by `externalId` = `entryUUID`, the immutable
 *    key (RFC 7643 §3.1): a renamed person is the same user with a new userName.
 * 2. An `Active` record with no user is a create; with a user, the attributes
 *    the sync owns that differ are an update (re-activation included).
 * 3. A `Terminated` record whose user is active is a deactivation (not a
 *    DELETE: the account and its history stay, RFC 7643 §4.1.1 `active`);
 *    with no user, nothing.
 * 4. For each managed group of the snapshot: the export's `Active` people who
 *    should be in it and are not are added; people of the export who are in it
 *    and should not be (leavers included) are removed. Members the export does
 *    not name are left alone.
 *
 * A pure function: the same export and snapshot give the same plan, and an
 * export the server already matches gives an empty plan.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export function planSync(records: readonly HrRecord[], snapshot: DirectorySnapshot): SyncPlan {
  const byKey = new Map<string, User>(snapshot.users.filter((user) => user.externalId).map((user) => [user.externalId as string, user]));
  const plan: SyncPlan = { creates: [], updates: [], deactivations: [], memberships: [], problems: [] };
  for (const record of records) {
    const user = byKey.get(record.entryUUID);
    const person = { entryUUID: record.entryUUID, userName: record.userName };
    if (record.status === "Terminated") {
      if (user !== undefined && isActive(user)) plan.deactivations.push({ ...person, id: user.id as string });
    } else if (user === undefined) {
      plan.creates.push({ ...person, user: userFromRecord(record) });
    } else {
      const changes = userChanges(record, user);
      if (changes.length > 0) plan.updates.push({ ...person, id: user.id as string, changes });
    }
  }
  const managed = new Set(snapshot.groups.map((group) => group.displayName as string));
  for (const name of new Set(records.flatMap((record) => record.groups))) {
    if (!managed.has(name)) plan.problems.push(`The export puts people in "${name}", a group the sync does not manage or the server does not have.`);
  }
  for (const group of snapshot.groups) {
    const members = new Set((group.members ?? []).map((member) => member.value));
    const add: PlanPerson[] = [];
    const remove: PlanPerson[] = [];
    for (const record of records) {
      const user = byKey.get(record.entryUUID);
      const wanted = record.status === "Active" && record.groups.includes(group.displayName as string);
      const person: PlanPerson = { entryUUID: record.entryUUID, userName: record.userName, ...(user?.id ? { id: user.id } : {}) };
      const present = user?.id !== undefined && members.has(user.id);
      if (wanted && !present) add.push(person);
      if (!wanted && present) remove.push(person);
    }
    if (add.length + remove.length > 0) plan.memberships.push({ group: group.displayName as string, groupId: group.id as string, add, remove });
  }
  return plan;
}

/** How many changes a plan holds (each create, update, deactivation and membership change counts once). */
export function planSize(plan: SyncPlan): number {
  return (
    plan.creates.length +
    plan.updates.length +
    plan.deactivations.length +
    plan.memberships.reduce((sum, change) => sum + change.add.length + change.remove.length, 0)
  );
}
