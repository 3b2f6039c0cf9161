import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { executeNotebook } from "../../scripts/execute-notebook.js";
import { jupyterPython, outputsText } from "../notebooks/jupyter.js";
import { startPeer } from "./scimmy-peer.js";

const folder = join(import.meta.dirname, "..", "..", "notebooks");
const chapters = readdirSync(folder).filter((name) => /^\d\d-.*\.ipynb$/.test(name));

let peer: Awaited<ReturnType<typeof startPeer>> | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

describe.each(chapters)("chapter %s on an independent server (scimmy)", (name) => {
  it("runs unchanged with SCIM_BASE_URL pointing at it, every check passing", async () => {
    peer = await startPeer({ token: "peer-token-for-tests" });
    const run = await executeNotebook(join(folder, name), {
      python: jupyterPython(),
      env: { SCIM_BASE_URL: peer.url, SCIM_TOKEN: peer.token },
      solutions: true,
    });
    expect(run.errors).toEqual([]);
    expect(run.unexecuted).toEqual([]);
    for (const answer of run.answers) {
      expect(run.checks.filter((c) => c.exercise === answer).map((c) => c.outcome), answer).toContain("correct");
    }
    expect(outputsText(run.notebook)).not.toContain(peer.token);
  }, 300_000);
});
