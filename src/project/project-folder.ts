import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Where scimlab keeps its local state: the embedded server's database, its
 * development token and the address of the running server.
 *
 * Everything lives in a `.scimlab/` folder at the root of the project (the
 * nearest folder, walking up from the working directory, whose
 * `package.json` is named `scimlab`), so a notebook opened from
 * `notebooks/` and a server started from the project root agree without any
 * configuration. Outside a scimlab checkout the working directory is used.
 */
export interface ProjectFiles {
  /** The project root. */
  readonly root: string;
  /** `.scimlab/`, created on demand. */
  readonly stateDir: string;
  /** The embedded server's SQLite database. */
  readonly database: string;
  /** The development token shared by `scimlab serve` and the client. */
  readonly devToken: string;
  /** A small JSON file that a running `scimlab serve` writes: `{ url, pid }`. */
  readonly serverInfo: string;
}

/** Find the project root by walking up from `from` (default: the working directory). */
function findProjectRoot(from: string = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === "scimlab") return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

/** The paths of scimlab's local state for the project that contains `from`. */
export function projectFiles(from?: string): ProjectFiles {
  const root = findProjectRoot(from);
  const stateDir = join(root, ".scimlab");
  return {
    root,
    stateDir,
    database: join(stateDir, "scimlab.db"),
    devToken: join(stateDir, "dev-token"),
    serverInfo: join(stateDir, "server.json"),
  };
}

/**
 * Read the development token, creating a random one on first use.
 * The file is readable by its owner only; it is never printed.
 */
export function readOrCreateDevToken(files: ProjectFiles = projectFiles()): string {
  const existing = readDevToken(files);
  if (existing) return existing;
  mkdirSync(files.stateDir, { recursive: true });
  const token = `scimlab-dev-${randomBytes(18).toString("base64url")}`;
  writeFileSync(files.devToken, `${token}\n`, { mode: 0o600 });
  return token;
}

/** Read the development token if one was created, else `undefined`. */
export function readDevToken(files: ProjectFiles = projectFiles()): string | undefined {
  if (!existsSync(files.devToken)) return undefined;
  const token = readFileSync(files.devToken, "utf8").trim();
  return token === "" ? undefined : token;
}

function readPackageName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name;
  } catch {
    return undefined;
  }
}
