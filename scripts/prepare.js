// Prepare a checkout for the course: node modules, the build, Jupyter and the project's own kernel spec.
// Plain JavaScript with Node built-ins only, because it runs before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, symlinkSync, lstatSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root: the folder above scripts/. */
export const root = dirname(dirname(fileURLToPath(import.meta.url)));
/** Where `prepare()` records the Python that runs Jupyter, for the notebook tests and the executor. */
export const pythonRecord = join(root, ".scimlab", "python");
/** The folder put on JUPYTER_PATH: it holds kernels/tslab/kernel.json, for this project only. */
export const jupyterPath = join(root, ".scimlab", "jupyter");

/** The Python of the project's own virtual environment, where pip installs Jupyter when it is missing. */
const venvPython = join(root, ".venv", "bin", "python");

const say = (line) => console.log(`[scimlab] ${line}`);

/**
 * Run a command, streaming its output; throw with a clear message when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {import("node:child_process").SpawnSyncOptions} [options]
 */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal}).`);
  }
}

/** Install the node modules when they are missing or older than the lock file. */
export function ensureNodeModules() {
  const marker = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say("installing node modules (better-sqlite3 may compile from source: a minute or two)");
  // `npm install`, not `npm ci`, also in CI: the lock file holds only the optional packages of the platforms the
  // registry served when it was written (rollup's native builds), which `npm ci` would reject as out of sync.
  run("npm", ["install", "--no-audit", "--no-fund"]);
}

/** Compile src/ to dist/ and link the package into node_modules so notebooks can `import … from "scimlab"`. */
export function build() {
  say("building the kit (tsc -p tsconfig.build.json)");
  rmSync(join(root, "dist"), { recursive: true, force: true });
  run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"]);
  linkSelf();
}

function linkSelf() {
  const link = join(root, "node_modules", "scimlab");
  try {
    if (lstatSync(link).isSymbolicLink()) return;
    rmSync(link, { recursive: true, force: true });
  } catch {
    // no link yet
  }
  symlinkSync("..", link, process.platform === "win32" ? "junction" : "dir");
}

/**
 * Find a Python with Jupyter (Notebook or JupyterLab, nbclient and ipykernel), installing one if needed:
 * 1. an existing interpreter (SCIMLAB_PYTHON, the project's .venv, python3, /usr/bin/python3);
 * 2. pip into the project's .venv, where the Python package index is reachable;
 * 3. Debian's packages, when running as root on a Debian-like system.
 * @returns {string} the python executable
 */
function ensureJupyter() {
  const found = findJupyterPython();
  if (found) return found;
  say("Jupyter not found: trying pip in a project virtual environment (.venv)");
  const viaPip =
    spawnSync("python3", ["-m", "venv", join(root, ".venv")], { stdio: "inherit" }).status === 0 &&
    spawnSync(venvPython, ["-m", "pip", "install", "--timeout", "15", "--retries", "1", "notebook", "nbclient", "nbconvert", "ipykernel"], {
      stdio: "inherit",
    }).status === 0;
  if (!viaPip && existsSync("/usr/bin/apt-get") && process.getuid?.() === 0) {
    say("pip could not install Jupyter: installing Debian's packages instead");
    rmSync(join(root, ".venv"), { recursive: true, force: true });
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "jupyter-notebook", "jupyter-nbconvert", "python3-nbclient", "python3-ipykernel"], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  const installed = findJupyterPython();
  if (installed) return installed;
  throw new Error(
    "Could not install Jupyter. Install it yourself (`python3 -m pip install notebook nbclient ipykernel`, " +
      "or on Debian/Ubuntu `sudo apt-get install jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel`), " +
      "or point SCIMLAB_PYTHON at a Python that has it, then run the command again.",
  );
}

function findJupyterPython() {
  const candidates = [process.env.SCIMLAB_PYTHON, venvPython, "python3", "/usr/bin/python3"];
  for (const python of candidates) {
    if (!python) continue;
    const probe = spawnSync(python, ["-c", "import nbclient, ipykernel, jupyter_client, notebook"], { stdio: "ignore" });
    if (probe.status === 0) return python;
  }
  return undefined;
}

/**
 * Register the tslab kernel for this project only: a kernel spec under .scimlab/jupyter, which the start and
 * test commands put on JUPYTER_PATH. It runs the tslab of this checkout with the Node that runs this script.
 */
export function registerKernel() {
  const dir = join(jupyterPath, "kernels", "tslab");
  mkdirSync(dir, { recursive: true });
  const spec = {
    argv: [process.execPath, join(root, "node_modules", "tslab", "bin", "tslab"), "kernel", "--config-path", "{connection_file}"],
    display_name: "TypeScript (scimlab)",
    language: "typescript",
  };
  writeFileSync(join(dir, "kernel.json"), `${JSON.stringify(spec, null, 2)}\n`);
}

/** The environment for Jupyter processes: the project's kernel spec first on JUPYTER_PATH. */
export function jupyterEnv(extra = {}) {
  const existing = process.env.JUPYTER_PATH;
  return { ...process.env, JUPYTER_PATH: existing ? `${jupyterPath}:${existing}` : jupyterPath, ...extra };
}

/** Everything a fresh checkout needs; returns the python that runs Jupyter. */
export function prepare() {
  ensureNodeModules();
  build();
  const python = ensureJupyter();
  registerKernel();
  writeFileSync(pythonRecord, `${python}\n`);
  return python;
}
