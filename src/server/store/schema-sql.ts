/**
 * The SQLite schema of the embedded server's directory.
 *
 * One `resources` table holds Users and Groups: the JSON document in `doc`
 * plus the attributes that filters, sorting and uniqueness need as indexed
 * columns. Case-insensitive attributes (`userName`, `displayName`, RFC 7643
 * §4.1.1 and §4.2 `caseExact: false`) are stored lower-cased beside the
 * document so that `eq`, `sw` and sorting use an index. The `rowid` (`seq`)
 * is the insertion order, the default order of every list.
 *
 * `members` mirrors every Group's `members` attribute, indexed both ways so
 * that "the groups of this user" and "the members of this group" are index
 * lookups (RFC 7643 §4.1.2 `groups`, §4.2 `members`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4
 */
export const schemaSql = `
CREATE TABLE IF NOT EXISTS resources (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  type          TEXT NOT NULL,
  user_name_lc  TEXT,
  external_id   TEXT,
  display_name  TEXT,
  display_name_lc TEXT,
  created       TEXT NOT NULL,
  last_modified TEXT NOT NULL,
  version       INTEGER NOT NULL,
  doc           TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS resources_by_user_name ON resources (user_name_lc);
CREATE INDEX IF NOT EXISTS resources_by_type ON resources (type);
CREATE INDEX IF NOT EXISTS resources_by_external_id ON resources (external_id);
CREATE INDEX IF NOT EXISTS resources_by_display_name ON resources (display_name_lc);
CREATE INDEX IF NOT EXISTS resources_by_created ON resources (created);
CREATE INDEX IF NOT EXISTS resources_by_last_modified ON resources (last_modified);
CREATE TABLE IF NOT EXISTS members (
  group_id  TEXT NOT NULL,
  member_id TEXT NOT NULL,
  type      TEXT NOT NULL,
  PRIMARY KEY (group_id, member_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS members_by_member ON members (member_id, group_id);
`;

/**
 * How much a commit waits for the disk (SQLite's `PRAGMA synchronous`, with
 * write-ahead logging):
 * - `"FULL"`: every commit `fsync`s the log, so an acknowledged write survives
 *   `kill -9` and a power cut;
 * - `"NORMAL"`: a commit is in the operating system's cache when the response
 *   is sent, so it survives `kill -9` of the server (the process dying) but a
 *   power cut may lose the last commits; no `fsync` blocks the event loop.
 * @see https://www.sqlite.org/pragma.html#pragma_synchronous
 * @see https://www.sqlite.org/wal.html#performance_considerations
 */
export type Synchronous = "FULL" | "NORMAL";

/**
 * Connection settings: write-ahead logging, the commit durability asked for
 * ({@link Synchronous}), a page cache of 64 MiB and reads through a memory
 * map (up to 1 GiB), so that a GET does not cost a system call per page once
 * the directory is warm.
 */
export function pragmas(synchronous: Synchronous): string[] {
  return [
    "journal_mode = WAL",
    `synchronous = ${synchronous}`,
    "foreign_keys = OFF",
    "busy_timeout = 5000",
    "cache_size = -65536",
    "mmap_size = 1073741824",
  ];
}
