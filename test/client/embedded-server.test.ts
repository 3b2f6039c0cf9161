import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isNotModified } from "../../src/client/etag.js";
import { ScimClient } from "../../src/client/scim-client.js";
import { NotFoundError, PreconditionFailedError, UniquenessError, UnauthorizedError } from "../../src/scim/errors.js";
import { filter } from "../../src/scim/filter/index.js";
import { patch } from "../../src/scim/patch.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { SchemaUrn } from "../../src/scim/urns.js";

const TOKEN = "embedded-test-token-7d1e";

let server: RunningServer;
let client: ScimClient;

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: TOKEN, quiet: true });
  client = new ScimClient({ baseUrl: server.url, token: server.token });
});

afterAll(async () => {
  await client?.close();
  await server?.close();
});

describe("the client against the embedded server", () => {
  it("creates, reads, replaces, patches and deletes a user", async () => {
    const created = await client.users.create({ userName: "bjensen", name: { givenName: "Barbara", familyName: "Jensen" } });
    expect(created.id).toBeTruthy();
    expect(created.meta?.resourceType).toBe("User");

    const read = await client.users.get(created.id!);
    expect(read.userName).toBe("bjensen");

    const replaced = await client.users.replace(read.id!, { ...read, displayName: "Babs" }, { ifMatch: read });
    expect(replaced.displayName).toBe("Babs");

    const patched = await client.users.patch(read.id!, patch().replace("active", false));
    expect(patched.active).toBe(false);

    await client.users.delete(read.id!);
    await expect(client.users.get(read.id!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers a duplicate userName with a UniquenessError and a hint", async () => {
    await client.users.create({ userName: "dup.user" });
    const error = await client.users.create({ userName: "dup.user" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UniquenessError);
    expect((error as UniquenessError).hint).toContain('filter userName eq "dup.user"');
  });

  it("lists with a filter, searches, and pages through everything", async () => {
    for (const n of [1, 2, 3, 4, 5]) await client.users.create({ userName: `pager${n}` });
    const page = await client.users.list({ filter: filter.sw("userName", "pager"), count: 2 });
    expect(page.totalResults).toBe(5);
    expect(page.Resources).toHaveLength(2);
    const found = await client.users.search({ filter: 'userName eq "pager3"' });
    expect(found.Resources.map((u) => u.userName)).toEqual(["pager3"]);
    const all: string[] = [];
    for await (const user of client.users.all({ filter: 'userName sw "pager"', count: 2 })) all.push(user.userName!);
    expect(all.sort()).toEqual(["pager1", "pager2", "pager3", "pager4", "pager5"]);
  });

  it("creates a group with members and sees it in the user's groups", async () => {
    const user = await client.users.create({ userName: "member.one" });
    const group = await client.groups.create({ displayName: "Sales", members: [{ value: user.id! }] });
    expect(group.members?.map((m) => m.value)).toEqual([user.id]);
    const reread = await client.users.get(user.id!);
    expect(reread.groups?.map((g) => g.value)).toContain(group.id);
  });

  it("honours ETags: 304 on an unchanged get, 412 on a stale write", async () => {
    const user = await client.users.create({ userName: "etag.user" });
    const unchanged = await client.users.get(user.id!, { ifNoneMatch: user });
    expect(isNotModified(unchanged)).toBe(true);
    await client.users.patch(user.id!, patch().replace("title", "Changed"));
    const stale = client.users.replace(user.id!, { userName: "etag.user" }, { ifMatch: user });
    await expect(stale).rejects.toBeInstanceOf(PreconditionFailedError);
  });

  it("discovers the service provider config, resource types and schemas", async () => {
    const config = await client.serviceProviderConfig();
    expect(config.patch.supported).toBe(true);
    const types = await client.resourceTypes();
    expect(types.map((t) => t.name).sort()).toEqual(["Group", "User"]);
    const schemas = await client.schemas();
    expect(schemas.map((s) => s.id)).toContain(SchemaUrn.User);
  });

  it("runs a bulk request whose group refers to a user by bulkId", async () => {
    const response = await client.bulk({
      Operations: [
        { method: "POST", path: "/Users", bulkId: "alice", data: { userName: "bulk.alice" } },
        { method: "POST", path: "/Groups", bulkId: "team", data: { displayName: "Bulk team", members: [{ value: "bulkId:alice" }] } },
      ],
    });
    expect(response.Operations.map((o) => String(o.status))).toEqual(["201", "201"]);
  });

  it("rejects a wrong token with UnauthorizedError, never showing either token", async () => {
    const wrong = new ScimClient({ baseUrl: server.url, token: "not-the-token" });
    const error = await wrong.users.list().catch((e: unknown) => e);
    await wrong.close();
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).not.toContain("not-the-token");
    expect(JSON.stringify(wrong.exchanges)).not.toContain("not-the-token");
  });
});
