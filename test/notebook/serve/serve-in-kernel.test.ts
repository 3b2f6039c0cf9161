import { afterEach, describe, expect, it } from "vitest";
import { ScimClient } from "../../../src/client/index.js";
import { NotFoundError } from "../../../src/scim/errors.js";
import { patch } from "../../../src/scim/patch.js";
import { referenceParts } from "../../../src/notebook/exercises/09-own-server.js";
import { scimApp, serveInKernel, type KernelServer } from "../../../src/notebook/serve/index.js";

let servers: KernelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function serve(...args: Parameters<typeof serveInKernel>): Promise<KernelServer> {
  const server = await serveInKernel(...args);
  servers.push(server);
  return server;
}

describe("serveInKernel: a handler served with node:http on 127.0.0.1", () => {
  it("answers with the handler's reply, and restarts under the same name (a re-run cell)", async () => {
    const first = await serve((req) => ({ status: 200, body: { path: req.path, id: req.id }, headers: { "X-Run": "1" } }), { name: "t" });
    const response = await fetch(`${first.url}/Users/abc?x=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ path: "/Users/abc", id: "abc" });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
    const outside = await fetch(new URL("/Users/abc", first.url));
    expect(outside.status).toBe(404);
    const second = await serve(() => ({ status: 204 }), { name: "t" });
    await expect(fetch(`${first.url}/`)).rejects.toThrow();
    expect((await fetch(`${second.url}/`)).status).toBe(204);
  });

  it("sends a thrown SCIM error as a SCIM Error, anything else as a 500 Error kept in failures, and refuses bodies that are not JSON", async () => {
    const server = await serve((req) => {
      if (req.path === "/missing") throw new NotFoundError("nothing here");
      if (req.path === "/nothing") return undefined as never;
      throw new TypeError("oops");
    });
    const missing = await fetch(`${server.url}/missing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/scim+json");
    expect(await missing.json()).toMatchObject({ status: "404", detail: "nothing here" });
    const oops = await fetch(`${server.url}/x`);
    expect(oops.status).toBe(500);
    expect(((await oops.json()) as { detail: string }).detail).toContain("TypeError: oops");
    expect((await fetch(`${server.url}/nothing`)).status).toBe(500);
    expect(server.failures.map((failure) => failure.request)).toEqual(["GET /scim/v2/x", "GET /scim/v2/nothing"]);
    const bad = await fetch(`${server.url}/Users`, { method: "POST", body: "{not json" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ scimType: "invalidSyntax" });
  });
});

describe("scimApp with the chapter 09 reference parts, through the kit's client", () => {
  it("creates, finds, patches and deletes users and groups", async () => {
    const server = await serve(scimApp(referenceParts()));
    const client = new ScimClient({ baseUrl: server.url, token: "any" });
    const user = await client.users.create({ userName: "Bjensen", emails: [{ value: "b@example.com", type: "work", primary: true }] });
    expect(user.meta?.location).toBe(`${server.url}/Users/${user.id}`);
    const found = await client.users.list({ filter: 'userName eq "bjensen" and emails[type eq "work"]' });
    expect(found.Resources.map((u) => u.id)).toEqual([user.id]);
    await expect(client.users.create({ userName: "BJENSEN" })).rejects.toMatchObject({ status: 409, scimType: "uniqueness" });
    const patched = await client.users.patch(user.id as string, patch().replace('emails[type eq "work"].value', "new@example.com"));
    expect(patched.emails?.[0]).toMatchObject({ value: "new@example.com", primary: true });
    await expect(client.users.patch(user.id as string, patch().replace('emails[type eq "home"].value', "x"))).rejects.toMatchObject({
      status: 400,
      scimType: "noTarget",
    });
    const group = await client.groups.create({ displayName: "Sales", members: [{ value: user.id as string }] });
    expect(group.members?.[0]).toMatchObject({ value: user.id, type: "User" });
    expect((await client.users.get(user.id as string)).groups?.[0]).toMatchObject({ value: group.id });
    await client.groups.patch(group.id as string, patch().remove(`members[value eq "${user.id}"]`));
    expect((await client.groups.get(group.id as string)).members ?? []).toEqual([]);
    await client.users.delete(user.id as string);
    await expect(client.users.get(user.id as string)).rejects.toMatchObject({ status: 404 });
    const bad = await fetch(`${server.url}/Users?filter=${encodeURIComponent("userName eq")}`, { headers: { Authorization: "Bearer any" } });
    expect((await fetch(`${server.url}/Users`)).status).toBe(401);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ scimType: "invalidFilter" });
    await client.close();
  });
});
