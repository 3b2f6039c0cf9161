import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { hashToken, newRoomCode, newToken } from "./secrets.js";

/** A learner of the room, as the registry holds them: never their token, only its hash. */
export interface Learner {
  /** A stable id, 12 hex digits; names the tenant's file `tenants/<id>.db`. */
  readonly id: string;
  /** What the instructor sees, e.g. `"Ada"` or `"Learner 07"`. */
  readonly name: string;
  /** When they joined (or were issued), ISO 8601. */
  readonly created: string;
  /** Their last request as last recorded (at most every 30 s), ISO 8601. */
  readonly lastSeen: string | null;
}

/** A learner just created, with the only copy of their token. */
export interface IssuedLearner extends Learner {
  readonly token: string;
}

/** What a learner's `check()` reported for one exercise: never the answer. */
export interface CheckReport {
  readonly exercise: string;
  /** e.g. `"correct"`, `"incorrect"`, `"not-attempted"`, `"server-limitation"`. */
  readonly outcome: string;
  readonly attempts: number;
  readonly hintsAsked: number;
  /** When it was last reported, ISO 8601. */
  readonly at: string;
}

const schema = `
CREATE TABLE IF NOT EXISTS room (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS learners (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL, last_seen TEXT
);
CREATE TABLE IF NOT EXISTS checks (
  learner_id TEXT NOT NULL, exercise TEXT NOT NULL, outcome TEXT NOT NULL,
  attempts INTEGER NOT NULL, hints_asked INTEGER NOT NULL, at TEXT NOT NULL,
  PRIMARY KEY (learner_id, exercise)
);`;

/**
 * The room's registry, `room.db` in the room's data folder: the room's name,
 * code and closed flag, its learners (id, name, SHA-256 of the token) and
 * their check reports. Durable like the tenants' stores (WAL, synchronous
 * NORMAL: what was acknowledged survives `kill -9` of the room), and shared
 * safely with `scimlab room tokens` run beside a running room: every lookup
 * reads the database, so a learner issued by another process is known at once.
 */
export class RoomRegistry {
  readonly #db: Database.Database;
  readonly #byHash: Database.Statement<[string], Learner>;
  readonly #byId: Database.Statement<[string], Learner>;
  readonly #insert: Database.Statement;

  /** Open (creating when missing) `room.db` in `folder`; a new room gets a code and `name`. */
  constructor(folder: string, name = "scimlab room") {
    mkdirSync(folder, { recursive: true });
    this.#db = new Database(join(folder, "room.db"));
    for (const pragma of ["journal_mode = WAL", "synchronous = NORMAL", "busy_timeout = 5000"]) this.#db.pragma(pragma);
    this.#db.exec(schema);
    const insertSetting = this.#db.prepare("INSERT OR IGNORE INTO room (key, value) VALUES (?, ?)");
    insertSetting.run("name", name);
    insertSetting.run("code", newRoomCode());
    insertSetting.run("closed", "false");
    this.#byHash = this.#db.prepare("SELECT id, name, created, last_seen AS lastSeen FROM learners WHERE token_hash = ?");
    this.#byId = this.#db.prepare("SELECT id, name, created, last_seen AS lastSeen FROM learners WHERE id = ?");
    this.#insert = this.#db.prepare("INSERT INTO learners (id, name, token_hash, created) VALUES (?, ?, ?, ?)");
  }

  /** The room's name. */
  get name(): string {
    return this.#setting("name");
  }

  /** The code learners join with (kept across restarts). */
  get code(): string {
    return this.#setting("code");
  }

  /** Whether the room refuses new joins. */
  get closed(): boolean {
    return this.#setting("closed") === "true";
  }

  set closed(closed: boolean) {
    this.#db.prepare("UPDATE room SET value = ? WHERE key = 'closed'").run(String(closed));
  }

  /** Register a learner; `name` defaults to `"Learner NN"`. Returns their token, which is not kept. */
  issue(name?: string): IssuedLearner {
    const token = newToken();
    const id = randomBytes(6).toString("hex");
    const count = this.#db.prepare<[], number>("SELECT count(*) FROM learners").pluck().get() as number;
    const learner = { id, name: name ?? `Learner ${String(count + 1).padStart(2, "0")}`, created: new Date().toISOString(), lastSeen: null };
    this.#insert.run(learner.id, learner.name, hashToken(token), learner.created);
    return { ...learner, token };
  }

  /** The learner holding `token`, found by the token's hash. */
  learnerByToken(token: string): Learner | undefined {
    return this.#byHash.get(hashToken(token));
  }

  /** The learner with this id. */
  learner(id: string): Learner | undefined {
    return this.#byId.get(id);
  }

  /** Every learner, in joining order. */
  learners(): Learner[] {
    return this.#db.prepare<[], Learner>("SELECT id, name, created, last_seen AS lastSeen FROM learners ORDER BY rowid").all();
  }

  /** Record that a learner was seen at `at`. */
  touch(learnerId: string, at: string): void {
    this.#db.prepare("UPDATE learners SET last_seen = ? WHERE id = ?").run(at, learnerId);
  }

  /** Record a learner's report for an exercise (the latest report per exercise is kept). */
  recordCheck(learnerId: string, report: Omit<CheckReport, "at">): CheckReport {
    const at = new Date().toISOString();
    this.#db
      .prepare("INSERT OR REPLACE INTO checks (learner_id, exercise, outcome, attempts, hints_asked, at) VALUES (?, ?, ?, ?, ?, ?)")
      .run(learnerId, report.exercise, report.outcome, report.attempts, report.hintsAsked, at);
    return { ...report, at };
  }

  /** A learner's check reports, by exercise id. */
  checks(learnerId: string): CheckReport[] {
    return this.#db
      .prepare<[string], CheckReport>("SELECT exercise, outcome, attempts, hints_asked AS hintsAsked, at FROM checks WHERE learner_id = ? ORDER BY exercise")
      .all(learnerId);
  }

  /** Close the database. */
  close(): void {
    this.#db.close();
  }

  #setting(key: string): string {
    return (this.#db.prepare<[string], string>("SELECT value FROM room WHERE key = ?").pluck().get(key) as string) ?? "";
  }
}
