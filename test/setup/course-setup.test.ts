import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { courseSetup, courseTag, loadCast } from "../../src/setup/index.js";

let server: RunningServer;
let client: ScimClient;

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: "course-setup-test-token", quiet: true });
  client = new ScimClient({ baseUrl: server.url, token: server.token });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

describe("courseSetup", () => {
  it("creates the 15 employees and the Dunder Mifflin group with exactly them", async () => {
    const { groupId, users } = await courseSetup(client);
    expect(Object.keys(users).sort()).toEqual(loadCast().employees.map((e) => e.user.userName).sort());
    const group = await client.groups.get(groupId);
    expect(group.displayName).toBe("Dunder Mifflin");
    expect(group.members?.map((m) => m.value).sort()).toEqual(Object.values(users).sort());
    const michael = await client.users.get(users.mscott as string);
    expect(michael.name?.givenName).toBe("Michael");
    expect(michael.title).toBe("Regional Manager");
  });

  it("resolves managers from userNames to ids", async () => {
    const { users } = await courseSetup(client);
    const kevin = await client.users.get(users.kmalone as string);
    expect((kevin[enterprise] as { manager?: { value?: string } }).manager?.value).toBe(users.amartin);
    const toby = await client.users.get(users.tflenderson as string);
    expect((toby[enterprise] as { manager?: unknown }).manager).toBeUndefined();
  });

  it("is idempotent: a second run finds the same ids and creates nothing", async () => {
    const first = await courseSetup(client);
    const second = await courseSetup(client);
    expect(second).toEqual(first);
    const all = await client.users.list({ count: 0 });
    expect(all.totalResults).toBe(15);
    const groups = await client.groups.list({ filter: 'displayName eq "Dunder Mifflin"' });
    expect(groups.totalResults).toBe(1);
  });

  it("re-adds a removed member without a reset, and leaves other changes alone", async () => {
    const { groupId, users } = await courseSetup(client);
    await client.groups.patch(groupId, {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "remove", path: `members[value eq "${users.pbeesly}"]` }],
    });
    await courseSetup(client);
    const group = await client.groups.get(groupId);
    expect(group.members?.map((m) => m.value)).toContain(users.pbeesly);
  });

  it("resets the storyline: users as in the fixture, the group with exactly the 15, later chapters' resources gone", async () => {
    const { groupId, users } = await courseSetup(client);
    const cast = loadCast();
    const michaelId = users.mscott as string;
    await client.users.patch(michaelId, {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [
        { op: "replace", path: "active", value: false },
        { op: "replace", path: "emails", value: [{ value: "michael@michaelscottpaper.com", type: "work", primary: true }] },
      ],
    });
    const charles = await client.users.create({ ...cast.charlesMiner.user, externalId: "6f0b3c9e-0000-5000-8000-000000000001" });
    const tagged = await client.users.create({ userName: "scratch", externalId: `${courseTag}check:x` });
    const paper = await client.groups.create({ displayName: "Michael Scott Paper Company", members: [{ value: michaelId }] });
    await client.groups.patch(groupId, {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "add", path: "members", value: [{ value: charles.id }] }],
    });

    const reset = await courseSetup(client, { reset: true });

    expect(reset).toEqual({ groupId, users });
    const michael = await client.users.get(michaelId);
    expect(michael.active).toBe(true);
    expect(michael.emails).toEqual([{ value: "michael.scott@dundermifflin.com", type: "work", primary: true }]);
    for (const gone of [charles.id, tagged.id]) {
      await expect(client.users.get(gone as string)).rejects.toMatchObject({ status: 404 });
    }
    await expect(client.groups.get(paper.id as string)).rejects.toMatchObject({ status: 404 });
    const group = await client.groups.get(groupId);
    expect(group.members?.map((m) => m.value).sort()).toEqual(Object.values(users).sort());
  });

  it("recreates employees deleted by a chapter", async () => {
    const { users } = await courseSetup(client);
    await client.users.delete(users.cbratton as string);
    const after = await courseSetup(client, { reset: true });
    expect(after.users.cbratton).toBeDefined();
    expect(after.users.cbratton).not.toBe(users.cbratton);
    const group = await client.groups.get(after.groupId);
    expect(group.members?.map((m) => m.value)).toContain(after.users.cbratton);
  });
});
