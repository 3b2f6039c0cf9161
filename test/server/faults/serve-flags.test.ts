import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { runServe } from "../../../src/cli/serve.js";
import { serveChild, type ServeChild } from "../../support/serve-child.js";

const folder = mkdtempSync(join(tmpdir(), "scimlab-lab-serve-"));
const children: ChildProcess[] = [];

/** `scimlab serve` (from source) in a child process; resolves with the line it prints and its URL. */
function serve(args: string[]): Promise<ServeChild> {
  return serveChild(folder, ["--data", ":memory:", "--token", "flags-token", ...args], children);
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(folder, { recursive: true, force: true });
});

describe("scimlab serve --dialect --faults", () => {
  afterEach(() => vi.restoreAllMocks());

  it("serves in the dialect and with the faults asked for", async () => {
    const { child, url, line } = await serve(["--dialect", "entra", "--faults", "503 every 2 retry-after 0"]);
    expect(line).toContain('dialect entra, faults "503 every 2 retry-after 0"');
    const headers = { authorization: "Bearer flags-token" };
    const config = await fetch(`${url}/ServiceProviderConfig`, { headers }); // request 1
    const lab = ((await config.json()) as Record<string, { dialect: string }>)["urn:scimlab:params:scim:schemas:extension:lab:2.0:ServiceProviderConfig"];
    expect(lab?.dialect).toBe("entra");
    const second = await fetch(`${url}/Users`, { headers }); // request 2: injected
    expect(second.status).toBe(503);
    expect(second.headers.get("retry-after")).toBe("0");
    const filter = encodeURIComponent('emails[type eq "work"].value eq "x@example.com"');
    const third = await fetch(`${url}/Users?filter=${filter}`, { headers }); // request 3: Entra's filter, accepted
    expect(third.status).toBe(200);
    child.kill("SIGTERM");
  });

  it("exits 2 with the usage on an unknown dialect or a bad fault spec; --help lists both", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await runServe(["--dialect", "azure"])).toBe(2);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/--dialect must be one of strict, entra, okta, lenient, got "azure"/);
    expect(await runServe(["--faults", "429 sometimes"])).toBe(2);
    expect(String(error.mock.calls[1]?.[0])).toContain('"429 sometimes"');
    expect(String(error.mock.calls[1]?.[0])).toContain("Usage: scimlab serve");
    expect(await runServe(["--help"])).toBe(0);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/--dialect NAME[\s\S]*--faults SPEC/);
  });
});
