import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../../src/client/errors/request-validation-error.js";
import { filter } from "../../src/scim/filter/index.js";
import { SchemaUrn } from "../../src/scim/urns.js";
import { useTestServer } from "./support/client-context.js";
import { listOf, userResource } from "./support/fixtures.js";

const { server, client } = useTestServer();

function query(url: string | undefined): Record<string, string> {
  return Object.fromEntries(new URL(url ?? "/", "http://x").searchParams);
}

describe("users.get", () => {
  it("GETs /Users/{id} with the attribute selection", async () => {
    server().reply({ status: 200, body: userResource() });
    const user = await client().users.get("2819c223", { attributes: ["userName", "emails"] });
    expect(user.userName).toBe("bjensen");
    expect(server().requests[0]?.method).toBe("GET");
    expect(server().requests[0]?.url).toBe("/scim/v2/Users/2819c223?attributes=userName%2Cemails");
  });

  it("encodes the id into the path", async () => {
    server().reply({ status: 200, body: userResource() });
    await client().users.get("a/b c");
    expect(server().requests[0]?.url).toBe("/scim/v2/Users/a%2Fb%20c");
  });

  it("refuses an empty id before sending", async () => {
    await expect(client().users.get("")).rejects.toBeInstanceOf(RequestValidationError);
    expect(server().requests).toHaveLength(0);
  });
});

describe("users.list", () => {
  it("sends filter, sort, paging and attributes as URL parameters", async () => {
    server().reply({ status: 200, body: listOf([userResource()], 1) });
    const page = await client().users.list({
      filter: 'userName eq "bjensen"',
      sortBy: "name.familyName",
      sortOrder: "descending",
      startIndex: 1,
      count: 10,
      excludedAttributes: ["emails"],
    });
    expect(page.totalResults).toBe(1);
    expect(page.Resources[0]?.userName).toBe("bjensen");
    expect(query(server().requests[0]?.url)).toEqual({
      filter: 'userName eq "bjensen"',
      sortBy: "name.familyName",
      sortOrder: "descending",
      startIndex: "1",
      count: "10",
      excludedAttributes: "emails",
    });
  });

  it("prints a filter built with the builder", async () => {
    server().reply({ status: 200, body: listOf([]) });
    await client().users.list({ filter: filter.and(filter.eq("userName", 'b"j'), filter.pr("emails")) });
    expect(query(server().requests[0]?.url).filter).toBe('userName eq "b\\"j" and emails pr');
  });

  it("refuses a malformed filter before sending, showing it", async () => {
    const error = await client().users.list({ filter: "userName eqq 1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain('"userName eqq 1"');
    expect(server().requests).toHaveLength(0);
  });

  it("refuses a startIndex below 1", async () => {
    await expect(client().users.list({ startIndex: 0 })).rejects.toThrow(/startIndex/);
  });

  it("accepts a ListResponse with no Resources (totalResults 0)", async () => {
    server().reply({ status: 200, body: { schemas: [SchemaUrn.ListResponse], totalResults: 0 } });
    expect((await client().users.list()).Resources).toEqual([]);
  });
});

describe("users.search and client.search", () => {
  it("POSTs a SearchRequest to /Users/.search", async () => {
    server().reply({ status: 200, body: listOf([userResource()]) });
    await client().users.search({ filter: 'userName sw "b"', attributes: ["userName"], count: 5 });
    const [request] = server().requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/scim/v2/Users/.search");
    expect(request?.json).toEqual({
      schemas: [SchemaUrn.SearchRequest],
      attributes: ["userName"],
      filter: 'userName sw "b"',
      count: 5,
    });
  });

  it("searches every resource type at the root /.search", async () => {
    const group = { schemas: [SchemaUrn.Group], id: "g1", displayName: "Sales" };
    server().reply({ status: 200, body: listOf([userResource(), group]) });
    const results = await client().search({ filter: 'meta.resourceType eq "Group"' });
    expect(server().requests[0]?.url).toBe("/scim/v2/.search");
    expect(results.Resources.map((r) => r.id)).toEqual(["2819c223-7f76-453a-919d-413861904646", "g1"]);
  });
});

describe("users.all", () => {
  it("fetches page after page with startIndex and count, each page starting at the last resource received", async () => {
    const users = Array.from({ length: 5 }, (_, i) => userResource({ id: `u${i}`, userName: `user${i}` }));
    server().respond((request) => {
      const { startIndex, count } = query(request.url);
      const from = Number(startIndex) - 1;
      return { status: 200, body: listOf(users.slice(from, from + Number(count)), users.length, from + 1) };
    });
    const names: string[] = [];
    for await (const user of client().users.all({ count: 2, attributes: ["userName"] })) names.push(user.userName!);
    expect(names).toEqual(["user0", "user1", "user2", "user3", "user4"]);
    expect(server().requests.map((r) => query(r.url).startIndex)).toEqual(["1", "2", "3", "4", "5"]);
  });
});
