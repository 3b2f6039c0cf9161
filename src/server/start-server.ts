import type { AddressInfo } from "node:net";
import { readOrCreateDevToken } from "../project/project-folder.js";
import { isDialectName, dialectNames, type DialectName } from "./dialect/dialect-name.js";
import { parseFaultPlan } from "./faults/fault-plan.js";
import { createHandler, type ScimHandler } from "./handler.js";
import { listen } from "./listen.js";
import { RequestLog } from "./request-log.js";
import { defaultLimits } from "./server-context.js";
import { SqliteStore } from "./store/sqlite.js";

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** The interface to listen on. @default "127.0.0.1" */
  host?: string;
  /** The port; 0 picks a free one. @default 0 */
  port?: number;
  /** The SQLite file, or `":memory:"` for a directory that vanishes on close. @default ":memory:" */
  data?: string;
  /** The bearer token clients must send. @default the project's development token (`.scimlab/dev-token`) */
  token?: string;
  /** Do not print unexpected server errors (they are still answered with a 500). @default false */
  quiet?: boolean;
  /** How many exchanges the request log keeps. @default 500 */
  requestLogSize?: number;
  /** Largest request body in bytes (advertised as Bulk `maxPayloadSize`). @default 1048576 */
  maxPayloadSize?: number;
  /** Default GET-by-id responses kept until the next write; 0 turns the cache off. @default 10000 */
  responseCacheSize?: number;
  /**
   * The dialect profile: `strict` accepts RFC 7643/7644 only and refuses each known non-RFC form of an identity
   * provider with a 400 naming it; `entra` / `okta` accept that provider's forms; `lenient` all of them. A request's
   * `Scimlab-Dialect` header beats it. @default "strict"
   */
  dialect?: DialectName;
  /**
   * A fault spec for every session, e.g. `"429 every 3 retry-after 1; latency 200ms"` (see `parseFaultPlan`). A
   * request's `Scimlab-Faults` header beats it. @default none
   */
  faults?: string;
}

/** A server started with {@link startServer}. */
export interface RunningServer {
  /** The SCIM base URL, `http://host:port/scim/v2`. */
  readonly url: string;
  /** The bearer token it accepts. */
  readonly token: string;
  /** The recent exchanges (also at `GET /scimlab/requests`). */
  readonly requestLog: RequestLog;
  /** Stop listening, end open connections and close the database. */
  close(): Promise<void>;
}

/**
 * Start the embedded SCIM 2.0 service provider in this process: Users and
 * Groups in SQLite, served at `http://host:port/scim/v2` with bearer-token
 * authentication (RFC 7644).
 *
 * @example
 * const server = await startServer({ port: 0 });
 * console.log(server.url); // http://127.0.0.1:53117/scim/v2
 * await server.close();
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  if (options.dialect !== undefined && !isDialectName(options.dialect)) {
    throw new TypeError(`dialect ${JSON.stringify(options.dialect)} is not one of ${dialectNames.join(", ")}.`);
  }
  if (options.faults !== undefined) parseFaultPlan(options.faults); // Throws a TypeError naming the bad clause.
  const host = options.host ?? "127.0.0.1";
  const token = options.token ?? readOrCreateDevToken();
  const store = new SqliteStore(options.data ?? ":memory:");
  const requestLog = new RequestLog(options.requestLogSize);
  const maxPayloadSize = options.maxPayloadSize ?? defaultLimits.maxPayloadSize;
  let handler: ScimHandler | undefined;
  let server;
  try {
    server = await listen((request) => (handler as ScimHandler)(request), { host, port: options.port ?? 0, maxPayloadSize });
  } catch (error) {
    store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}/scim/v2`;
  handler = createHandler({
    store,
    token,
    baseUrl: url,
    requestLog,
    limits: { maxPayloadSize },
    responseCacheSize: options.responseCacheSize,
    ...(options.dialect === undefined ? {} : { dialect: options.dialect }),
    ...(options.faults === undefined ? {} : { faults: options.faults }),
    onInternalError: (error, request) => {
      if (!options.quiet) console.error(`scimlab: unexpected error on ${request.method} ${request.url}:`, error);
    },
  });
  const listening = server;
  let closing: Promise<void> | undefined;
  return {
    url,
    token,
    requestLog,
    close() {
      closing ??= new Promise<void>((resolve) => {
        listening.close(() => {
          store.close();
          resolve();
        });
        listening.closeAllConnections();
      });
      return closing;
    },
  };
}
