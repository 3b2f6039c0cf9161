import { afterEach, describe, expect, it, vi } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { seedDirectory, type SeedProgress } from "../../src/setup/index.js";

let server: RunningServer | undefined;
let client: ScimClient | undefined;

async function freshServer(): Promise<{ server: RunningServer; client: ScimClient }> {
  server = await startServer({ port: 0, data: ":memory:", token: "seed-test-token", quiet: true });
  client = new ScimClient({ baseUrl: server.url, token: server.token });
  return { server, client };
}

afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

/** The request paths the server saw, e.g. `POST /scim/v2/Bulk`. */
function requests(running: RunningServer): string[] {
  return running.requestLog.entries().map((entry) => `${entry.method} ${entry.path.split("?")[0]}`);
}

describe("seedDirectory", () => {
  it("writes through /Bulk when the server supports it, and reports progress up to the totals", async () => {
    const { server, client } = await freshServer();
    const progress: SeedProgress[] = [];
    const result = await seedDirectory(client, { users: 250, groups: 5, seed: 42, onProgress: (p) => progress.push(p) });
    expect(result.method).toBe("bulk");
    expect(result.users).toEqual({ created: 250, skipped: 0 });
    expect(result.groups).toEqual({ created: 5, skipped: 0 });
    expect(requests(server)).toContain("POST /scim/v2/Bulk");
    expect(requests(server)).not.toContain("POST /scim/v2/Users");
    expect(progress.at(0)).toEqual({ phase: "users", done: 0, total: 250 });
    expect(progress.filter((p) => p.phase === "users").at(-1)).toEqual({ phase: "users", done: 250, total: 250 });
    expect(progress.at(-1)).toEqual({ phase: "groups", done: 5, total: 5 });
    expect((await client.users.list({ count: 0 })).totalResults).toBe(250);
    const groups = await client.groups.list({});
    const members = groups.Resources.reduce((n, g) => n + (g.members?.length ?? 0), 0);
    expect(members).toBe(250 + 50);
  });

  it("falls back to a pool of single requests without Bulk, with the same directory", async () => {
    const { server, client } = await freshServer();
    const result = await seedDirectory(client, { users: 60, groups: 3, seed: 42, bulk: false });
    expect(result.method).toBe("requests");
    expect(result.users.created).toBe(60);
    expect(requests(server)).not.toContain("POST /scim/v2/Bulk");
    expect(requests(server).filter((r) => r === "POST /scim/v2/Users")).toHaveLength(60);
    const names = (await client.users.list({ sortBy: "userName", count: 60 })).Resources.map((u) => u.userName);
    await client.close();
    await server.close();
    const again = await freshServer();
    await seedDirectory(again.client, { users: 60, groups: 3, seed: 42 });
    const bulkNames = (await again.client.users.list({ sortBy: "userName", count: 60 })).Resources.map((u) => u.userName);
    expect(bulkNames).toEqual(names);
  });

  it("skips what exists when run again with the same seed (no 409 failure), and finds skipped users' ids for groups", async () => {
    const { client } = await freshServer();
    await seedDirectory(client, { users: 80, groups: 0, seed: 9 });
    const second = await seedDirectory(client, { users: 100, groups: 4, seed: 9 });
    expect(second.users).toEqual({ created: 20, skipped: 80 });
    expect(second.groups).toEqual({ created: 4, skipped: 0 });
    expect(await memberCount(client)).toBe(100 + 20);
    const viaRequests = await seedDirectory(client, { users: 100, groups: 4, seed: 9, bulk: false });
    expect(viaRequests.users).toEqual({ created: 0, skipped: 100 });
    expect(viaRequests.groups).toEqual({ created: 0, skipped: 4 });
    expect((await client.users.list({ count: 0 })).totalResults).toBe(100);
  });

  it("finds many skipped users in one paged read", async () => {
    const { client } = await freshServer();
    await seedDirectory(client, { users: 300, groups: 0, seed: 3 });
    const rerun = await seedDirectory(client, { users: 300, groups: 6, seed: 3 });
    expect(rerun.users).toEqual({ created: 0, skipped: 300 });
    expect(await memberCount(client)).toBe(300 + 60);
  });
});

/** How many memberships all groups hold together. */
async function memberCount(client: ScimClient): Promise<number> {
  let count = 0;
  for await (const group of client.groups.all({ attributes: ["members"] })) count += group.members?.length ?? 0;
  return count;
}

describe("scimlab seed", () => {
  it("seeds the server given by --base-url and --token, and rejects bad options with usage", async () => {
    const { server, client } = await freshServer();
    const { runSeed } = await import("../../src/cli/seed.js");
    const out = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const code = await runSeed(["--users", "30", "--groups", "2", "--seed", "5", "--base-url", server.url, "--token", server.token]);
      expect(code).toBe(0);
      expect(out.mock.calls.flat().join("\n")).toMatch(/users 30 created, 0 already there/);
      expect((await client.users.list({ count: 0 })).totalResults).toBe(30);
      expect(await runSeed(["--users", "many"])).toBe(2);
      expect(err.mock.calls.flat().join("\n")).toContain('--users must be a whole number ≥ 0, got "many"');
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
