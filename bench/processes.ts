import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** A server running in a child process, so that the load generator and the server each get a core. */
export interface ChildServer {
  /** The first http:// URL the process printed (the SCIM base URL, or the bare server's origin). */
  readonly url: string;
  /** CPU time the process used so far, in milliseconds (user + system, from /proc; `undefined` off Linux). */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** Start the embedded server (the compiled kit, as `scimlab serve` runs it) on a data file. */
export function startEmbedded(data: string, token: string, ...options: string[]): Promise<ChildServer> {
  return startChild([join(root, "bin", "scimlab.js"), "serve", "--port", "0", "--data", data, "--token", token, ...options], firstUrl);
}

/** Start the bare node:http server answering `body`. */
export function startBare(body: string): Promise<ChildServer> {
  return startChild([join(root, "bench", "bare-server.js"), body], firstUrl);
}

/** A room running in a child process, with what a learner and the instructor need to use it. */
export interface ChildRoom extends ChildServer {
  readonly code: string;
  readonly instructorToken: string;
}

/** Start a room (the compiled kit's `startRoom`) in `folder`, allowing `joinAttempts` joins a minute from one address. */
export function startRoomChild(folder: string, joinAttempts: number): Promise<ChildRoom> {
  return startChild([join(root, "bench", "room-server.js"), folder, String(joinAttempts)], (seen) => {
    const line = /^\{.*\}$/m.exec(seen);
    return line ? JSON.parse(line[0]) : undefined;
  });
}

/** Ready when the process printed its first http:// URL. */
function firstUrl(seen: string): { url: string } | undefined {
  const match = /(http:\/\/\S+)/.exec(seen);
  return match ? { url: match[1]! } : undefined;
}

function startChild<T extends { url: string }>(args: string[], ready: (seen: string) => T | undefined): Promise<T & ChildServer> {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let seen = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      seen += chunk;
      const found = ready(seen);
      if (found) resolve({ ...found, cpuMs: () => cpuMs(child.pid), stop: () => stop(child) });
    });
    child.on("exit", (code) => reject(new Error(`${args[0]} exited with ${code} before it was ready`)));
  });
}

function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
