// `npm start`: prepare the checkout, start (or reuse) the embedded SCIM server, and open Jupyter on notebooks/
// with the project's TypeScript kernel. One Ctrl-C stops both.
//
// Options: --no-browser   --jupyter-port N (default 8888)   --scim-port N (default 8880)   --notebook (classic UI)
//          --data PATH (the embedded server's database; default .scimlab/scimlab.db)
// To use another SCIM server instead of the embedded one: SCIM_BASE_URL=https://… SCIM_TOKEN=… npm start
// To work in a workshop room: npm start -- --join ROOM_URL CODE [--name NAME] (no embedded server then)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { jupyterEnv, jupyterPath, prepare, root } from "./prepare.js";
import { joinRoom, parseStartArguments, roomKernelEnv } from "./start-join.js";

let parsed;
try {
  parsed = parseStartArguments(process.argv.slice(2));
} catch (error) {
  console.error(`[scimlab] ${error.message}`);
  process.exit(2);
}
const { flags } = parsed;

const python = process.env.SCIMLAB_PYTHON && process.env.SCIMLAB_PREPARED ? process.env.SCIMLAB_PYTHON : prepare();
const children = [];
try {
  const scim = parsed.join
    ? await roomServer(parsed.join)
    : process.env.SCIM_BASE_URL
      ? { url: process.env.SCIM_BASE_URL, origin: "from SCIM_BASE_URL" }
      : await embeddedServer();
  const jupyter = await startJupyter(scim);
  printBanner(scim, jupyter);
  stopOnSignal();
} catch (error) {
  stopChildren();
  console.error(`[scimlab] ${error.message}`);
  process.exitCode = 1;
}

/** Join the workshop room: the kernel gets the learner's SCIM_BASE_URL and SCIM_TOKEN; no embedded server. */
async function roomServer(join) {
  const joined = await joinRoom(join);
  return { url: joined.baseUrl, origin: `room ${joined.room}, learner ${joined.name}`, roomUrl: join.roomUrl, env: roomKernelEnv(joined) };
}

/** Reuse the embedded server that already runs for this project, or start one. */
async function embeddedServer() {
  const running = flags.data ? undefined : await runningServer();
  if (running) return { url: running, origin: "embedded, already running (reused)" };
  const data = flags.data ? ["--data", flags.data] : [];
  for (const port of [flags["scim-port"], "0"]) {
    const child = spawn(process.execPath, [join(root, "bin", "scimlab.js"), "serve", "--port", port, ...data], {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const url = await firstMatch(child.stdout, /(http:\/\/\S+\/scim\/v2)/, child);
    if (url) {
      children.push(child);
      return { url, origin: `embedded, data in ${flags.data ?? ".scimlab/scimlab.db"}` };
    }
  }
  throw new Error("The embedded SCIM server did not start: see the messages above.");
}

async function runningServer() {
  const info = join(root, ".scimlab", "server.json");
  const tokenFile = join(root, ".scimlab", "dev-token");
  if (!existsSync(info) || !existsSync(tokenFile)) return undefined;
  const { url, pid } = JSON.parse(readFileSync(info, "utf8"));
  try {
    process.kill(pid, 0);
    const token = readFileSync(tokenFile, "utf8").trim();
    const response = await fetch(`${url}/ServiceProviderConfig`, { headers: { authorization: `Bearer ${token}` } });
    return response.ok ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Start Jupyter (JupyterLab when installed, else classic Notebook) on notebooks/ and wait for its URL. */
async function startJupyter(scim) {
  const hasLab = !flags.notebook && spawnSync(python, ["-c", "import jupyterlab"], { stdio: "ignore" }).status === 0;
  const args = ["-m", "jupyter", hasLab ? "lab" : "notebook", `--notebook-dir=${join(root, "notebooks")}`];
  args.push(`--port=${flags["jupyter-port"]}`, "--ip=127.0.0.1");
  if (flags["no-browser"]) args.push("--no-browser");
  if (process.getuid?.() === 0) args.push("--allow-root"); // containers and CI machines often run as root
  const env = jupyterEnv(scim.env ?? (process.env.SCIM_BASE_URL ? {} : { SCIM_BASE_URL: scim.url }));
  const child = spawn(python, args, { cwd: root, env, detached: true, stdio: ["ignore", "inherit", "pipe"] });
  children.push(child);
  const url = await firstMatch(child.stderr, /(http:\/\/127\.0\.0\.1:\d+\/\S*token=\S+)/, child, true);
  if (!url) throw new Error("Jupyter did not start: see the messages above.");
  return { url, ui: hasLab ? "JupyterLab" : "classic Notebook" };
}

/**
 * Resolve with the first capture of `pattern` in a child's output stream, or undefined if the child exits first.
 * With `echo`, the output is also passed through (Jupyter's own log).
 */
function firstMatch(stream, pattern, child, echo = false) {
  return new Promise((resolve) => {
    let seen = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      if (echo) process.stderr.write(chunk);
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) resolve(match[1]);
    });
    child.on("exit", () => resolve(undefined));
  });
}

function printBanner(scim, jupyter) {
  const room = scim.roomUrl ? `  Room URL        ${scim.roomUrl}\n                  SCIM_TOKEN set (hidden)\n` : "";
  console.log(`
scimlab is ready
  Jupyter         ${jupyter.url}   (${jupyter.ui})
                  open notebooks/00-welcome.ipynb and choose the "TypeScript (scimlab)" kernel
  SCIM server     ${scim.url}   (${scim.origin})
${room}  Kernel spec     ${join(jupyterPath, "kernels", "tslab")} (this project only, via JUPYTER_PATH)
  Another server  SCIM_BASE_URL=https://… SCIM_TOKEN=… npm start
  VS Code         open a notebook, Select Kernel → Existing Jupyter Server → paste the Jupyter URL above
Press Ctrl-C once to stop Jupyter${scim.roomUrl ? "" : " and the server"}.
`);
}

/** Stop every child we started that still runs; each runs in its own process group. */
function stopChildren() {
  for (const child of children) if (child.exitCode === null) process.kill(-child.pid, "SIGTERM");
}

/** One Ctrl-C (or SIGTERM) stops every child we started. */
function stopOnSignal() {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log("\n[scimlab] stopping Jupyter and the server…");
    stopChildren();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for (const child of children) {
    child.on("exit", () => {
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(0);
      stop();
    });
  }
}
