import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { chapterNotebooks, executeNotebook } from "../scripts/execute-notebook.js";
import { ScimClient, courseSetup, seedDirectory } from "../src/index.js";
import { startServer } from "../src/server/index.js";
import { median } from "./load.js";

/** One line of the course report. */
export interface CourseRow {
  measure: string;
  value: string;
}

/**
 * Time `courseSetup`, `seedDirectory` against one-by-one creation, and every chapter executed headless, beside a
 * one-cell notebook (the start-up every chapter pays).
 */
export async function benchCourse(python: string): Promise<CourseRow[]> {
  const rows: CourseRow[] = [];
  const setup = await withServer(async (client) => {
    const first = await timed(() => courseSetup(client));
    const again = await timed(() => courseSetup(client));
    return { first, again };
  });
  rows.push({ measure: "courseSetup on a fresh server", value: seconds(setup.first) });
  rows.push({ measure: "courseSetup again (idempotent, finds everything)", value: seconds(setup.again) });

  const users = 10_000;
  const seeded = await withServer((client) => timed(() => seedDirectory(client, { users, groups: 0, seed: 11 })));
  const oneByOne = await withServer((client) => timed(() => createOneByOne(client, users)));
  rows.push({ measure: `seedDirectory, ${users} users (Bulk)`, value: seconds(seeded) });
  rows.push({ measure: `${users} users created one by one (POST each)`, value: seconds(oneByOne) });
  rows.push({ measure: "seedDirectory speed-up over one by one", value: `${(oneByOne / seeded).toFixed(1)}×` });

  const chapters = chapterNotebooks();
  const runs: ChapterRun[] = [];
  for (const chapter of chapters) runs.push(await runChapter(chapter, python));
  const kernel = await withBareNotebook(chapters[0]!, (bare) => runChapter(bare, python));
  // The targets are for the storyline and the field chapters, 00–08; chapter 09 is reported beside them.
  const core = runs.filter((run) => /^0[0-8]-/.test(run.name));
  const coreSeconds = sum(core.map((run) => run.ms));
  const coreCells = core.flatMap((run) => run.cellMs);
  rows.push({ measure: `chapters 00–08 headless (${core.length} chapters, fresh server each)`, value: seconds(coreSeconds) });
  rows.push({ measure: `median time per code cell, chapters 00–08 (${coreCells.length} cells)`, value: `${median(coreCells).toFixed(0)} ms` });
  const allCells = runs.flatMap((run) => run.cellMs);
  rows.push({ measure: `whole course headless (${runs.length} chapters)`, value: seconds(sum(runs.map((run) => run.ms))) });
  rows.push({ measure: `median time per code cell, whole course (${allCells.length} cells)`, value: `${median(allCells).toFixed(0)} ms` });
  rows.push({ measure: "a notebook of one cell (`1`): Jupyter, the tslab kernel's start-up, its TypeScript", value: seconds(kernel.ms) });
  for (const run of runs) {
    rows.push({
      measure: `  ${run.name}: ${run.cellMs.length} code cells, median ${median(run.cellMs).toFixed(0)} ms`,
      value: `${seconds(run.ms)} (${(run.ms / kernel.ms).toFixed(1)}× the one-cell notebook)`,
    });
  }
  return rows;
}

/** One chapter executed headless with its solutions against a fresh embedded server. */
interface ChapterRun {
  name: string;
  ms: number;
  cellMs: number[];
}

async function runChapter(chapter: string, python: string): Promise<ChapterRun> {
  return withServer(async (_client, server) => {
    const started = performance.now();
    const run = await executeNotebook(chapter, {
      python,
      solutions: true,
      env: { SCIM_BASE_URL: server.url, SCIM_TOKEN: server.token },
    });
    const ms = performance.now() - started;
    if (run.errors.length > 0) throw new Error(`${basename(chapter)} failed: ${JSON.stringify(run.errors)}`);
    return { name: basename(chapter, ".ipynb"), ms, cellMs: cellDurations(run.notebook) };
  });
}

/**
 * A copy of `chapter` reduced to one code cell, `1`, beside it in notebooks/ while `work` runs: the same kernel,
 * working folder and type roots, so the difference to a chapter is the chapter's own cells.
 */
async function withBareNotebook<T>(chapter: string, work: (bare: string) => Promise<T>): Promise<T> {
  const notebook = JSON.parse(readFileSync(chapter, "utf8"));
  notebook.cells = [{ cell_type: "code", id: "bare", metadata: {}, source: "1", outputs: [], execution_count: null }];
  const bare = join(dirname(chapter), ".bench-one-cell.ipynb");
  writeFileSync(bare, JSON.stringify(notebook));
  try {
    return await work(bare);
  } finally {
    rmSync(bare, { force: true });
  }
}

async function withServer<T>(
  work: (client: ScimClient, server: { url: string; token: string }) => Promise<T>,
): Promise<T> {
  const server = await startServer({ port: 0, data: ":memory:", quiet: true });
  const client = new ScimClient({ baseUrl: server.url, token: server.token });
  try {
    return await work(client, server);
  } finally {
    await client.close();
    await server.close();
  }
}

async function createOneByOne(client: ScimClient, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await client.users.create({ userName: `one.by.one.${i}`, name: { givenName: "One", familyName: `ByOne ${i}` } });
  }
}

/** Cell durations in milliseconds from nbclient's timing metadata (kernel busy → idle). */
function cellDurations(notebook: { cells: { cell_type: string; metadata?: { execution?: Record<string, string> } }[] }): number[] {
  return notebook.cells
    .filter((cell) => cell.cell_type === "code" && cell.metadata?.execution)
    .map((cell) => {
      const execution = cell.metadata!.execution!;
      return Date.parse(execution["iopub.status.idle"]!) - Date.parse(execution["iopub.status.busy"]!);
    })
    .filter((ms) => Number.isFinite(ms));
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
