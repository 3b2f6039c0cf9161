import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** A server running in a child process, so that the load generator and the server each get a core. */
export interface ChildServer {
  /** The first http:// URL the process printed (the SCIM base URL, or the bare server's origin). */
  readonly url: string;
  stop(): Promise<void>;
}

/** Start the embedded server (the compiled kit, as `scimlab serve` runs it) on a data file. */
export function startEmbedded(data: string, token: string, ...options: string[]): Promise<ChildServer> {
  return startChild([join(root, "bin", "scimlab.js"), "serve", "--port", "0", "--data", data, "--token", token, ...options]);
}

/** Start the bare node:http server answering `body`. */
export function startBare(body: string): Promise<ChildServer> {
  return startChild([join(root, "bench", "bare-server.js"), body]);
}

function startChild(args: string[]): Promise<ChildServer> {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let seen = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      seen += chunk;
      const match = /(http:\/\/\S+)/.exec(seen);
      if (match) resolve({ url: match[1]!, stop: () => stop(child) });
    });
    child.on("exit", (code) => reject(new Error(`${args[0]} exited with ${code} before it was ready`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
