import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ScimHandler } from "./handler.js";
import type { ScimHttpResponse } from "./http-types.js";
import { errorResponse, payloadTooLarge } from "./responses.js";

/** Options of {@link listen}. */
export interface ListenOptions {
  /** @default "127.0.0.1" */
  host?: string;
  /** 0 picks a free port. @default 8880 */
  port?: number;
  /** Largest accepted body in bytes; larger is 413 (RFC 7644 §3.7.4 `maxPayloadSize`). @default 1048576 */
  maxPayloadSize?: number;
}

/** Bodies beyond this are not even drained: the connection is cut. */
const drainLimit = 64 * 1024 * 1024;

/**
 * Serve a {@link ScimHandler} over node:http with keep-alive: read the body
 * (answering 413 as soon as it exceeds `maxPayloadSize`, after draining it so
 * the client sees the answer), call the handler, write its response.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7.4
 */
export function listen(handler: ScimHandler, options: ListenOptions = {}): Promise<Server> {
  const maxPayloadSize = options.maxPayloadSize ?? 1024 * 1024;
  const server = createServer({ keepAlive: true }, (request, response) => {
    readBody(request, maxPayloadSize, (body) => {
      if (body === undefined) {
        send(response, errorResponse(payloadTooLarge(maxPayloadSize), { connection: "close" }));
        return;
      }
      handler({ method: request.method ?? "GET", url: request.url ?? "/", headers: request.headers as Record<string, string | undefined>, body, remoteAddress: request.socket.remoteAddress }).then(
        (answer) => send(response, answer),
        (error: unknown) => {
          response.destroy(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  });
  // The client closes idle connections, not the server: a server that closes first races a client reusing the
  // socket ("other side closed"), which a non-idempotent POST or PATCH cannot simply retry. So the server waits
  // longer than any client here keeps a socket idle (the kit's client: 10 s), and reads headers for a second more.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8880, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

/** Read the body as UTF-8; `undefined` when it is larger than `limit` (the rest is drained). */
function readBody(request: IncomingMessage, limit: number, done: (body: string | undefined) => void): void {
  if (request.headers["content-length"] === undefined && request.headers["transfer-encoding"] === undefined) {
    done(""); // No body (a GET, a DELETE): nothing to read.
    return;
  }
  const declared = Number(request.headers["content-length"]);
  if (declared > drainLimit) {
    done(undefined);
    request.destroy();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  request.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
    else if (size > drainLimit) request.destroy();
  });
  request.on("end", () => done(size > limit ? undefined : chunks.length === 1 ? (chunks[0] as Buffer).toString("utf8") : Buffer.concat(chunks).toString("utf8")));
  request.on("error", () => request.destroy());
}

function send(response: ServerResponse, answer: ScimHttpResponse): void {
  if (response.destroyed) return;
  if (answer.drop === true) {
    response.socket?.destroy(); // Fault injection: no answer at all.
    return;
  }
  if (answer.stream !== undefined) {
    response.writeHead(answer.status, answer.headers);
    response.flushHeaders();
    const stop = answer.stream((chunk) => {
      if (!response.destroyed) response.write(chunk);
    });
    response.once("close", stop);
    return;
  }
  const empty = answer.status === 204 || answer.status === 304;
  // The handler's headers object is ours to complete.
  if (!empty) answer.headers["content-length"] = String(Buffer.byteLength(answer.body));
  response.writeHead(answer.status, answer.headers);
  response.end(empty ? undefined : answer.body);
}
