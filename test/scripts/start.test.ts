import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jupyterPython } from "../notebooks/jupyter.js";

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
});
