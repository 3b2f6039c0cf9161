import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { InternalServerError, isScimError } from "../../scim/errors.js";
import { errorReply, readScimRequest, writeScimReply, type ScimReply, type ScimRequest } from "./scim-exchange.js";

/** A function that answers one request: what `serveInKernel` runs. */
export type RequestHandler = (req: ScimRequest) => ScimReply | Promise<ScimReply>;

/** Where `serveInKernel` listens. */
export interface ServeInKernelOptions {
  /**
   * The server's name in this kernel: serving again under the same name
   * first stops the server that had it, so re-running a cell restarts it.
   * @default "scim"
   */
  name?: string;
  /**
   * The port on 127.0.0.1; 0 picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * The path the server serves under, as SCIM servers do: a base URL may end
   * with a version segment such as `/v2` (RFC 7644 §3.13); `""` for the root.
   * @default "/scim/v2"
   */
  basePath?: string;
}

/** A handler's exception that `serveInKernel` answered with a 500. */
export interface HandlerFailure {
  /** `"POST /Users"`. */
  request: string;
  /** The exception's name and message, e.g. `"TypeError: Cannot read properties of undefined (reading 'id')"`. */
  error: string;
}

/** A server running inside the notebook's kernel. */
export interface KernelServer {
  /** Its name (see {@link ServeInKernelOptions.name}). */
  readonly name: string;
  /** Its base URL, e.g. `"http://127.0.0.1:40123/scim/v2"`: give it to `runChecker` or a `ScimClient`. */
  readonly url: string;
  /** The exceptions the handler threw (other than SCIM errors), newest last. */
  readonly failures: HandlerFailure[];
  /** Stop listening and close open connections. */
  close(): Promise<void>;
}

const registryKey = Symbol.for("scimlab.serveInKernel");
const registry: Map<string, KernelServer> = ((globalThis as Record<symbol, unknown>)[registryKey] ??= new Map()) as Map<
  string,
  KernelServer
>;

/**
 * Serve `handler` with node:http on 127.0.0.1, inside the kernel, under
 * `/scim/v2`, and return its URL. Each request is read for the handler (see `ScimRequest`); a body
 * that is not JSON is answered 400 `invalidSyntax` before the handler runs.
 * A SCIM error the handler throws (`new NotFoundError(…)`) is sent as a SCIM
 * Error (RFC 7644 §3.12); any other exception as a 500 Error whose detail
 * names it, and it is kept in `failures`: the kernel never crashes.
 *
 * Serving again under the same name (re-running the cell) stops the previous
 * server first.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 * @example
 * const server = await serveInKernel((req) => ({ status: 200, body: { hello: req.path } }));
 * server.url; // "http://127.0.0.1:40123/scim/v2"
 */
export async function serveInKernel(handler: RequestHandler, options: ServeInKernelOptions = {}): Promise<KernelServer> {
  const name = options.name ?? "scim";
  await registry.get(name)?.close();
  const failures: HandlerFailure[] = [];
  let baseUrl = "";
  const http: Server = createServer(async (request, response) => {
    let reply: ScimReply;
    try {
      reply = checkedReply(await handler(await readScimRequest(request, baseUrl)));
    } catch (error) {
      if (isScimError(error)) {
        reply = errorReply(error);
      } else {
        const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        failures.push({ request: `${request.method} ${request.url}`, error: what });
        reply = errorReply(new InternalServerError(`The handler threw ${what}`));
      }
    }
    if (!response.headersSent) writeScimReply(response, reply);
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const basePath = (options.basePath ?? "/scim/v2").replace(/\/+$/, "");
  baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}${basePath}`;
  let closed: Promise<void> | undefined;
  const server: KernelServer = {
    name,
    url: baseUrl,
    failures,
    close() {
      closed ??= new Promise<void>((resolve) => {
        if (registry.get(name) === server) registry.delete(name);
        http.close(() => resolve());
        http.closeAllConnections();
      });
      return closed;
    },
  };
  registry.set(name, server);
  return server;
}

/** The reply, or a TypeError saying what the handler returned instead of `{ status, body?, headers? }`. */
function checkedReply(reply: unknown): ScimReply {
  const candidate = reply as ScimReply | null | undefined;
  if (candidate !== null && typeof candidate === "object" && Number.isInteger(candidate.status)) return candidate;
  const got = candidate === undefined ? "nothing" : JSON.stringify(candidate)?.slice(0, 80) ?? String(candidate);
  throw new TypeError(`the handler returned ${got}, not a reply { status, body?, headers? }`);
}
