import { spawn, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "../..");
const tsx = pathToFileURL(join(root, "node_modules/tsx/dist/loader.mjs")).href;
const main = pathToFileURL(join(root, "src/cli/main.ts")).href;

/** A `scimlab serve` child process, the SCIM base URL it printed, and everything it printed until then. */
export interface ServeChild {
  child: ChildProcess;
  url: string;
  line: string;
}

/**
 * Run `scimlab serve --port 0 ARGS` (from source) in a child process in `folder`; resolve once it prints its
 * URL, reject when it exits first. Each child is added to `children`, for the test file to kill at the end.
 */
export function serveChild(folder: string, args: readonly string[], children: ChildProcess[]): Promise<ServeChild> {
  const script = `import(${JSON.stringify(main)}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); })`;
  const child = spawn(process.execPath, ["--import", tsx, "-e", script, "serve", "--port", "0", ...args], { cwd: folder, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((done, fail) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+\/scim\/v2)/.exec(output);
      if (match) done({ child, url: match[1]!, line: output.trim() });
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => fail(new Error(`serve exited with ${code}: ${output}`)));
  });
}
