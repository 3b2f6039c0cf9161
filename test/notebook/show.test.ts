import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { progressBar } from "../../src/notebook/progress.js";
import { showExchanges, showGroup, showJson, showUsers } from "../../src/notebook/show.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { courseSetup } from "../../src/setup/index.js";

const token = "show-test-token-do-not-print";
let server: RunningServer;
let client: ScimClient;

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token, quiet: true });
  client = new ScimClient({ baseUrl: server.url, token });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

/** Run `show` outside a kernel and return what it printed (the text/plain form). */
function printed(show: () => void): string {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    show();
    return log.mock.calls.map((call) => String(call[0])).join("\n");
  } finally {
    log.mockRestore();
  }
}

describe("show helpers outside a kernel", () => {
  it("print users, a group and the last exchanges as text, never the token", async () => {
    const { groupId } = await courseSetup(client);
    const users = await client.users.list({ filter: 'userName sw "m"', sortBy: "userName" });
    expect(printed(() => showUsers(users))).toBe(
      "mpalmer  Meredith Palmer  meredith.palmer@dundermifflin.com\nmscott  Michael Scott  michael.scott@dundermifflin.com",
    );
    const group = await client.groups.get(groupId);
    expect(printed(() => showGroup(group))).toMatch(/^Dunder Mifflin \(15 members\)\n {2}- /);
    const exchanges = printed(() => showExchanges(client, 2));
    expect(exchanges).toContain(`GET ${server.url}/Users?`);
    expect(exchanges).toContain("HTTP 200");
    expect(exchanges).toContain('"displayName": "Dunder Mifflin"');
    expect(exchanges).not.toContain(token);
    expect(printed(() => showJson({ a: [1] }))).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});

describe("progressBar outside a kernel", () => {
  it("prints each phase's bar, always the final state", () => {
    const onProgress = progressBar();
    const text = printed(() => {
      onProgress({ phase: "users", done: 0, total: 4 });
      onProgress({ phase: "users", done: 2, total: 4 });
      onProgress({ phase: "users", done: 4, total: 4 });
      onProgress({ phase: "groups", done: 1, total: 1 });
    });
    expect(text).toContain("users  [....................] 0/4 (0%)");
    expect(text).toContain("users  [####################] 4/4 (100%)");
    expect(text).toContain("groups [####################] 1/1 (100%)");
  });
});
