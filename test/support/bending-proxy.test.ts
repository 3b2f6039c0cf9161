import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "undici";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { bendNames, bends, type BendName } from "./bends.js";
import { startBendingProxy, type BendingProxy } from "./bending-proxy.js";

let server: RunningServer;
let userId: string;
let groupId: string;
const proxies: BendingProxy[] = [];

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: "bend-token", quiet: true });
  userId = (await call(server.url, "POST", "/Users", { schemas: [urn("core:2.0:User")], userName: "pam", active: true, emails: [{ value: "p@x.com", primary: true }] })).body.id;
  groupId = (await call(server.url, "POST", "/Groups", { schemas: [urn("core:2.0:Group")], displayName: "Sales", members: [{ value: userId }] })).body.id;
});
afterAll(async () => {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await server.close();
});

function urn(tail: string) {
  return `urn:ietf:params:scim:schemas:${tail}`;
}

async function call(base: string, method: string, path: string, body?: unknown) {
  const answer = await request(`${base}${path}`, {
    method: method as "GET",
    headers: { authorization: "Bearer bend-token", "content-type": "application/scim+json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.body.text();
  return { status: answer.statusCode, headers: answer.headers, body: text === "" ? undefined : JSON.parse(text) };
}

async function through(name: BendName) {
  const proxy = await startBendingProxy(server.url, [name]);
  proxies.push(proxy);
  return (method: string, path: string, body?: unknown) => call(proxy.url, method, path, body);
}

const patchOp = (operations: unknown[]) => ({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: operations });

describe("the bending proxy", () => {
  it("passes exchanges through unchanged when it bends nothing", async () => {
    const proxy = await startBendingProxy(server.url, []);
    proxies.push(proxy);
    const direct = await call(server.url, "GET", `/Users/${userId}`);
    const proxied = await call(proxy.url, "GET", `/Users/${userId}`);
    expect(proxied.status).toBe(200);
    expect(proxied.body).toEqual(direct.body);
    expect(proxied.headers.etag).toBe(direct.headers.etag);
  });

  it("names an RFC section and what it does for every bend", () => {
    for (const name of bendNames) expect(bends[name].rfc, name).toMatch(/^RFC 764[34] §\d/);
  });

  it("discovery-without-numbers: Bulk unsupported, without maxOperations", async () => {
    const send = await through("discovery-without-numbers");
    expect((await send("GET", "/ServiceProviderConfig")).body.bulk).toEqual({ supported: false });
    expect((await send("POST", "/Bulk", {})).status).toBe(501);
  });

  it("hollow-attributes: attributes=members gives members with no value", async () => {
    const send = await through("hollow-attributes");
    expect((await send("GET", `/Groups/${groupId}?attributes=members`)).body.members).toEqual([{}]);
    expect((await send("GET", `/Groups/${groupId}`)).body.members[0].value).toBe(userId);
  });

  it("no-derived-groups: a User without groups, and no user found by groups", async () => {
    const send = await through("no-derived-groups");
    expect((await send("GET", `/Users/${userId}`)).body.groups).toBeUndefined();
    const found = await send("GET", `/Users?filter=${encodeURIComponent(`groups.value eq "${groupId}"`)}`);
    expect(found.body.totalResults).toBe(0);
  });

  it("put-merges: attributes left out of a PUT stay", async () => {
    const send = await through("put-merges");
    const after = await send("PUT", `/Users/${userId}`, { schemas: [urn("core:2.0:User")], userName: "pam", title: "Sales" });
    expect(after.body.title).toBe("Sales");
    expect(after.body.emails).toHaveLength(1);
  });

  it("total-results-page-size: totalResults is the page's length", async () => {
    const send = await through("total-results-page-size");
    expect((await send("GET", "/Users?count=0")).body.totalResults).toBe(0);
  });

  it("errors-without-scimtype: a 400 without scimType", async () => {
    const send = await through("errors-without-scimtype");
    const answer = await send("GET", `/Users?filter=${encodeURIComponent("userName eqq 1")}`);
    expect(answer.status).toBe(400);
    expect(answer.body.scimType).toBeUndefined();
  });

  it("sub-attribute-filters-refused: 400 invalidPath on groups.value and value paths, not on quoted dots", async () => {
    const send = await through("sub-attribute-filters-refused");
    expect((await send("GET", `/Users?filter=${encodeURIComponent('groups.value eq "x"')}`)).body.scimType).toBe("invalidPath");
    expect((await send("GET", `/Users?filter=${encodeURIComponent('emails[type eq "work"]')}`)).status).toBe(400);
    expect((await send("GET", `/Users?filter=${encodeURIComponent('userName eq "p.am"')}`)).status).toBe(200);
    const urnPath = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager";
    expect((await send("GET", `/Users?filter=${encodeURIComponent(`not (${urnPath} pr)`)}`)).status).toBe(200);
    expect((await send("GET", `/Users?filter=${encodeURIComponent(`${urnPath}.value eq "x"`)}`)).status).toBe(400);
  });

  it("patch-204: a successful PATCH answers 204 with no body", async () => {
    const send = await through("patch-204");
    const answer = await send("PATCH", `/Users/${userId}`, patchOp([{ op: "replace", path: "title", value: "Rep" }]));
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
  });

  it("no-etags: no ETag header, no meta.version, If-Match ignored", async () => {
    const send = await through("no-etags");
    const read = await send("GET", `/Users/${userId}`);
    expect(read.headers.etag).toBeUndefined();
    expect(read.body.meta.version).toBeUndefined();
  });

  it("no-location: 201 without Location", async () => {
    const send = await through("no-location");
    const created = await send("POST", "/Users", { schemas: [urn("core:2.0:User")], userName: "ryan" });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBeUndefined();
  });

  it("list-items-without-schemas: list resources without schemas", async () => {
    const send = await through("list-items-without-schemas");
    const list = await send("GET", "/Users");
    expect(list.body.Resources[0].schemas).toBeUndefined();
    expect(list.body.schemas).toBeDefined();
  });

  it("strings-for-booleans: active and primary as strings", async () => {
    const send = await through("strings-for-booleans");
    const read = await send("GET", `/Users/${userId}`);
    expect(read.body.active).toBe("true");
  });

  it("applies every bend at once", async () => {
    const proxy = await startBendingProxy(server.url, bendNames);
    proxies.push(proxy);
    const read = await call(proxy.url, "GET", `/Users/${userId}`);
    expect(read.status).toBe(200);
    expect(read.body.groups).toBeUndefined();
    expect(read.headers.etag).toBeUndefined();
  });
});
