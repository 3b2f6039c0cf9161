import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/server/store/sqlite.js";

describe("SqliteStore", () => {
  it("opens a file in WAL mode with synchronous = FULL, creating its folder", () => {
    const folder = mkdtempSync(join(tmpdir(), "scimlab-store-"));
    const store = new SqliteStore(join(folder, "nested", "directory.db"));
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("synchronous", { simple: true })).toBe(2); // FULL
    store.close();
    store.close(); // closing twice is harmless
    rmSync(folder, { recursive: true, force: true });
  });

  it("rolls a failed transaction back entirely", () => {
    const store = new SqliteStore(":memory:");
    const row = { id: "a", type: "User" as const, userNameLc: "a", externalId: null, displayName: null, displayNameLc: null, created: "c", lastModified: "l", version: 1, doc: "{}" };
    expect(() =>
      store.transaction(() => {
        store.insert(row);
        store.insert({ ...row, id: "b" }); // same userName: the unique index refuses it
      }),
    ).toThrow();
    expect(store.get("a")).toBeUndefined();
  });
});
