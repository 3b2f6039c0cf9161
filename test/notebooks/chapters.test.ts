import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { executeNotebook } from "../../scripts/execute-notebook.js";
import { startServer } from "../../src/server/index.js";
import { jupyterPython, outputsText } from "./jupyter.js";

const folder = join(import.meta.dirname, "..", "..", "notebooks");
const chapters = readdirSync(folder).filter((name) => /^\d\d-.*\.ipynb$/.test(name));

/** A chapter runs in seconds; the bound only stops a hung kernel from hanging the suite. */
const NOTEBOOK_TIMEOUT = 300_000;

type RunningServer = Awaited<ReturnType<typeof startServer>>;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Execute a chapter against a fresh embedded server (in memory), as a learner's kernel would see it. */
async function runChapter(name: string, solutions: boolean) {
  server = await startServer({ port: 0, data: ":memory:", quiet: true });
  const result = await executeNotebook(join(folder, name), {
    python: jupyterPython(),
    env: { SCIM_BASE_URL: server.url, SCIM_TOKEN: server.token },
    solutions,
  });
  return { ...result, token: server.token };
}

describe.each(chapters)("chapter %s", (name) => {
  it("runs every cell with the solutions filled in, and every check passes", async () => {
    const run = await runChapter(name, true);
    expect(run.errors).toEqual([]);
    expect(run.unexecuted).toEqual([]);
    expect(run.answers.length, "each chapter has exercises").toBeGreaterThanOrEqual(2);
    for (const answer of run.answers) {
      const outcomes = run.checks.filter((check) => check.exercise === answer).map((check) => check.outcome);
      expect(outcomes, `the check of ${answer}`).toContain("correct");
      expect(outcomes).not.toContain("incorrect");
    }
    expect(outputsText(run.notebook)).not.toContain(run.token);
  }, NOTEBOOK_TIMEOUT);

  it("runs as committed: no cell fails and every check says the exercise is not attempted yet", async () => {
    const run = await runChapter(name, false);
    expect(run.errors).toEqual([]);
    expect(run.unexecuted).toEqual([]);
    for (const answer of run.answers) {
      const outcomes = run.checks.filter((check) => check.exercise === answer).map((check) => check.outcome);
      expect(outcomes, `the check of ${answer}`).toEqual(expect.arrayContaining(["not-attempted"]));
      expect(outcomes).not.toContain("correct");
    }
    expect(outputsText(run.notebook)).not.toContain(run.token);
  }, NOTEBOOK_TIMEOUT);
});
