import { rmSync, writeFileSync, mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { projectFiles, readOrCreateDevToken } from "../project/project-folder.js";
import { dialectNames, isDialectName, parseFaultPlan, startServer } from "../server/index.js";
import { usageError, wholeNumber } from "./arguments.js";
import { untilStopped } from "./until-stopped.js";

const usage = `Usage: scimlab serve [--host 127.0.0.1] [--port 8880] [--data PATH | --data :memory:] [--token TOKEN] [--response-cache N]
                     [--dialect strict|entra|okta|lenient] [--faults "SPEC"]

Start the embedded SCIM 2.0 server at http://HOST:PORT/scim/v2 until Ctrl+C.

Options:
  --host HOST    interface to listen on                  (default 127.0.0.1)
  --port PORT    port; 0 picks a free one                (default 8880)
  --data PATH    SQLite file, or :memory: for a throwaway directory
                                                         (default .scimlab/scimlab.db)
  --token TOKEN  bearer token clients must send          (default: the development token in .scimlab/dev-token)
  --response-cache N  GET-by-id answers kept until the next write; 0 turns the cache off (default 10000)
  --dialect NAME strict: RFC 7643/7644 only, each known non-RFC form of an identity provider refused with a 400
                 naming it; entra / okta: also that provider's forms; lenient: all of them   (default strict)
                 A request's Scimlab-Dialect header beats it.
  --faults SPEC  inject faults into every session, e.g. "429 every 3 retry-after 1; latency 200ms"; clauses:
                 "429|503 every N [retry-after S]", "500 every N", "drop every N", "latency Nms"
                 A request's Scimlab-Faults header beats it. Only scimlab's server knows these two.`;

/**
 * `scimlab serve`: run {@link startServer} until SIGINT/SIGTERM. Prints one
 * line with the base URL when ready and, when it serves the project's own
 * database (no `--data`), writes `.scimlab/server.json` (`{ url, pid }`,
 * removed on exit) so that clients find the server.
 * Resolves to the exit code (0 stopped cleanly, 1 failed to start, 2 bad usage).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export async function runServe(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        host: { type: "string", default: "127.0.0.1" },
        port: { type: "string", default: "8880" },
        data: { type: "string" },
        token: { type: "string" },
        "response-cache": { type: "string" },
        dialect: { type: "string" },
        faults: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return usageError("serve", (error as Error).message, usage);
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return usageError("serve", `--port must be a whole number from 0 to 65535, got "${values.port}"`, usage);
  }
  const cacheSize = wholeNumber("response-cache", values["response-cache"]);
  if (typeof cacheSize === "string") return usageError("serve", cacheSize, usage);
  if (values.dialect !== undefined && !isDialectName(values.dialect)) {
    return usageError("serve", `--dialect must be one of ${dialectNames.join(", ")}, got "${values.dialect}"`, usage);
  }
  if (values.faults !== undefined) {
    try {
      parseFaultPlan(values.faults);
    } catch (error) {
      return usageError("serve", `--faults: ${(error as Error).message}`, usage);
    }
  }
  const files = projectFiles();
  let server;
  try {
    server = await startServer({
      host: values.host,
      port,
      data: values.data ?? files.database,
      token: values.token ?? readOrCreateDevToken(files),
      ...(cacheSize === undefined ? {} : { responseCacheSize: cacheSize }),
      ...(values.dialect === undefined ? {} : { dialect: values.dialect }),
      ...(values.faults === undefined ? {} : { faults: values.faults }),
    });
  } catch (error) {
    const inUse = (error as { code?: string }).code === "EADDRINUSE";
    const hint = inUse ? ` Another server (maybe scimlab serve) uses port ${port}: stop it, or pick another with --port (0 picks a free one).` : "";
    console.error(`scimlab serve: could not start: ${(error as Error).message}.${hint}`);
    return 1;
  }
  // Listen for SIGINT/SIGTERM before announcing the URL: a supervisor may signal as soon as it reads it.
  const stopped = untilStopped();
  // Only the server of the project's own database announces itself to clients (connect(), npm start).
  const announced = values.data === undefined;
  if (announced) {
    mkdirSync(files.stateDir, { recursive: true });
    writeFileSync(files.serverInfo, `${JSON.stringify({ url: server.url, pid: process.pid })}\n`);
  }
  const lab = [values.dialect === undefined ? "" : `dialect ${values.dialect}`, values.faults === undefined ? "" : `faults "${values.faults}"`].filter(Boolean);
  console.log(`scimlab: SCIM 2.0 server listening at ${server.url}${lab.length > 0 ? ` (${lab.join(", ")})` : ""} (Ctrl+C to stop)`);
  await stopped;
  await server.close();
  if (announced) rmSync(files.serverInfo, { force: true });
  return 0;
}
