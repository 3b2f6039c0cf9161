import type Database from "better-sqlite3";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";

/** One row of the `members` table: `memberId` (a User or a Group) belongs to `groupId`. */
export interface MemberRow {
  memberId: string;
  type: ResourceTypeName;
}

/** A group a resource belongs to, directly or through nested groups (RFC 7643 §4.1.2 `groups`). */
export interface GroupMembership {
  groupId: string;
  displayName: string | null;
  direct: boolean;
}

/**
 * The `members` table: a mirror of every Group's `members` attribute,
 * indexed by group and by member, so that membership questions never read
 * the Group documents.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export class MemberTable {
  readonly #insert: Database.Statement;
  readonly #clearGroup: Database.Statement;
  readonly #groupsWithMember: Database.Statement<[string], { group_id: string }>;
  readonly #removeEverywhere: Database.Statement;
  readonly #closure: Database.Statement<[string], { group_id: string; direct: number; display_name: string | null }>;
  readonly #direct: Database.Statement<[string], { json: string }>;
  readonly #displays: Database.Statement<[string], { member_id: string; display_name: string | null }>;

  readonly #written: () => void;

  /** `written` is called before each change to the table (the store counts its writes). */
  constructor(db: Database.Database, written: () => void) {
    this.#written = written;
    this.#insert = db.prepare("INSERT OR IGNORE INTO members (group_id, member_id, type) VALUES (?, ?, ?)");
    this.#clearGroup = db.prepare("DELETE FROM members WHERE group_id = ?");
    this.#groupsWithMember = db.prepare("SELECT group_id FROM members WHERE member_id = ?");
    this.#removeEverywhere = db.prepare("DELETE FROM members WHERE member_id = ?");
    this.#displays = db.prepare(
      "SELECT m.member_id, r.display_name FROM members m JOIN resources r ON r.id = m.member_id WHERE m.group_id = ?",
    );
    this.#direct = db.prepare(`SELECT (${this.directGroupsJsonSql("?")}) AS json`);
    // Direct groups, then the groups containing those (nested groups), once each.
    this.#closure = db.prepare(
      `WITH RECURSIVE closure(group_id, direct) AS (
         SELECT group_id, 1 FROM members WHERE member_id = ?
         UNION
         SELECT m.group_id, 0 FROM members m JOIN closure c ON m.member_id = c.group_id
       )
       SELECT c.group_id, max(c.direct) AS direct, r.display_name FROM closure c JOIN resources r ON r.id = c.group_id
       GROUP BY c.group_id ORDER BY r.seq`,
    );
  }

  /**
   * SQL for the direct groups of the member whose id is the expression
   * `memberId`, as one JSON text `[[groupId, displayName, nested], …]` in
   * creation order, where `nested` (0 or 1) says whether that group is itself
   * a member of a group. The store's GET by id embeds it.
   */
  directGroupsJsonSql(memberId: string): string {
    return `SELECT json_group_array(json_array(m.group_id, g.display_name,
              EXISTS (SELECT 1 FROM members n WHERE n.member_id = m.group_id)) ORDER BY g.seq)
            FROM members m JOIN resources g ON g.id = m.group_id WHERE m.member_id = ${memberId}`;
  }

  /** Replace the member list of `groupId` with `members`. */
  setGroup(groupId: string, members: readonly MemberRow[]): void {
    this.#written();
    this.#clearGroup.run(groupId);
    for (const member of members) this.#insert.run(groupId, member.memberId, member.type);
  }

  /** The current displayName of each member of `groupId` (null when it has none). */
  memberDisplayNames(groupId: string): Map<string, string | null> {
    const names = new Map<string, string | null>();
    for (const row of this.#displays.all(groupId)) names.set(row.member_id, row.display_name);
    return names;
  }

  /** Forget the member list of `groupId` (the group is being deleted). */
  clearGroup(groupId: string): void {
    this.#written();
    this.#clearGroup.run(groupId);
  }

  /** The ids of the groups that list `memberId` directly. */
  groupsWithMember(memberId: string): string[] {
    return this.#groupsWithMember.all(memberId).map((row) => row.group_id);
  }

  /** Remove `memberId` from every group's member list. */
  removeEverywhere(memberId: string): void {
    this.#written();
    this.#removeEverywhere.run(memberId);
  }

  /**
   * Every group `memberId` belongs to: directly, or indirectly through a
   * group that is itself a member (cycles are harmless: each group once).
   */
  groupsOf(memberId: string, directGroupsJson?: string | null): GroupMembership[] {
    // Usually groups are not nested: the direct groups answer, and say whether the closure is needed.
    const direct = JSON.parse(directGroupsJson ?? this.#direct.get(memberId)!.json) as [string, string | null, number][];
    if (!direct.some(([, , nested]) => nested === 1)) {
      return direct.map(([groupId, displayName]) => ({ groupId, displayName, direct: true }));
    }
    return this.#closure.all(memberId).map((row) => ({
      groupId: row.group_id,
      displayName: row.display_name,
      direct: row.direct === 1,
    }));
  }
}

