import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/scim-client.js";
import { InvalidPathError, UniquenessError } from "../../src/scim/errors.js";
import { patch } from "../../src/scim/patch.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";

let server: RunningServer;
let client: ScimClient;

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: "no-deviation-token", quiet: true });
  client = new ScimClient({ baseUrl: server.url, token: server.token });
});

afterAll(async () => {
  await client?.close();
  await server?.close();
});

describe("the embedded server bends nothing", () => {
  it("shows no deviation through discovery, writes, reads, paging, attributes=, errors and deletes", async () => {
    await client.serviceProviderConfig();
    await client.resourceTypes();
    await client.schemas();

    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      const user = await client.users.create({ userName: `clean${n}`, active: true, emails: [{ value: `c${n}@example.com`, type: "work", primary: true }] });
      ids.push(user.id);
    }
    const group = await client.groups.create({ displayName: "Clean team", members: ids.slice(0, 3).map((value) => ({ value })) });
    await client.users.get(ids[0]!);
    await client.users.list({ filter: 'userName sw "clean"', count: 2, startIndex: 3 });
    await client.users.search({ filter: 'emails[type eq "work" and value co "@example.com"]', count: 2 });
    const all: string[] = [];
    for await (const user of client.users.all({ filter: 'userName sw "clean"', count: 2 })) all.push(user.id);
    expect(all.sort()).toEqual([...ids].sort());
    for await (const found of client.searchAll({ filter: 'userName sw "clean"', count: 2 })) expect(found.id).toBeTruthy();
    await client.users.list({ filter: `groups.value eq "${group.id}"` });

    const members = await client.groups.get(group.id, { attributes: ["members"] });
    expect(members.members).toHaveLength(3);
    await client.groups.list({ attributes: ["members"], filter: 'displayName eq "Clean team"' });
    await client.groups.patch(group.id, patch().add("members", [{ value: ids[3]! }]));
    const user = await client.users.patch(ids[0]!, patch().replace("active", false));
    await client.users.replace(ids[0]!, { ...user, displayName: "Clean One" }, { ifMatch: user });

    const invalidPath = await client.users.patch(ids[1]!, patch().replace("name.nope", "x")).catch((e: unknown) => e);
    expect(invalidPath).toBeInstanceOf(InvalidPathError);
    const duplicate = await client.users.create({ userName: "clean1" }).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(UniquenessError);

    await client.groups.delete(group.id);
    for (const id of ids) await client.users.delete(id);

    expect(client.deviations).toEqual([]);
  });
});
