import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { pragmas, schemaSql, type Synchronous } from "./schema-sql.js";
import { MemberTable } from "./members.js";
import type { ResourceRow } from "./resource-row.js";

/** A row read back from the `resources` table. */
export interface StoredRow {
  seq: number;
  id: string;
  type: ResourceTypeName;
  version: number;
  doc: string;
  /**
   * For a row read by {@link SqliteStore.get}: the direct groups of a User as
   * JSON text, `[[groupId, displayName, nested], …]` (see
   * {@link MemberTable.groupsOf}), read in the same statement so that GET by id
   * is one query; `null` for a Group.
   */
  directGroups?: string | null;
}

/**
 * The embedded server's storage: a better-sqlite3 database holding Users and
 * Groups (see {@link schemaSql}). Every statement is prepared once, here.
 *
 * better-sqlite3 is synchronous, so a read-modify-write done inside
 * {@link SqliteStore.transaction} cannot interleave with another request:
 * concurrent PATCHes to one Group lose no member.
 */
export class SqliteStore {
  /** The open database, for {@link SqliteStore.prepare}d ad-hoc queries (filters). */
  readonly db: Database.Database;
  /** The `members` table: group membership, indexed both ways. */
  readonly members: MemberTable;
  readonly #statements = new Map<string, Database.Statement>();
  readonly #insert: Database.Statement;
  readonly #update: Database.Statement;
  readonly #delete: Database.Statement;
  readonly #get: Database.Statement<[string], StoredRow>;
  readonly #idByUserName: Database.Statement<[string], { id: string }>;
  readonly #typeOf: Database.Statement<[string], { type: ResourceTypeName }>;
  readonly #dataVersion: Database.Statement<[], number>;
  #writes = 0;

  /**
   * Open (creating when missing) the database at `path`, or an in-memory one for `":memory:"`.
   * @param synchronous how long a commit waits for the disk. @default "FULL"
   */
  constructor(path: string, synchronous: Synchronous = "FULL") {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    for (const pragma of pragmas(synchronous)) this.db.pragma(pragma);
    this.db.exec(schemaSql);
    this.members = new MemberTable(this.db, () => this.#writes++);
    this.#insert = this.db.prepare(
      `INSERT INTO resources (id, type, user_name_lc, external_id, display_name, display_name_lc, created, last_modified, version, doc)
       VALUES (@id, @type, @userNameLc, @externalId, @displayName, @displayNameLc, @created, @lastModified, @version, @doc)`,
    );
    this.#update = this.db.prepare(
      `UPDATE resources SET user_name_lc = @userNameLc, external_id = @externalId, display_name = @displayName, display_name_lc = @displayNameLc,
       last_modified = @lastModified, version = @version, doc = @doc WHERE id = @id`,
    );
    this.#delete = this.db.prepare("DELETE FROM resources WHERE id = ?");
    this.#get = this.db.prepare(
      `SELECT r.seq, r.id, r.type, r.version, r.doc,
         CASE WHEN r.type = 'User' THEN (${this.members.directGroupsJsonSql("r.id")}) END AS directGroups
       FROM resources r WHERE r.id = ?`,
    );
    this.#idByUserName = this.db.prepare("SELECT id FROM resources WHERE user_name_lc = ?");
    this.#typeOf = this.db.prepare("SELECT type FROM resources WHERE id = ?");
    this.#dataVersion = this.db.prepare<[], number>("PRAGMA data_version").pluck();
  }

  /**
   * A token that changes whenever the stored data may have changed: on every
   * write through this store, and when another connection (another process
   * serving the same file) commits, which SQLite's `data_version` tells. A
   * cache of derived reads keeps the token it was filled under.
   *
   * @see https://www.sqlite.org/pragma.html#pragma_data_version
   */
  generation(): string {
    return `${this.#writes}:${this.#dataVersion.get()}`;
  }

  /** The row with this id, whatever its type, or `undefined`. */
  get(id: string): StoredRow | undefined {
    return this.#get.get(id);
  }

  /** The id of the User whose lower-cased userName is `userNameLc`, if any. */
  idByUserName(userNameLc: string): string | undefined {
    return this.#idByUserName.get(userNameLc)?.id;
  }

  /** The type of the resource with this id (without reading its document), or `undefined`. */
  typeOf(id: string): ResourceTypeName | undefined {
    return this.#typeOf.get(id)?.type;
  }

  /** Insert a new resource row. */
  insert(row: ResourceRow): void {
    this.#writes++;
    this.#insert.run(row);
  }

  /** Overwrite the row with `row.id` (its `type` and `created` never change). */
  update(row: ResourceRow): void {
    this.#writes++;
    this.#update.run(row);
  }

  /** Delete the row with this id and its own membership list. */
  delete(id: string): void {
    this.#writes++;
    this.#delete.run(id);
    this.members.clearGroup(id);
  }

  /**
   * Run `work` in one transaction (nested calls become savepoints): all of its
   * writes commit together, or none when it throws.
   */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** A statement for `sql`, prepared on first use and cached (filter queries repeat their shape). */
  prepare<R = unknown>(sql: string): Database.Statement<unknown[], R> {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      if (this.#statements.size > 500) this.#statements.clear();
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement as Database.Statement<unknown[], R>;
  }

  /** Close the database (WAL content is checkpointed by SQLite). */
  close(): void {
    if (this.db.open) this.db.close();
  }
}
