import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { startPeer } from "../peer/scimmy-peer.js";

const token = "cli-secret-token-never-printed";
let own: RunningServer;
let peer: Awaited<ReturnType<typeof startPeer>>;
const savedToken = process.env.SCIM_TOKEN;
const savedBase = process.env.SCIM_BASE_URL;

/** Run `scimlab …` in this process; returns the exit code and what it printed. */
async function scimlab(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void out.push(parts.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void err.push(parts.join(" ")));
  try {
    const code = await main(argv);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

beforeAll(async () => {
  own = await startServer({ port: 0, data: ":memory:", token, quiet: true });
  peer = await startPeer({ token });
});
afterAll(async () => {
  await own?.close();
  await peer?.close();
});
afterEach(() => {
  if (savedToken === undefined) delete process.env.SCIM_TOKEN;
  else process.env.SCIM_TOKEN = savedToken;
  if (savedBase === undefined) delete process.env.SCIM_BASE_URL;
  else process.env.SCIM_BASE_URL = savedBase;
});

describe("scimlab test", () => {
  it("exits 0 when every check passes; the token comes from SCIM_TOKEN; the last line counts", async () => {
    process.env.SCIM_TOKEN = token;
    const { code, out } = await scimlab("test", "--base", own.url, "--only", "discovery,crud");
    expect(code).toBe(0);
    expect(out.split("\n").at(-1)).toMatch(/^\d+ passed, 0 failed, 0 skipped$/);
    expect(out).not.toContain(token);
  });

  it("exits 1 when a check fails, and writes --junit and --html", async () => {
    const folder = mkdtempSync(join(tmpdir(), "scimlab-test-cli-"));
    const junit = join(folder, "report.xml");
    const html = join(folder, "report.html");
    const { code, out } = await scimlab("test", "--base", peer.url, "--token", token, "--only", "crud", "--junit", junit, "--html", html);
    expect(code).toBe(1);
    expect(out).toContain("✗ [crud] POST /Users answers 201 with a Location header equal to meta.location");
    expect(out.split("\n").at(-1)).toMatch(/^\d+ passed, [1-9]\d* failed, \d+ skipped$/);
    expect(existsSync(junit) && existsSync(html)).toBe(true);
    for (const text of [out, readFileSync(junit, "utf8"), readFileSync(html, "utf8")]) expect(text).not.toContain(token);
  });

  it("--as okta replays Okta's sequences (a strict server passes them)", async () => {
    const { code, out } = await scimlab("test", "--base", own.url, "--token", token, "--only", "okta", "--as", "okta");
    expect(code).toBe(0);
    expect(out).toContain("✓ [okta] Okta (OIN app): Remove the user from the group (a filter on members)");
  });

  it("--skip leaves groups out", async () => {
    const { code, out } = await scimlab("test", "--base", own.url, "--token", token, "--only", "discovery,paging", "--skip", "paging");
    expect(code).toBe(0);
    expect(out).not.toContain("[paging]");
  });

  it("exits 2 on bad usage, with the usage text", async () => {
    delete process.env.SCIM_BASE_URL;
    for (const argv of [["test"], ["test", "--base", own.url, "--as", "onelogin"], ["test", "--base", own.url, "--only", "nonsense"], ["test", "--bogus"], ["test", "--base", "ftp://x"]]) {
      const { code, err } = await scimlab(...argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(err).toContain("Usage: scimlab test");
    }
    const help = await scimlab("test", "--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("SCIM_TOKEN");
  });

  it("exits 1 with a message (and no token) when the server cannot be reached", async () => {
    const { code, err } = await scimlab("test", "--base", "http://127.0.0.1:9/scim/v2", "--token", token);
    expect(code).toBe(1);
    expect(err).toMatch(/could not reach/);
    expect(err).not.toContain(token);
  });
});
