import { existsSync, readFileSync } from "node:fs";
import { projectFiles, readDevToken, type ProjectFiles } from "../project/project-folder.js";
import { ClientDefaults } from "./options.js";

/** Where {@link environmentOptions} found the base URL and token, for display. */
export interface EnvironmentOptions {
  /** The base URL to use. */
  readonly baseUrl: string;
  /** The bearer token to use, if one was found. */
  readonly token: string | undefined;
  /** Where the base URL came from. */
  readonly baseUrlSource: "SCIM_BASE_URL" | "server.json" | "default";
  /** Where the token came from. */
  readonly tokenSource: "SCIM_TOKEN" | "dev-token" | "none";
}

/**
 * Find the server to talk to and its token, the way notebooks and scripts expect:
 *
 * 1. Base URL: `SCIM_BASE_URL`; else the `url` in `.scimlab/server.json` when the process `pid` it names
 *    is alive (a running `npm start`); else `http://127.0.0.1:8880/scim/v2`.
 * 2. Token: `SCIM_TOKEN`; else the embedded server's development token in `.scimlab/dev-token`.
 *
 * @param env - the environment variables to read
 * @param files - the project's local state paths
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-2
 */
export function environmentOptions(
  env: NodeJS.ProcessEnv = process.env,
  files: ProjectFiles = projectFiles(),
): EnvironmentOptions {
  const fromServer = env.SCIM_BASE_URL ? undefined : runningServerUrl(files.serverInfo);
  const baseUrl = env.SCIM_BASE_URL || fromServer || ClientDefaults.baseUrl;
  const baseUrlSource = env.SCIM_BASE_URL ? "SCIM_BASE_URL" : fromServer ? "server.json" : "default";
  const devToken = env.SCIM_TOKEN ? undefined : readDevToken(files);
  const token = env.SCIM_TOKEN || devToken;
  const tokenSource = env.SCIM_TOKEN ? "SCIM_TOKEN" : devToken ? "dev-token" : "none";
  return { baseUrl, token, baseUrlSource, tokenSource };
}

/** The `url` of `.scimlab/server.json` when the process that wrote it is still running. */
function runningServerUrl(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const info = JSON.parse(readFileSync(path, "utf8")) as { url?: unknown; pid?: unknown };
    if (typeof info.url !== "string" || typeof info.pid !== "number") return undefined;
    return isAlive(info.pid) ? info.url : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with `pid` exists (signal 0 checks without sending anything). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
