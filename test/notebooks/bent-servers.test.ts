import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { chapterNotebooks, executeNotebook } from "../../scripts/execute-notebook.js";
import { startServer } from "../../src/server/index.js";
import { startBendingProxy } from "../support/bending-proxy.js";
import { bendNames, bends, type BendName } from "../support/bends.js";
import { bentServerOutcomes, deviationReports, expectEveryCheckWithin, jupyterPython, outputsText, type ReportedDeviation } from "./jupyter.js";

// The chapters on the servers people really have (issue 8): every chapter runs through the bending proxy
// (test/support/bends.ts), each bend alone and all of them at once, with the solutions filled in. No cell may
// fail, every check must pass or say the server cannot evaluate it, and the chapters' deviation reports must
// name the section of what was bent.

const chapters = chapterNotebooks();
/**
 * The storyline's chapters (00–03), run in order through each bend alone: every bend meets every kind of call
 * there. Chapters 04–09 each run once on a server bent every way at once (below), which keeps this file near
 * ten minutes on a 2-core runner.
 */
const storyline = chapters.filter((path) => /^0[0-3]-/.test(basename(path)));

/** Chapters run at once (each one a Jupyter kernel compiling TypeScript): two, for a 2-core CI runner. */
const CONCURRENCY = Number(process.env.SCIMLAB_NOTEBOOK_CONCURRENCY ?? 2);
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Run `paths` in order, with solutions, on one fresh embedded server behind a proxy bending `names`. */
async function runThroughBends(paths: readonly string[], names: readonly BendName[]) {
  const server = await startServer({ port: 0, data: ":memory:", quiet: true });
  const proxy = await startBendingProxy(server.url, names);
  try {
    const runs = [];
    for (const path of paths) {
      const run = await executeNotebook(path, { python: jupyterPython(), env: { SCIM_BASE_URL: proxy.url, SCIM_TOKEN: server.token }, solutions: true });
      runs.push({ chapter: basename(path), token: server.token, ...run });
    }
    return runs;
  } finally {
    await proxy.close();
    await server.close();
  }
}

type ChapterRun = Awaited<ReturnType<typeof runThroughBends>>[number];

/**
 * No cell failed or was skipped, the token never shows, the chapter ends with one report, and each exercise's
 * check said "correct" or "server-limitation" (the server cannot evaluate the answer), never "incorrect".
 */
function expectChapterRan(run: ChapterRun): ReportedDeviation[] {
  expect(run.errors, run.chapter).toEqual([]);
  expect(run.unexecuted, run.chapter).toEqual([]);
  expect(outputsText(run.notebook), run.chapter).not.toContain(run.token);
  expectEveryCheckWithin(run, bentServerOutcomes);
  const reports = deviationReports(run.notebook);
  expect(reports, `${run.chapter} ends with one deviation report`).toHaveLength(1);
  return reports[0] ?? [];
}

/** Each bend alone (every bend at once is the next block's server, for each chapter). */
const configurations: [string, readonly BendName[]][] = bendNames.map((name): [string, BendName[]] => [name, [name]]);

describe.concurrent("the storyline in order on one bent server", () => {
  it.each(configurations)("%s: every chapter runs, every check passes or names the server's limit, the reports name the bend", async (_label, names) => {
    const runs = await limited(() => runThroughBends(storyline, names));
    const reported = new Set(runs.flatMap((run) => expectChapterRan(run).map((deviation) => deviation.rfc)));
    for (const name of names) expect([...reported], `${name}: ${bends[name].rfc}`).toContain(bends[name].rfc);
  }, 1_800_000);
});

describe.concurrent("each chapter alone on a server bent every way at once", () => {
  it.each(chapters.map((path) => [basename(path), path]))("%s: runs, and its report names only what the server bent", async (_name, path) => {
    const [run] = await limited(() => runThroughBends([path], bendNames));
    const report = expectChapterRan(run as ChapterRun);
    expect(report.length).toBeGreaterThan(0);
    const bent = new Set(bendNames.map((name) => bends[name].rfc));
    for (const deviation of report) expect([...bent], `${deviation.rfc}: ${deviation.rule}`).toContain(deviation.rfc);
  }, 600_000);
});
