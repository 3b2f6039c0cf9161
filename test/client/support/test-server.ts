import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the test server received. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, e.g. `/scim/v2/Users?filter=…`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON (undefined when empty). */
  json: unknown;
}

/** A canned answer: an object body is sent as `application/scim+json`, a string as is. */
export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Close the connection without answering (the client sees a reset socket). */
  reset?: boolean;
}

export type Responder = (request: ReceivedRequest) => CannedResponse | Promise<CannedResponse>;

/** A real HTTP server on 127.0.0.1 answering canned SCIM responses, one test at a time. */
export interface TestServer {
  /** The SCIM base URL, `http://127.0.0.1:<port>/scim/v2`. */
  readonly url: string;
  /** Every request received, oldest first. */
  readonly requests: ReceivedRequest[];
  /** Answer every request with `responder`. */
  respond(responder: Responder): void;
  /** Answer the next requests with these responses, in order (the last one repeats). */
  reply(...responses: CannedResponse[]): void;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  let responder: Responder = () => ({ status: 500, body: "no canned response" });
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const received: ReceivedRequest = {
        method: req.method ?? "GET",
        url: req.url ?? "/",
        headers: req.headers,
        body,
        json: body === "" ? undefined : JSON.parse(body),
      };
      requests.push(received);
      void Promise.resolve(responder(received)).then(async (canned) => {
        if (canned.delayMs) await new Promise((resolve) => setTimeout(resolve, canned.delayMs));
        if (res.destroyed) return;
        if (canned.reset) {
          req.socket.destroy();
          return;
        }
        const isText = typeof canned.body === "string";
        const payload = canned.body === undefined ? "" : isText ? (canned.body as string) : JSON.stringify(canned.body);
        const headers: Record<string, string> = { ...canned.headers };
        if (payload !== "" && !isText) headers["content-type"] ??= "application/scim+json";
        res.writeHead(canned.status, headers).end(payload);
      });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/scim/v2`,
    requests,
    respond(next) {
      responder = next;
    },
    reply(...responses) {
      const queue = [...responses];
      responder = () => (queue.length > 1 ? queue.shift()! : queue[0]!);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
