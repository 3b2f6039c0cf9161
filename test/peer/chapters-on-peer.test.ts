import { basename } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { chapterNotebooks, executeNotebook } from "../../scripts/execute-notebook.js";
import { expectEveryCheck, jupyterPython, outputsText } from "../notebooks/jupyter.js";
import { startPeer } from "./scimmy-peer.js";

const chapters = chapterNotebooks().map((path) => [basename(path), path]);

let peer: Awaited<ReturnType<typeof startPeer>> | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

describe.each(chapters)("chapter %s on an independent server (scimmy)", (_name, path) => {
  it("runs unchanged with SCIM_BASE_URL pointing at it, every check passing", async () => {
    peer = await startPeer({ token: "peer-token-for-tests" });
    const run = await executeNotebook(path, {
      python: jupyterPython(),
      env: { SCIM_BASE_URL: peer.url, SCIM_TOKEN: peer.token },
      solutions: true,
    });
    expect(run.errors).toEqual([]);
    expect(run.unexecuted).toEqual([]);
    expectEveryCheck(run, "correct", "incorrect");
    expect(outputsText(run.notebook)).not.toContain(peer.token);
  }, 300_000);
});
