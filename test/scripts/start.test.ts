import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jupyterPython } from "../notebooks/jupyter.js";
import { testRoom } from "../room/harness.js";

const root = join(import.meta.dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return false;
  } catch {
    return true;
  }
}

/** The environments (NUL-separated) of the direct children of `pid`, read from /proc. */
function childEnvironments(pid: number): string[] {
  const environments: string[] = [];
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const parent = readFileSync(`/proc/${entry}/stat`, "utf8").replace(/^.*\) /s, "").split(" ")[1];
      if (Number(parent) === pid) environments.push(readFileSync(`/proc/${entry}/environ`, "utf8").split("\0").join("\n"));
    } catch {
      // The process ended meanwhile.
    }
  }
  return environments;
}

describe("npm start", () => {
  it("serves SCIM and Jupyter with the project's kernel on notebooks/, and one Ctrl-C stops both", async () => {
    const jupyterPort = await freePort();
    const data = join(mkdtempSync(join(tmpdir(), "scimlab-start-")), "start.db");
    const start = spawn(
      process.execPath,
      [join(root, "scripts", "start.js"), "--no-browser", "--notebook", "--jupyter-port", String(jupyterPort), "--scim-port", "0", "--data", data],
      { cwd: root, env: { ...process.env, SCIMLAB_PYTHON: jupyterPython(), SCIMLAB_PREPARED: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let printed = "";
    start.stdout.on("data", (chunk) => (printed += chunk));
    start.stderr.resume();
    const exited = new Promise<number | null>((resolve) => start.on("exit", (code) => resolve(code)));
    await expect.poll(() => printed, { timeout: 60_000, interval: 250 }).toContain("Press Ctrl-C once");

    const jupyterUrl = /Jupyter\s+(\S+)/.exec(printed)![1]!;
    const scimUrl = /SCIM server\s+(\S+)/.exec(printed)![1]!;
    const token = new URL(jupyterUrl).searchParams.get("token");
    const api = (path: string) => fetch(`http://127.0.0.1:${jupyterPort}${path}?token=${token}`).then((r) => r.json());

    const specs = (await api("/api/kernelspecs")) as { kernelspecs: Record<string, { spec: { display_name: string } }> };
    expect(specs.kernelspecs.tslab?.spec.display_name).toBe("TypeScript (scimlab)");
    const contents = (await api("/api/contents")) as { content: { name: string }[] };
    expect(contents.content.map((entry) => entry.name)).toContain("00-welcome.ipynb");
    expect((await fetch(`${scimUrl}/ServiceProviderConfig`)).status).toBe(401);

    start.kill("SIGINT");
    expect(await exited).toBe(0);
    await expect.poll(() => refused(`${scimUrl}/ServiceProviderConfig`), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => refused(`http://127.0.0.1:${jupyterPort}/api`), { timeout: 10_000 }).toBe(true);
  }, 120_000);

  it("with --join ROOM_URL CODE, joins the room and opens Jupyter on it, with no embedded server and the token hidden", async () => {
    const room = await testRoom();
    const tokens: string[] = [];
    const issue = room.room.issue.bind(room.room);
    room.room.issue = (name?: string) => {
      const learner = issue(name);
      tokens.push(learner.token);
      return learner;
    };
    try {
      const jupyterPort = await freePort();
      const start = spawn(
        process.execPath,
        [join(root, "scripts", "start.js"), "--no-browser", "--notebook", "--jupyter-port", String(jupyterPort), "--join", room.url, room.room.registry.code, "--name", "Ada"],
        { cwd: root, env: { ...process.env, SCIMLAB_PYTHON: jupyterPython(), SCIMLAB_PREPARED: "1" }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let printed = "";
      start.stdout.on("data", (chunk) => (printed += chunk));
      start.stderr.on("data", (chunk) => (printed += chunk));
      const exited = new Promise<number | null>((resolve) => start.on("exit", (code) => resolve(code)));
      await expect.poll(() => printed, { timeout: 60_000, interval: 250 }).toContain("Press Ctrl-C once");

      expect(printed).toContain(`Room URL        ${room.url}`);
      expect(printed).toContain("SCIM_TOKEN set (hidden)");
      expect(/SCIM server\s+(\S+)\s+\((.*)\)/.exec(printed)?.slice(1)).toEqual([`${room.url}/scim/v2`, "room scimlab room, learner Ada"]);
      expect(printed).not.toContain("embedded");
      const learners = (await room.call(room.instructor, "GET", "/room/learners")).json.Resources as { name: string }[];
      expect(learners.map((learner) => learner.name)).toEqual(["Ada"]);
      expect(tokens).toHaveLength(1);
      expect(printed).not.toContain(tokens[0]);
      if (process.platform === "linux") {
        // Jupyter (whose kernels inherit its environment) got the learner's settings.
        const env = childEnvironments(start.pid!).find((vars) => vars.includes("JUPYTER_PATH="));
        expect(env).toContain(`SCIM_BASE_URL=${room.url}/scim/v2`);
        expect(env).toContain(`SCIM_TOKEN=${tokens[0]}`);
      }

      start.kill("SIGINT");
      expect(await exited).toBe(0);
      await expect.poll(() => refused(`http://127.0.0.1:${jupyterPort}/api`), { timeout: 10_000 }).toBe(true);
    } finally {
      await room.stop();
    }
  }, 120_000);
});
