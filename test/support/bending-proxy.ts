import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { request as send } from "undici";
import { bends, type Bend, type BendName, type ProxyRequest, type ProxyResponse } from "./bends.js";

/** A bending proxy in front of a SCIM server, started with {@link startBendingProxy}. */
export interface BendingProxy {
  /** The proxy's SCIM base URL (same path as the server's). */
  readonly url: string;
  /** The bends it applies. */
  readonly bends: readonly BendName[];
  close(): Promise<void>;
}

/**
 * Start an HTTP proxy on 127.0.0.1 in front of the SCIM server at `target` that bends its exchanges the way the
 * named real-world bends do (test/support/bends.ts), every one of them on every exchange. Bodies are JSON;
 * the Authorization header is forwarded as it came.
 */
export async function startBendingProxy(target: string, names: readonly BendName[]): Promise<BendingProxy> {
  const base = new URL(target);
  const applied: Bend[] = names.map((name) => bends[name]);
  const forward = async (request: ProxyRequest): Promise<ProxyResponse> => {
    const url = new URL(base.href);
    url.pathname = `${base.pathname}${request.path}`;
    url.search = request.query.toString();
    const { "content-length": _length, host: _host, connection: _connection, ...headers } = request.headers;
    const body = request.body === undefined || typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const answer = await send(url, { method: request.method as "GET", headers, body });
    const text = await answer.body.text();
    const flat: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers)) if (typeof value === "string") flat[name] = value;
    return { status: answer.statusCode, headers: flat, body: text === "" ? undefined : JSON.parse(text) };
  };
  /** Read a resource as the server holds it, with the credentials of the request being bent. */
  const reader = (headers: Record<string, string>) => async (path: string) => {
    const auth: Record<string, string> = headers.authorization ? { authorization: headers.authorization } : {};
    return (await forward({ method: "GET", path, query: new URLSearchParams(), headers: auth, body: undefined })).body;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        const url = new URL(req.url ?? "/", "http://proxy");
        const text = Buffer.concat(chunks).toString("utf8");
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers[name] = value;
        let request: ProxyRequest = {
          method: req.method ?? "GET",
          path: url.pathname.startsWith(base.pathname) ? url.pathname.slice(base.pathname.length) : url.pathname,
          query: url.searchParams,
          headers,
          body: parseOrText(text),
        };
        let response = applied.map((bend) => bend.answer?.(request)).find((answer) => answer !== undefined);
        if (response === undefined) {
          for (const bend of applied) if (bend.request) request = await bend.request(request, reader(headers));
          response = await forward(request);
          for (const bend of applied) if (bend.response) response = bend.response(response, request);
        }
        const payload = response.body === undefined ? "" : JSON.stringify(response.body);
        const { "content-length": _length, "transfer-encoding": _encoding, connection: _connection, "keep-alive": _keepAlive, ...out } = response.headers;
        res.writeHead(response.status, out).end(payload);
      })().catch((error: unknown) => {
        res.writeHead(502, { "content-type": "text/plain" }).end(`bending proxy: ${String(error)}`);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.pathname}`,
    bends: [...names],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A request body: JSON when it parses (bends rewrite it), the text itself otherwise (forwarded as it came). */
function parseOrText(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
