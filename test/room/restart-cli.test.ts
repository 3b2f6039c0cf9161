import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const tsx = pathToFileURL(join(root, "node_modules/tsx/dist/loader.mjs")).href;
const main = pathToFileURL(join(root, "src/cli/main.ts")).href;
const script = `import(${JSON.stringify(main)}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); })`;
const folder = mkdtempSync(join(tmpdir(), "scimlab-room-cli-"));
const data = join(folder, "room");
const children: ChildProcess[] = [];

interface Printed {
  child: ChildProcess;
  url: string;
  code: string;
  instructor: string;
  lines: string[];
}

/** `scimlab room` (from source) in a child process; resolves with what it printed once the instructor page line is out. */
function room(...extra: string[]): Promise<Printed> {
  const child = spawn(process.execPath, ["--import", tsx, "-e", script, "room", "--port", "0", "--data", data, "--name", "Scranton", ...extra], { cwd: folder, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((done, fail) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes("Instructor page:")) return;
      const field = (name: string) => new RegExp(`^${name}: (\\S+)$`, "m").exec(output)?.[1] ?? "";
      done({ child, url: field("Room URL"), code: field("Room code"), instructor: field("Instructor token"), lines: output.split("\n") });
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => fail(new Error(`room exited with ${code}: ${output}`)));
  });
}

async function scimlab(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, ["--import", tsx, "-e", script, ...args], { cwd: folder });
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(folder, { recursive: true, force: true });
});

describe("scimlab room and scimlab join", () => {
  it("prints the room's URL, code, token and pages; join prints SCIM_BASE_URL and SCIM_TOKEN; all survive kill -9", async () => {
    const first = await room();
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.lines).toContain(`Learner page: ${first.url}/room/learner`);
    expect(first.lines).toContain(`Instructor page: ${first.url}/room/instructor`);
    expect(first.code).toMatch(/^[34679ACDEFGHJKMNPQRTWXY]{10}$/);

    const joined = await scimlab("join", first.url, first.code, "--name", "Ada");
    const env = Object.fromEntries(joined.stdout.trim().split("\n").filter((line) => line.startsWith("SCIM_")).map((line) => line.split("=", 2) as [string, string]));
    expect(env.SCIM_BASE_URL).toBe(`${first.url}/scim/v2`);
    expect(env.SCIM_TOKEN).toMatch(/^[\w-]{43}$/);
    expect(joined.stdout).toContain("export SCIM_BASE_URL SCIM_TOKEN");
    const headers = { authorization: `Bearer ${env.SCIM_TOKEN}`, "content-type": "application/scim+json" };
    const created = await fetch(`${env.SCIM_BASE_URL}/Users`, { method: "POST", headers, body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "survivor" }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const checked = await fetch(`${first.url}/room/checks`, { method: "POST", headers, body: JSON.stringify({ exercise: "01-charles-joins", outcome: "correct", attempts: 1, hintsAsked: 0 }) });
    expect(checked.status).toBe(201);
    first.child.kill("SIGKILL");
    await new Promise((done) => first.child.once("exit", done));

    const second = await room();
    expect(second.code).toBe(first.code);
    expect(second.instructor).toBe(first.instructor);
    const base = `${second.url}/scim/v2`;
    const got = await fetch(`${base}/Users/${id}`, { headers });
    expect(got.status).toBe(200);
    expect(((await got.json()) as { userName: string }).userName).toBe("survivor");
    const learners = (await (await fetch(`${second.url}/room/learners`, { headers: { authorization: `Bearer ${second.instructor}` } })).json()) as { Resources: { name: string; checks: unknown[] }[] };
    expect(learners.Resources.map((learner) => [learner.name, learner.checks.length])).toEqual([["Ada", 1]]);

    const refused = await scimlab("join", second.url, "WRONGCODE7").catch((error: { code: number; stderr: string }) => error);
    expect((refused as { code: number }).code).toBe(1);
    expect((refused as { stderr: string }).stderr).toContain("403");
    second.child.kill("SIGTERM");
    await new Promise((done) => second.child.once("exit", done));
  }, 60_000);

  it("issues learners for a printed sheet with scimlab room tokens: one name and token a line", async () => {
    const { stdout } = await scimlab("room", "tokens", "--count", "3", "--data", data);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^Learner \d{2}\t[\w-]{43}$/);
  }, 30_000);

  it("takes --join-attempts for a class behind one address: that many joins a minute, then 429; a bad value is a usage error", async () => {
    const bad = await scimlab("room", "--join-attempts", "many", "--data", data).catch((error: { code: number; stderr: string }) => error);
    expect((bad as { code: number }).code).toBe(2);
    expect((bad as { stderr: string }).stderr).toContain("--join-attempts");
    const running = await room("--join-attempts", "2");
    const join = () => fetch(`${running.url}/room/join`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code: running.code }) });
    expect([(await join()).status, (await join()).status, (await join()).status]).toEqual([201, 201, 429]);
    running.child.kill("SIGTERM");
    await new Promise((done) => running.child.once("exit", done));
  }, 60_000);
});
