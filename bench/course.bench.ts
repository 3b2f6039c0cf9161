import { basename } from "node:path";
import { chapterNotebooks, executeNotebook } from "../scripts/execute-notebook.js";
import { ScimClient, courseSetup, seedDirectory } from "../src/index.js";
import { startServer } from "../src/server/index.js";
import { median } from "./load.js";

/** One line of the course report. */
export interface CourseRow {
  measure: string;
  value: string;
}

/** Time `courseSetup`, `seedDirectory` against one-by-one creation, and the whole course executed headless. */
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
  const cellTimes: number[] = [];
  const course = await timed(async () => {
    for (const chapter of chapters) {
      await withServer(async (_client, server) => {
        const run = await executeNotebook(chapter, {
          python,
          solutions: true,
          env: { SCIM_BASE_URL: server.url, SCIM_TOKEN: server.token },
        });
        if (run.errors.length > 0) throw new Error(`${basename(chapter)} failed: ${JSON.stringify(run.errors)}`);
        cellTimes.push(...cellDurations(run.notebook));
      });
    }
  });
  rows.push({ measure: `whole course headless (${chapters.length} chapters, fresh server each)`, value: seconds(course) });
  rows.push({ measure: `median time per code cell (${cellTimes.length} cells)`, value: `${median(cellTimes).toFixed(0)} ms` });
  return rows;
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

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
