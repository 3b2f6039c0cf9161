import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SchemaUrn } from "../../../src/scim/urns.js";

/** How the paging server misbehaves; each field is one fault, all off by default. */
export interface PagingBehaviour {
  /** Echo `startIndex` 0-based (one less than asked), as some servers do. */
  zeroBasedEcho?: boolean;
  /** Serve at most this many resources per page, whatever `count` asks. */
  pageCap?: number;
  /** The `totalResults` to declare, from the real total and the page's length. */
  totalResults?: (real: number, pageLength: number) => number;
  /** Answer every request with the first page. */
  ignoreStartIndex?: boolean;
  /** Answer any later `startIndex` with the page at this one (the server is stuck there). */
  stuckAt?: number;
  /** Change the resources after the given page (1 for the first) was served: delete or insert some. */
  afterPage?: (page: number, resources: Record<string, unknown>[]) => void;
}

/** A page request the server received. */
export interface PageAsked {
  method: string;
  startIndex: number;
  count: number | undefined;
}

/** A real SCIM list endpoint on 127.0.0.1 (`GET /Users`, `POST /Users/.search`) with paging faults. */
export interface PagingServer {
  /** The SCIM base URL. */
  readonly url: string;
  /** The resources it serves, in order (tests may change them). */
  readonly resources: Record<string, unknown>[];
  /** The pages asked for, oldest first. */
  readonly asked: PageAsked[];
  close(): Promise<void>;
}

/** `n` users `u1`…`un` with userNames `user1`… . */
export function users(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => user(`u${i + 1}`));
}

/** One user with this id and `user<id>` as userName. */
export function user(id: string): Record<string, unknown> {
  return { schemas: [SchemaUrn.User], id, userName: `user-${id}`, meta: { resourceType: "User" } };
}

/** Start a paging server over `resources` with the given faults. */
export async function startPagingServer(resources: Record<string, unknown>[], behaviour: PagingBehaviour = {}): Promise<PagingServer> {
  const asked: PageAsked[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
      const param = (name: string) => (req.method === "POST" ? body[name] : url.searchParams.get(name) ?? undefined);
      const startIndex = Number(param("startIndex") ?? 1);
      const count = param("count") === undefined ? undefined : Number(param("count"));
      asked.push({ method: req.method ?? "GET", startIndex, count });
      const from = behaviour.ignoreStartIndex ? 1 : Math.min(startIndex, behaviour.stuckAt ?? startIndex);
      const size = Math.min(count ?? 100, behaviour.pageCap ?? Number.POSITIVE_INFINITY);
      const page = resources.slice(from - 1, from - 1 + size);
      const totalResults = behaviour.totalResults?.(resources.length, page.length) ?? resources.length;
      const list = {
        schemas: [SchemaUrn.ListResponse],
        totalResults,
        startIndex: behaviour.zeroBasedEcho ? from - 1 : from,
        itemsPerPage: page.length,
        Resources: page,
      };
      behaviour.afterPage?.(asked.length, resources);
      res.writeHead(200, { "content-type": "application/scim+json" }).end(JSON.stringify(list));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/scim/v2`,
    resources,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
