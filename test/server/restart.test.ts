import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serveChild, type ServeChild } from "../support/serve-child.js";

const folder = mkdtempSync(join(tmpdir(), "scimlab-restart-"));
const children: ChildProcess[] = [];

/**
 * Run `scimlab serve` (from source) in a child process in an empty folder; resolve with the URL it prints.
 * Without `data`, it serves the folder's own database (`.scimlab/scimlab.db`).
 */
function serve(data: string | undefined, token: string): Promise<ServeChild> {
  return serveChild(folder, [...(data === undefined ? [] : ["--data", data]), "--token", token], children);
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(folder, { recursive: true, force: true });
});

describe("scimlab serve", () => {
  it("keeps an acknowledged write across kill -9", async () => {
    const data = join(folder, "directory.db");
    const headers = { authorization: "Bearer restart-token", "content-type": "application/scim+json" };
    const first = await serve(data, "restart-token");
    const created = await fetch(`${first.url}/Users`, { method: "POST", headers, body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "survivor" }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    first.child.kill("SIGKILL");
    await new Promise((done) => first.child.once("exit", done));

    const second = await serve(data, "restart-token");
    const got = await fetch(`${second.url}/Users/${id}`, { headers });
    expect(got.status).toBe(200);
    expect(((await got.json()) as { userName: string }).userName).toBe("survivor");
    second.child.kill("SIGTERM");
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`prints one line with the URL, writes server.json while running and removes it on ${signal}`, async () => {
      const running = await serve(undefined, "t");
      const info = join(folder, ".scimlab", "server.json");
      expect(JSON.parse(readFileSync(info, "utf8"))).toEqual({ url: running.url, pid: running.child.pid });
      const exit = new Promise<number | null>((done) => running.child.once("exit", done));
      running.child.kill(signal);
      expect(await exit).toBe(0);
      expect(existsSync(info)).toBe(false);
    });
  }

  it("does not announce a server of another database in server.json (clients would take it for the project's)", async () => {
    const running = await serve(":memory:", "t");
    expect(existsSync(join(folder, ".scimlab", "server.json"))).toBe(false);
    running.child.kill("SIGTERM");
  });
});
