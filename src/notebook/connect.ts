import { ScimClient, environmentOptions } from "../client/index.js";
import { projectFiles, readOrCreateDevToken } from "../project/project-folder.js";
import { startServer, type RunningServer } from "../server/index.js";
import { useCourseClient } from "./course-client.js";
import { displayBundle } from "./kernel-output.js";
import { renderConnection, renderConnectionText, type ConnectionInfo } from "./render-connection.js";
import { findRoom, useRoom } from "./room-reporter.js";
import { notebookWarnings } from "./show-warning.js";

/** Options of {@link connect}. */
export interface ConnectOptions {
  /**
   * Do not display the connection box.
   * @default false
   */
  quiet?: boolean;
}

/** The server started by `connect()` in this kernel, shared by later calls. */
let inProcess: Promise<RunningServer> | undefined;

/**
 * Connect a chapter to a SCIM server; the first cell of every chapter:
 * `const client = await connect();`.
 *
 * 1. `SCIM_BASE_URL` (and `SCIM_TOKEN`) when set: any SCIM service.
 * 2. Else the running `scimlab serve` / `npm start` (its `.scimlab/server.json`),
 *    with the development token.
 * 3. Else start the embedded server inside this kernel, on a free port, on the
 *    project database (`.scimlab/scimlab.db`), with the development token.
 *
 * When the server is a scimlab room (`GET /room/me` answers the token), it
 * says "Room …, learner …" and every `check()` reports its outcome there;
 * on any other server (404, an error) nothing changes.
 *
 * Displays which server the notebook talks to (the token only as "set
 * (hidden)") and makes the client the one exercise checks use. The client's
 * warnings are displayed as notes under the cell (not written to stderr).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-2
 */
export async function connect(options: ConnectOptions = {}): Promise<ScimClient> {
  const environment = environmentOptions();
  let client: ScimClient;
  let info: ConnectionInfo;
  if (environment.baseUrlSource !== "default") {
    client = new ScimClient({ baseUrl: environment.baseUrl, token: environment.token, onWarning: notebookWarnings() });
    info = {
      baseUrl: environment.baseUrl,
      source: environment.baseUrlSource === "SCIM_BASE_URL" ? "SCIM_BASE_URL" : "running scimlab server",
      embedded: environment.baseUrlSource === "server.json",
      tokenSet: environment.token !== undefined,
    };
    const room = environment.baseUrlSource === "SCIM_BASE_URL" ? await findRoom(environment.baseUrl, environment.token) : undefined;
    useRoom(room);
    if (room !== undefined) info.room = { name: room.room, learner: room.learner };
  } else {
    useRoom(undefined);
    const files = projectFiles();
    inProcess ??= startServer({ port: 0, data: files.database, token: readOrCreateDevToken(files), quiet: true }).catch(
      (error: unknown) => {
        inProcess = undefined;
        throw error;
      },
    );
    const server = await inProcess;
    client = new ScimClient({ baseUrl: server.url, token: server.token, onWarning: notebookWarnings() });
    info = { baseUrl: server.url, source: "embedded in this kernel", embedded: true, tokenSet: true, database: files.database };
  }
  useCourseClient(client);
  if (!options.quiet) displayBundle({ "text/html": renderConnection(info), "text/plain": renderConnectionText(info) });
  return client;
}

/**
 * Stop the embedded server that `connect()` started in this kernel, if any
 * (a server found through the environment is left alone). The next
 * `connect()` starts a new one.
 */
export async function disconnect(): Promise<void> {
  const running = inProcess;
  inProcess = undefined;
  if (running) await (await running).close();
}
