import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { connect, disconnect } from "../../src/notebook/connect.js";
import { courseClient } from "../../src/notebook/course-client.js";
import { startServer, type RunningServer } from "../../src/server/index.js";

const saved = { ...process.env };
const cwd = process.cwd();
let server: RunningServer | undefined;
let folder: string;
let log: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "scimlab-connect-"));
  process.chdir(folder);
  delete process.env.SCIM_BASE_URL;
  delete process.env.SCIM_TOKEN;
  log = vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(async () => {
  process.chdir(cwd);
  process.env = { ...saved };
  log.mockRestore();
  await server?.close();
  server = undefined;
  await disconnect();
  rmSync(folder, { recursive: true, force: true });
});

describe("connect", () => {
  it("uses SCIM_BASE_URL and SCIM_TOKEN, says so without showing the token, and serves the checks", async () => {
    server = await startServer({ port: 0, data: ":memory:", token: "connect-test-secret", quiet: true });
    process.env.SCIM_BASE_URL = server.url;
    process.env.SCIM_TOKEN = server.token;
    const client = await connect();
    expect(client.baseUrl).toBe(server.url);
    expect((await client.users.list({ count: 0 })).totalResults).toBe(0);
    expect(courseClient()).toBe(client);
    const printed = log.mock.calls.map((call) => String(call[0])).join("\n");
    expect(printed).toContain(server.url);
    expect(printed).toContain("Server: SCIM service (SCIM_BASE_URL)");
    expect(printed).toContain("Token: set (hidden)");
    expect(printed).not.toContain("connect-test-secret");
  });

  it("starts the embedded server in-process on the project database when no server is configured", async () => {
    const client = await connect();
    expect(client.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
    await client.users.create({ userName: "pbeesly" });
    const again = await connect({ quiet: true });
    expect(again.baseUrl).toBe(client.baseUrl);
    expect((await again.users.list({ filter: 'userName eq "pbeesly"' })).totalResults).toBe(1);
    const printed = log.mock.calls.map((call) => String(call[0])).join("\n");
    expect(printed).toContain("embedded in this kernel");
    expect(printed).toContain(join(".scimlab", "scimlab.db"));
  });
});
