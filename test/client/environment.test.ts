import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { environmentOptions } from "../../src/client/environment.js";
import { ClientDefaults, normalizeOptions } from "../../src/client/options.js";
import { projectFiles, type ProjectFiles } from "../../src/project/project-folder.js";

let root: string;
let files: ProjectFiles;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "scimlab-env-"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "scimlab" }));
  files = projectFiles(root);
  mkdirSync(files.stateDir, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function writeServerInfo(pid: number, url = "http://127.0.0.1:9999/scim/v2"): void {
  writeFileSync(files.serverInfo, JSON.stringify({ url, pid }));
}

describe("environmentOptions", () => {
  it("prefers SCIM_BASE_URL and SCIM_TOKEN", () => {
    writeServerInfo(process.pid);
    writeFileSync(files.devToken, "dev-token\n");
    const env = { SCIM_BASE_URL: "https://scim.example.com/v2", SCIM_TOKEN: "from-env" };
    expect(environmentOptions(env, files)).toEqual({
      baseUrl: "https://scim.example.com/v2",
      token: "from-env",
      baseUrlSource: "SCIM_BASE_URL",
      tokenSource: "SCIM_TOKEN",
    });
  });

  it("uses the running server from .scimlab/server.json and the dev token", () => {
    writeServerInfo(process.pid);
    writeFileSync(files.devToken, "dev-token\n");
    expect(environmentOptions({}, files)).toMatchObject({
      baseUrl: "http://127.0.0.1:9999/scim/v2",
      baseUrlSource: "server.json",
      token: "dev-token",
      tokenSource: "dev-token",
    });
  });

  it("ignores server.json when its process is gone", () => {
    writeServerInfo(2 ** 22 + 12345);
    expect(environmentOptions({}, files)).toMatchObject({ baseUrl: ClientDefaults.baseUrl, baseUrlSource: "default" });
  });

  it("falls back to the default URL and no token", () => {
    expect(environmentOptions({}, files)).toEqual({
      baseUrl: "http://127.0.0.1:8880/scim/v2",
      token: undefined,
      baseUrlSource: "default",
      tokenSource: "none",
    });
  });

  it("ignores an unreadable server.json", () => {
    writeFileSync(files.serverInfo, "{not json");
    expect(environmentOptions({}, files).baseUrlSource).toBe("default");
  });
});

describe("normalizeOptions", () => {
  it("fills every option from the defaults table", () => {
    const options = normalizeOptions();
    expect(options.baseUrl.href).toBe("http://127.0.0.1:8880/scim/v2");
    expect(options.timeout).toBe(10_000);
    expect(options.retry).toEqual({ limit: 2, statusCodes: [429, 502, 503, 504], maxDelayMs: 10_000, baseDelayMs: 300 });
    expect(options.deadline).toBe(60_000);
    expect(options.connections).toBe(10);
    expect(options.exchangeLog).toBe(50);
  });

  it("drops a trailing slash and query from the base URL", () => {
    expect(normalizeOptions({ baseUrl: "http://h/scim/v2/?x=1" }).baseUrl.href).toBe("http://h/scim/v2");
  });

  it("takes a number as the retry limit and merges a partial object", () => {
    expect(normalizeOptions({ retry: 0 }).retry.limit).toBe(0);
    expect(normalizeOptions({ retry: { statusCodes: [503] } }).retry).toMatchObject({ limit: 2, statusCodes: [503] });
  });

  it("explains a malformed base URL or timeout", () => {
    expect(() => normalizeOptions({ baseUrl: "127.0.0.1:8880" })).toThrow(/http:/);
    expect(() => normalizeOptions({ baseUrl: "not a url" })).toThrow(/is not a URL/);
    expect(() => normalizeOptions({ timeout: -1 })).toThrow(/timeout must be a positive number/);
  });
});
