import { afterEach, describe, expect, it } from "vitest";
import { InvalidResourceError } from "../../src/client/errors/invalid-resource-error.js";
import { PaginationError } from "../../src/client/errors/pagination-error.js";
import { ScimClient } from "../../src/client/scim-client.js";
import type { ScimWarning } from "../../src/client/warnings.js";
import { startPagingServer, user, users, type PagingBehaviour, type PagingServer } from "./support/paging-server.js";

const open: { server: PagingServer; client: ScimClient }[] = [];

afterEach(async () => {
  for (const { server, client } of open.splice(0)) {
    await client.close();
    await server.close();
  }
});

async function setup(n: number, behaviour: PagingBehaviour = {}) {
  const server = await startPagingServer(users(n), behaviour);
  const warnings: ScimWarning[] = [];
  const client = new ScimClient({ baseUrl: server.url, onWarning: (w) => warnings.push(w) });
  open.push({ server, client });
  return { server, client, warnings };
}

/** The ids `all()` yielded and the error it threw, if any. */
async function collect(iterator: AsyncIterable<{ id?: string }>): Promise<{ ids: string[]; error?: unknown }> {
  const ids: string[] = [];
  try {
    for await (const item of iterator) ids.push(item.id!);
  } catch (error) {
    return { ids, error };
  }
  return { ids };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i + 1}`);

describe("all() pages through a well-behaved server", () => {
  it("returns every resource exactly once, each later page starting at the last resource received", async () => {
    const { server, client } = await setup(7);
    expect((await collect(client.users.all({ count: 3 }))).ids).toEqual(ids(7));
    expect(server.asked.map((a) => a.startIndex)).toEqual([1, 3, 5, 7]);
    expect(server.asked.every((a) => a.method === "GET" && a.count === 3)).toBe(true);
  });

  it("pages through POST /.search with via: \"search\" (no filter in the URL)", async () => {
    const { server, client } = await setup(5);
    expect((await collect(client.users.all({ count: 2, filter: 'userName sw "user"' }, { via: "search" }))).ids).toEqual(ids(5));
    expect(server.asked.every((a) => a.method === "POST")).toBe(true);
    expect(client.exchanges.every((e) => !e.url.includes("filter"))).toBe(true);
  });

  it("asks 100 per page when the query gives no count", async () => {
    const { server, client } = await setup(3);
    expect((await collect(client.users.all())).ids).toEqual(ids(3));
    expect(server.asked).toEqual([{ method: "GET", startIndex: 1, count: 100 }]);
  });

  it("fetches no further page when the loop breaks", async () => {
    const { server, client } = await setup(7);
    for await (const item of client.users.all({ count: 2 })) if (item.id === "u1") break;
    expect(server.asked).toHaveLength(1);
  });
});

describe("all() repairs what it can", () => {
  it("ignores a 0-based startIndex echo", async () => {
    const { client } = await setup(7, { zeroBasedEcho: true });
    expect((await collect(client.users.all({ count: 3 }))).ids).toEqual(ids(7));
  });

  it("keeps going when the server caps pages below count", async () => {
    const { server, client } = await setup(7, { pageCap: 2 });
    expect((await collect(client.users.all({ count: 5 }))).ids).toEqual(ids(7));
    expect(server.asked.length).toBeGreaterThan(3);
  });

  it("keeps going past a totalResults equal to the page size while pages come back full", async () => {
    const { client, warnings } = await setup(10, { totalResults: (_, pageLength) => pageLength });
    expect((await collect(client.users.all({ count: 3 }))).ids).toEqual(ids(10));
    expect(warnings.map((w) => w.code)).toContain("SCIM_PAGING_TOTAL_WRONG");
  });

  it("keeps going past a totalResults that is too small", async () => {
    const { client } = await setup(10, { totalResults: () => 4 });
    expect((await collect(client.users.all({ count: 3 }))).ids).toEqual(ids(10));
  });

  it("keeps going past a wrong totalResults under a page cap, once the cap is known", async () => {
    const { client } = await setup(9, { pageCap: 2, totalResults: (real) => real - 3 });
    expect((await collect(client.users.all({ count: 5 }))).ids).toEqual(ids(9));
  });

  it("steps back when a delete before the cursor shifts the results down", async () => {
    const { client, warnings } = await setup(10, { afterPage: (page, list) => page === 1 && list.splice(1, 1) });
    const result = await collect(client.users.all({ count: 3 }));
    expect(result.error).toBeUndefined();
    expect(result.ids).toEqual(ids(10)); // u2 was yielded before it was deleted
    expect(warnings.map((w) => w.code)).toContain("SCIM_PAGING_SHIFTED");
  });

  it("steps back when the last resource received is itself deleted", async () => {
    const { client } = await setup(10, { afterPage: (page, list) => page === 1 && list.splice(2, 1) });
    expect((await collect(client.users.all({ count: 3 }))).ids).toEqual(ids(10));
  });

  it("skips the duplicates an insert before the cursor shifts up", async () => {
    const inserted = (page: number, list: Record<string, unknown>[]) => page === 1 && list.unshift(user("new1"), user("new2"));
    const { client } = await setup(10, { afterPage: inserted });
    const result = await collect(client.users.all({ count: 3 }));
    expect(result.error).toBeUndefined();
    expect(new Set(result.ids).size).toBe(result.ids.length);
    expect(result.ids.filter((id) => id.startsWith("u"))).toEqual(ids(10));
  });

  it("survives a delete and an insert between pages", async () => {
    const churn = (page: number, list: Record<string, unknown>[]) => {
      if (page === 1) list.splice(0, 1);
      if (page === 2) list.splice(1, 0, user("late"));
    };
    const { client } = await setup(12, { afterPage: churn });
    const result = await collect(client.users.all({ count: 4 }));
    expect(new Set(result.ids).size).toBe(result.ids.length);
    expect(result.ids.filter((id) => id.startsWith("u"))).toEqual(ids(12));
  });
});

describe("all() throws a PaginationError when paging is beyond repair", () => {
  it("when the server ignores startIndex (first page forever), after the first page", async () => {
    const { server, client } = await setup(7, { ignoreStartIndex: true });
    const result = await collect(client.users.all({ count: 3 }));
    expect(result.ids).toEqual(ids(3));
    expect(result.error).toBeInstanceOf(PaginationError);
    expect(result.error).toMatchObject({ code: "SCIM_PAGING_IGNORED_START_INDEX", state: { yielded: 3, totalResults: 7 } });
    expect((result.error as Error).message).toMatch(/ignores startIndex.*do not treat missing resources as deleted/s);
    expect(server.asked).toHaveLength(3);
  });

  it("when a page holds only resources already returned", async () => {
    const { client } = await setup(9, { stuckAt: 3 });
    const result = await collect(client.users.all({ count: 3 }));
    expect(result.ids).toEqual(ids(5));
    expect(result.error).toMatchObject({ code: "SCIM_PAGING_REPEATED_PAGE" });
  });

  it("when the results end before a totalResults that is too large", async () => {
    const { client } = await setup(7, { totalResults: (real) => real + 5 });
    const result = await collect(client.users.all({ count: 3 }));
    expect(result.ids).toEqual(ids(7));
    expect(result.error).toMatchObject({ code: "SCIM_PAGING_TOTAL_UNREACHED", state: { totalResults: 12 } });
    expect((result.error as PaginationError).request?.url).toContain("/Users?");
  });

  it("when an empty page comes back before totalResults is reached", async () => {
    const { client } = await setup(6, { totalResults: () => 20, pageCap: 3 });
    const result = await collect(client.users.all({ count: 1 }));
    expect(result.ids).toEqual(ids(6));
    expect(result.error).toMatchObject({ code: "SCIM_PAGING_TOTAL_UNREACHED" });
  });

  it("returns each surviving resource once or throws, and stops, when deletes keep shifting the results", async () => {
    const { server, client } = await setup(40, { afterPage: (_, list) => list.length > 0 && list.splice(0, 1) });
    const result = await collect(client.users.all({ count: 4 }));
    expect(new Set(result.ids).size).toBe(result.ids.length);
    if (result.error) expect(result.error).toMatchObject({ code: "SCIM_PAGING_UNSTABLE" });
    else for (const survivor of server.resources) expect(result.ids).toContain(survivor.id);
    expect(server.asked.length).toBeLessThan(200);
  });
});

describe("all() and invalid resources", () => {
  it("yields the resources before an invalid one, then throws naming it", async () => {
    const { client } = await setup(6);
    const { server } = open[0]!;
    server.resources[4]!.userName = 42;
    const result = await collect(client.users.all({ count: 3 }));
    expect(result.ids).toEqual(ids(4));
    expect(result.error).toBeInstanceOf(InvalidResourceError);
    expect(result.error).toMatchObject({ code: "SCIM_INVALID_RESOURCE", position: 5, item: { id: "u5" } });
    expect((result.error as Error).message).toMatch(/position 5 \(id "u5"\).*userName/);
  });

  it("skips it with onInvalid: \"skip\" and records a warning", async () => {
    const { client, warnings, server } = await setup(6);
    server.resources[4]!.userName = 42;
    const result = await collect(client.users.all({ count: 3 }, { onInvalid: "skip" }));
    expect(result).toEqual({ ids: ["u1", "u2", "u3", "u4", "u6"] });
    expect(warnings.some((w) => w.code === "SCIM_INVALID_RESOURCE" && w.message.includes('"u5"'))).toBe(true);
  });
});
