import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SchemaUrn } from "../../scim/urns.js";

/** A fault the proxy answers with instead of forwarding: a status, with a `Retry-After` in seconds. */
export interface ProxyFault {
  readonly status: 429 | 503;
  readonly retryAfter: number;
}

/** A running fault proxy: its base URL (the target's path on the proxy's origin) and how to stop it. */
export interface FaultProxy {
  readonly baseUrl: string;
  /** Answer the next request with `fault` (once). */
  failNext(fault: ProxyFault): void;
  /** Answer every request with `fault` from now on (undefined: forward again). */
  failAll(fault: ProxyFault | undefined): void;
  close(): Promise<void>;
}

/** The request headers forwarded to the target; hop-by-hop headers stay behind. */
const forwarded = ["authorization", "accept", "content-type", "if-match", "if-none-match", "user-agent"];

/**
 * A small HTTP proxy on 127.0.0.1 in front of a SCIM server that does not inject faults itself: it forwards
 * every request, except those it is told to answer with a 429 or a 503 SCIM Error and `Retry-After` (RFC 6585
 * §4, RFC 7644 §3.12). Checks use it to judge retry code on any server; on scimlab's embedded server they
 * use its own fault injection instead.
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-4
 */
export async function startFaultProxy(targetBaseUrl: string): Promise<FaultProxy> {
  const target = new URL(targetBaseUrl);
  let next: ProxyFault | undefined;
  let always: ProxyFault | undefined;
  const server = createServer((request, response) => {
    const fault = next ?? always;
    next = undefined;
    if (fault !== undefined) return answerFault(response, fault);
    forward(target, request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${target.pathname.replace(/\/+$/, "")}`,
    failNext: (fault) => void (next = fault),
    failAll: (fault) => void (always = fault),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answerFault(response: ServerResponse, fault: ProxyFault): void {
  const body = JSON.stringify({
    schemas: [SchemaUrn.Error],
    status: String(fault.status),
    detail: `${fault.status} injected by scimlab's check proxy; the request was not forwarded. Retry after ${fault.retryAfter} s.`,
  });
  response.writeHead(fault.status, { "content-type": "application/scim+json", "retry-after": String(fault.retryAfter) });
  response.end(body);
}

async function forward(target: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const name of forwarded) {
    const value = request.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  const body = chunks.length === 0 ? undefined : Buffer.concat(chunks);
  const answer = await fetch(new URL(request.url ?? "/", target.origin), { method: request.method, headers, body });
  const text = await answer.text();
  const out: Record<string, string> = {};
  for (const name of ["content-type", "etag", "location", "retry-after"]) {
    const value = answer.headers.get(name);
    if (value !== null) out[name] = value;
  }
  response.writeHead(answer.status, out);
  response.end(text);
}
