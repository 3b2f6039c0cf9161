// Execute a notebook headless through Jupyter (nbclient + the project's tslab kernel) and report what happened:
// cells that raised, cells that never ran, and every exercise check's outcome. Used by the notebook tests and,
// from the command line, by chapter authors:
//   node scripts/execute-notebook.js notebooks/01-charles-joins.ipynb [--solutions]
// Without SCIM_BASE_URL in the environment, the command line starts a fresh embedded server (in memory).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { jupyterEnv, pythonRecord, root } from "./prepare.js";

/** The MIME type of the machine-readable outcome that every exercise check displays (`checkMarkerType` in src/notebook/render-check.ts). */
const CHECK_MIME = "application/vnd.scimlab.check+json";

/** The course's chapters, `notebooks/NN-topic.ipynb`, in order: their paths. */
export function chapterNotebooks() {
  const folder = join(root, "notebooks");
  return readdirSync(folder)
    .filter((name) => /^\d\d-.*\.ipynb$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * Execute one notebook.
 * @param {string} path the .ipynb file
 * @param {{ python: string, env?: Record<string, string>, solutions?: boolean, timeoutSeconds?: number }} options
 *   `solutions` replaces every answer cell (metadata `scimlab.answer`) with its exercise's solution code.
 */
export async function executeNotebook(path, options) {
  const source = JSON.parse(readFileSync(path, "utf8"));
  const answers = [];
  for (const cell of source.cells) {
    const answer = cell.metadata?.scimlab?.answer;
    if (!answer) continue;
    answers.push(answer);
    if (options.solutions) cell.source = await solutionFor(answer);
  }
  const executed = JSON.parse(await withKernelRetry(() => runNbclient(JSON.stringify(source), dirname(resolve(path)), options)));
  return { notebook: executed, answers, ...summarise(executed) };
}

/** The solution code of an exercise such as "chapter01.q1", from the built kit. */
async function solutionFor(answerId) {
  const { findExercise } = await import(pathToFileURL(join(root, "dist", "notebook", "index.js")).href);
  const exercise = findExercise(answerId);
  if (!exercise) throw new Error(`No exercise "${answerId}" is registered (src/notebook/exercises/index.ts).`);
  return exercise.solution;
}

/**
 * Start-up of a kernel can lose a race for its ports when several kernels start at once (jupyter_client picks
 * free ports, then the kernel binds them: "Address already in use"). Such a failure happens before any cell
 * runs, so trying again is safe; a notebook that fails in its cells is never retried.
 */
async function withKernelRetry(execute, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await execute();
    } catch (error) {
      const startup = /EADDRINUSE|Kernel didn't respond|Kernel died before replying/.test(String(error.message));
      if (!startup || attempt >= attempts) throw error;
    }
  }
}

function runNbclient(notebookJson, workingDir, { python, env = {}, timeoutSeconds = 180 }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(python, [join(root, "scripts", "execute_notebook.py"), workingDir, String(timeoutSeconds)], {
      env: jupyterEnv(env),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolvePromise(stdout) : reject(new Error(`nbclient exited with ${code}:\n${stderr.slice(-4000)}`)),
    );
    child.stdin.end(notebookJson);
  });
}

/**
 * Errors, unexecuted code cells and check outcomes of an executed notebook. A cell failed when its reply said so
 * or it wrote to stderr (where tslab prints exceptions and type errors); it did not run when it has no reply or its
 * reply was "aborted" (tslab drops the cells behind a failure).
 */
function summarise(notebook) {
  const errors = [];
  const unexecuted = [];
  const checks = [];
  notebook.cells.forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    const status = cell.metadata?.scimlab_status;
    if (status === undefined || status === "abort" || status === "aborted") unexecuted.push(index);
    const stderr = (cell.outputs ?? []).filter((o) => o.output_type === "stream" && o.name === "stderr");
    if (status === "error" || stderr.length > 0) {
      const text = stderr.map((o) => [o.text].flat().join("")).join("");
      errors.push({ cell: index, ename: status === "error" ? "CellError" : "Stderr", evalue: text.slice(0, 2000) });
    }
    for (const output of cell.outputs ?? []) {
      if (output.output_type === "error") errors.push({ cell: index, ename: output.ename, evalue: output.evalue });
      const marker = output.data?.[CHECK_MIME];
      if (marker) checks.push({ cell: index, ...(typeof marker === "string" ? JSON.parse(marker) : marker) });
    }
  });
  return { errors, unexecuted, checks };
}

async function main(argv) {
  const [path, ...flags] = argv;
  if (!path) {
    console.error("usage: node scripts/execute-notebook.js NOTEBOOK.ipynb [--solutions]");
    return 2;
  }
  const python = readFileSync(pythonRecord, "utf8").trim();
  const env = {};
  let server;
  if (!process.env.SCIM_BASE_URL) {
    const { startServer } = await import(pathToFileURL(join(root, "dist", "server", "index.js")).href);
    server = await startServer({ port: 0, data: ":memory:", quiet: true });
    Object.assign(env, { SCIM_BASE_URL: server.url, SCIM_TOKEN: server.token });
  }
  try {
    const result = await executeNotebook(path, { python, env, solutions: flags.includes("--solutions") });
    console.log(`${basename(path)}: ${result.errors.length} error(s), ${result.unexecuted.length} cell(s) not run`);
    for (const e of result.errors) console.log(`  cell ${e.cell}: ${e.ename}: ${e.evalue}`);
    for (const c of result.checks) console.log(`  check ${c.exercise}: ${c.outcome}${c.message ? ` (${c.message})` : ""}`);
    return result.errors.length === 0 && result.unexecuted.length === 0 ? 0 : 1;
  } finally {
    await server?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
