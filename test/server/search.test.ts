import { beforeAll, describe, expect, it } from "vitest";
import { harness } from "./harness.js";

describe("list and search (RFC 7644 §3.4.2, §3.4.3)", () => {
  const h = harness();
  const q = (text: string) => encodeURIComponent(text);
  beforeAll(async () => {
    for (const [i, name] of ["delta", "Alpha", "charlie", "bravo", "echo"].entries()) {
      await h.createUser(name, { displayName: `${name} ${i}`, title: i % 2 === 0 ? "Even" : "Odd", emails: [{ value: `${name}@example.com`, type: i === 0 ? "home" : "work" }] });
    }
    await h.createGroup("Alpha Team");
  });

  it("pages with 1-based startIndex and count", async () => {
    const page = await h.call("GET", "/Users?sortBy=userName&startIndex=2&count=2");
    expect(page.json).toMatchObject({ totalResults: 5, startIndex: 2, itemsPerPage: 2 });
    expect(page.json.Resources.map((r: { userName: string }) => r.userName)).toEqual(["bravo", "charlie"]);
    const last = await h.call("GET", "/Users?sortBy=userName&startIndex=5&count=10");
    expect(last.json.Resources.map((r: { userName: string }) => r.userName)).toEqual(["echo"]);
    const beyond = await h.call("GET", "/Users?startIndex=50");
    expect(beyond.json).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
    const below = await h.call("GET", "/Users?startIndex=0&count=1");
    expect(below.json.startIndex).toBe(1);
  });

  it("count=0 returns totalResults only", async () => {
    const answer = await h.call("GET", `/Users?count=0&filter=${q('title eq "Even"')}`);
    expect(answer.json).toMatchObject({ totalResults: 3, itemsPerPage: 0, Resources: [] });
  });

  it("sorts ascending and descending, by indexed and unindexed attributes", async () => {
    const names = async (query: string) => (await h.call("GET", `/Users?${query}`)).json.Resources.map((r: { userName: string }) => r.userName);
    expect(await names("sortBy=userName")).toEqual(["Alpha", "bravo", "charlie", "delta", "echo"]);
    expect(await names("sortBy=userName&sortOrder=descending")).toEqual(["echo", "delta", "charlie", "bravo", "Alpha"]);
    expect(await names("sortBy=emails.value&sortOrder=descending")).toEqual(["echo", "delta", "charlie", "bravo", "Alpha"]);
    expect(await names(`sortBy=title&filter=${q('userName ne "echo"')}`)).toEqual(["delta", "charlie", "Alpha", "bravo"]);
  });

  it("filters with the full grammar, translated or not", async () => {
    const count = async (filter: string) => (await h.call("GET", `/Users?filter=${q(filter)}`)).json.totalResults;
    expect(await count('emails[type eq "work" and value co "example"]')).toBe(4);
    expect(await count('userName sw "a" or title eq "Odd"')).toBe(2);
    expect(await count('not (emails.type eq "home") and displayName co "o"')).toBe(2);
    expect(await count('meta.resourceType eq "User"')).toBe(5);
    expect(await count('meta.created gt "2000-01-01T00:00:00Z"')).toBe(5);
  });

  it("POST /Users/.search takes the same query as a body; POST /.search spans Users and Groups", async () => {
    const users = await h.call("POST", "/Users/.search", {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
      filter: 'displayName co "alpha"',
      attributes: ["userName"],
      sortBy: "userName",
      startIndex: 1,
      count: 10,
    });
    expect(users.json.totalResults).toBe(1);
    expect(Object.keys(users.json.Resources[0]).sort()).toEqual(["id", "schemas", "userName"]);
    const everything = await h.call("POST", "/.search", { filter: 'displayName sw "alpha"' });
    expect(everything.json.totalResults).toBe(2);
    expect(everything.json.Resources.map((r: { meta: { resourceType: string } }) => r.meta.resourceType).sort()).toEqual(["Group", "User"]);
    const wrongSchema = await h.call("POST", "/.search", { schemas: ["urn:nope"], filter: "userName pr" });
    expect(wrongSchema.json.scimType).toBe("invalidSyntax");
    const badCount = await h.call("POST", "/Users/.search", { count: "many" });
    expect(badCount.json.scimType).toBe("invalidValue");
    expect((await h.call("GET", "/.search")).status).toBe(405);
  });
});
