import { basename } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { chapterNotebooks, executeNotebook } from "../../scripts/execute-notebook.js";
import { startServer } from "../../src/server/index.js";
import { expectEveryCheck, jupyterPython, outputsText } from "./jupyter.js";

const chapters = chapterNotebooks();

/** A chapter runs in seconds; the bound only stops a hung kernel from hanging the suite. */
const NOTEBOOK_TIMEOUT = 300_000;

type RunningServer = Awaited<ReturnType<typeof startServer>>;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Execute a chapter against a fresh embedded server (in memory), as a learner's kernel would see it. */
async function runChapter(path: string, solutions: boolean) {
  server = await startServer({ port: 0, data: ":memory:", quiet: true });
  const result = await executeNotebook(path, {
    python: jupyterPython(),
    env: { SCIM_BASE_URL: server.url, SCIM_TOKEN: server.token },
    solutions,
  });
  return { ...result, token: server.token };
}

describe.each(chapters.map((path) => [basename(path), path]))("chapter %s", (_name, path) => {
  it("runs every cell with the solutions filled in, and every check passes", async () => {
    const run = await runChapter(path, true);
    expect(run.errors).toEqual([]);
    expect(run.unexecuted).toEqual([]);
    expect(run.answers.length, "each chapter has exercises").toBeGreaterThanOrEqual(2);
    expectEveryCheck(run, "correct", "incorrect");
    expect(outputsText(run.notebook)).not.toContain(run.token);
  }, NOTEBOOK_TIMEOUT);

  it("runs as committed: no cell fails and every check says the exercise is not attempted yet", async () => {
    const run = await runChapter(path, false);
    expect(run.errors).toEqual([]);
    expect(run.unexecuted).toEqual([]);
    expectEveryCheck(run, "not-attempted", "correct");
    expect(outputsText(run.notebook)).not.toContain(run.token);
  }, NOTEBOOK_TIMEOUT);
});
