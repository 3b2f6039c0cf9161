import { basename } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { chapterNotebooks, executeNotebook } from "../../scripts/execute-notebook.js";
import { ScimClient } from "../../src/client/index.js";
import { startServer } from "../../src/server/index.js";
import { chapterCheckpoints, verifyCheckpoint, type ChapterId } from "../../src/setup/index.js";
import { deviationReports, expectEveryCheck, jupyterPython, outputsText } from "./jupyter.js";

const chapters = chapterNotebooks();

/** A chapter runs in seconds; the bound only stops a hung kernel from hanging the suite. */
const NOTEBOOK_TIMEOUT = 300_000;

type RunningServer = Awaited<ReturnType<typeof startServer>>;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** `chapter01` for `…/01-charles-joins.ipynb`. */
function chapterOf(path: string): ChapterId {
  return `chapter${basename(path).slice(0, 2)}` as ChapterId;
}

/** Execute a chapter against `running` (a fresh embedded server, in memory, unless given), as a learner's kernel would. */
async function runChapter(path: string, solutions: boolean, running?: RunningServer) {
  server = running ?? (await startServer({ port: 0, data: ":memory:", quiet: true }));
  const result = await executeNotebook(path, {
    python: jupyterPython(),
    env: { SCIM_BASE_URL: server.url, SCIM_TOKEN: server.token },
    solutions,
  });
  return { ...result, token: server.token };
}

/** The facts of the chapter's end checkpoint that the server's directory does not hold (none when the story holds). */
async function storyBrokenAtEndOf(path: string): Promise<unknown[]> {
  const client = new ScimClient({ baseUrl: server!.url, token: server!.token });
  try {
    const report = await verifyCheckpoint(client, chapterCheckpoints[chapterOf(path)].end);
    return report.facts.filter((fact) => !fact.holds);
  } finally {
    await client.close();
  }
}

describe.each(chapters.map((path) => [basename(path), path]))("chapter %s", (_name, path) => {
  it("runs alone with the solutions filled in: every cell runs, every check passes, the story is where it ends, nothing bent", async () => {
    const run = await runChapter(path, true);
    expect(run.errors).toEqual([]);
    expect(run.unexecuted).toEqual([]);
    expect(run.answers.length, "each chapter has exercises").toBeGreaterThanOrEqual(2);
    expectEveryCheck(run, "correct", ["incorrect", "server-limitation"]);
    expect(deviationReports(run.notebook), "the chapter ends with one report, empty on the embedded server").toEqual([[]]);
    expect(outputsText(run.notebook)).not.toContain(run.token);
    expect(await storyBrokenAtEndOf(path)).toEqual([]);
  }, NOTEBOOK_TIMEOUT);

  it("runs alone as committed: no cell fails, every check says not attempted yet, the story is where it ends", async () => {
    const run = await runChapter(path, false);
    expect(run.errors).toEqual([]);
    expect(run.unexecuted).toEqual([]);
    expectEveryCheck(run, "not-attempted", "correct");
    expect(outputsText(run.notebook)).not.toContain(run.token);
    expect(await storyBrokenAtEndOf(path)).toEqual([]);
  }, NOTEBOOK_TIMEOUT);
});

describe("the whole course", () => {
  it("runs chapter after chapter on one server, each leaving the directory where the story says", async () => {
    const shared = await startServer({ port: 0, data: ":memory:", quiet: true });
    for (const path of chapters) {
      const run = await runChapter(path, true, shared);
      expect(run.errors, basename(path)).toEqual([]);
      expect(run.unexecuted, basename(path)).toEqual([]);
      expectEveryCheck(run, "correct", ["incorrect", "server-limitation"]);
      expect(await storyBrokenAtEndOf(path), basename(path)).toEqual([]);
    }
  }, NOTEBOOK_TIMEOUT * 2);
});
