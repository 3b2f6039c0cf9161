import { describe, expect, it } from "vitest";
import { harness } from "./harness.js";

const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

const UserUrn = "urn:ietf:params:scim:schemas:core:2.0:User";

describe("Users and Groups through the handler", () => {
  it("creates a user: 201, Location, ETag, id and meta", async () => {
    const { call, internalErrors } = harness();
    const answer = await call("POST", "/Users", { schemas: [UserUrn], userName: "bjensen", name: { givenName: "Barbara" } });
    expect(answer.status).toBe(201);
    expect(answer.headers["content-type"]).toBe("application/scim+json; charset=utf-8");
    expect(answer.json.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.location).toBe(`http://localhost/scim/v2/Users/${answer.json.id}`);
    expect(answer.headers.etag).toBe('W/"1"');
    expect(answer.json.meta).toMatchObject({ resourceType: "User", location: answer.headers.location, version: 'W/"1"' });
    expect(answer.json.meta.created).toBe(answer.json.meta.lastModified);
    expect(internalErrors).toEqual([]);
  });

  it("gets, lists, replaces, patches and deletes", async () => {
    const { call, createUser } = harness();
    const user = await createUser("alice");
    const got = await call("GET", `/Users/${user.id}`);
    expect(got.status).toBe(200);
    expect(got.json.userName).toBe("alice");

    const list = await call("GET", "/Users");
    expect(list.json).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(list.json.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:ListResponse"]);

    const replaced = await call("PUT", `/Users/${user.id}`, { schemas: [UserUrn], userName: "alice", displayName: "Alice" });
    expect(replaced.status).toBe(200);
    expect(replaced.json.displayName).toBe("Alice");
    expect(replaced.json.meta.version).toBe('W/"2"');
    expect(replaced.json.meta.created).toBe(user.meta && (user.meta as { created: string }).created);

    const patched = await call("PATCH", `/Users/${user.id}`, {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "replace", path: "displayName", value: "Alice A." }],
    });
    expect(patched.status).toBe(200);
    expect(patched.json.displayName).toBe("Alice A.");
    expect(patched.headers.etag).toBe('W/"3"');

    expect((await call("DELETE", `/Users/${user.id}`)).status).toBe(204);
    const gone = await call("GET", `/Users/${user.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "404" });
  });

  it("refuses a second userName differing only in case (409 uniqueness), unicode included", async () => {
    const { call, createUser } = harness();
    await createUser("Zoë.Ünal");
    const clash = await call("POST", "/Users", { schemas: [UserUrn], userName: "zoË.üNAL" });
    expect(clash.status).toBe(409);
    expect(clash.json.scimType).toBe("uniqueness");
    const found = await call("GET", `/Users?filter=${encodeURIComponent('userName eq "ZOË.ÜNAL"')}`);
    expect(found.json.totalResults).toBe(1);
    expect(found.json.Resources[0].userName).toBe("Zoë.Ünal");
  });

  it("keeps userName unique on replace too", async () => {
    const { call, createUser } = harness();
    await createUser("one");
    const two = await createUser("two");
    const answer = await call("PUT", `/Users/${two.id}`, { schemas: [UserUrn], userName: "ONE" });
    expect(answer.status).toBe(409);
  });

  it("projects attributes on GET, POST, PUT, PATCH and lists", async () => {
    const { call, createUser } = harness();
    const created = await call("POST", "/Users?attributes=userName", { schemas: [UserUrn], userName: "carol", displayName: "Carol", password: "s3cret!" });
    expect(created.status).toBe(201);
    expect(Object.keys(created.json).sort()).toEqual(["id", "schemas", "userName"]);
    const user = await createUser("dave", { displayName: "Dave", password: "hunter2" });
    expect(user.password).toBeUndefined();
    const got = await call("GET", `/Users/${user.id}?excludedAttributes=displayName`);
    expect(got.json.displayName).toBeUndefined();
    expect(got.json.userName).toBe("dave");
    const put = await call("PUT", `/Users/${user.id}?attributes=displayName`, { schemas: [UserUrn], userName: "dave", displayName: "D" });
    expect(Object.keys(put.json).sort()).toEqual(["displayName", "id", "schemas"]);
    const patch = await call("PATCH", `/Users/${user.id}?attributes=userName`, { schemas: [PatchOp], Operations: [{ op: "replace", path: "displayName", value: "E" }] });
    expect(Object.keys(patch.json).sort()).toEqual(["id", "schemas", "userName"]);
    const list = await call("GET", "/Users?attributes=userName");
    for (const resource of list.json.Resources) expect(Object.keys(resource).sort()).toEqual(["id", "schemas", "userName"]);
  });
});

describe("group membership", () => {
  it("refuses members that do not exist with 400 invalidValue", async () => {
    const { call, createUser } = harness();
    const user = await createUser("eve");
    const answer = await call("POST", "/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "G", members: [{ value: user.id }, { value: "nope" }] });
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidValue");
    expect(answer.json.detail).toContain("nope");
    const listed = await call("GET", "/Groups");
    expect(listed.json.totalResults).toBe(0);
  });

  it("fills type, $ref and display of members", async () => {
    const { createUser, createGroup } = harness();
    const user = await createUser("frank", { displayName: "Frank" });
    const group = await createGroup("Sales", [user.id]);
    expect(group.members).toEqual([{ value: user.id, type: "User", $ref: `http://localhost/scim/v2/Users/${user.id}`, display: "Frank" }]);
  });

  it("derives User.groups from membership, direct and indirect", async () => {
    const { call, createUser, createGroup } = harness();
    const user = await createUser("gina");
    const inner = await createGroup("Inner", [user.id]);
    const outer = await createGroup("Outer", [inner.id]);
    const got = await call("GET", `/Users/${user.id}`);
    expect(got.json.groups).toEqual([
      { value: inner.id, $ref: `http://localhost/scim/v2/Groups/${inner.id}`, display: "Inner", type: "direct" },
      { value: outer.id, $ref: `http://localhost/scim/v2/Groups/${outer.id}`, display: "Outer", type: "indirect" },
    ]);
    const direct = await call("GET", `/Users?filter=${encodeURIComponent(`groups.value eq "${inner.id}"`)}`);
    expect(direct.json.totalResults).toBe(1);
    const indirect = await call("GET", `/Users?filter=${encodeURIComponent(`groups.value eq "${outer.id}"`)}`);
    expect(indirect.json.totalResults).toBe(1);
  });

  it("removes a deleted user from every group, bumping their version", async () => {
    const { call, createUser, createGroup } = harness();
    const user = await createUser("hank");
    const other = await createUser("ivy");
    const a = await createGroup("A", [user.id, other.id]);
    const b = await createGroup("B", [user.id]);
    expect((await call("DELETE", `/Users/${user.id}`)).status).toBe(204);
    const gotA = await call("GET", `/Groups/${a.id}`);
    expect(gotA.json.members.map((m: { value: string }) => m.value)).toEqual([other.id]);
    expect(gotA.json.meta.version).toBe('W/"2"');
    const gotB = await call("GET", `/Groups/${b.id}`);
    expect(gotB.json.members).toBeUndefined();
    const search = await call("GET", `/Groups?filter=${encodeURIComponent(`members.value eq "${user.id}"`)}`);
    expect(search.json.totalResults).toBe(0);
  });

  it("refuses groups written on a User (read-only, ignored or refused, never stored)", async () => {
    const { call, createUser, createGroup } = harness();
    const user = await createUser("jack");
    const group = await createGroup("J");
    const put = await call("PUT", `/Users/${user.id}`, { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "jack", groups: [{ value: group.id }] });
    expect(put.status).toBeLessThan(500);
    const got = await call("GET", `/Users/${user.id}`);
    expect(got.json.groups).toBeUndefined();
  });

  it("adds and removes members with PATCH", async () => {
    const { call, createUser, createGroup } = harness();
    const u1 = await createUser("k1");
    const u2 = await createUser("k2");
    const group = await createGroup("K", [u1.id]);
    const added = await call("PATCH", `/Groups/${group.id}`, { schemas: [PatchOp], Operations: [{ op: "add", path: "members", value: [{ value: u2.id }] }] });
    expect(added.status).toBe(200);
    expect(added.json.members).toHaveLength(2);
    const bad = await call("PATCH", `/Groups/${group.id}`, { schemas: [PatchOp], Operations: [{ op: "add", path: "members", value: [{ value: "ghost" }] }] });
    expect(bad.status).toBe(400);
    expect(bad.json.scimType).toBe("invalidValue");
    const removed = await call("PATCH", `/Groups/${group.id}`, { schemas: [PatchOp], Operations: [{ op: "remove", path: `members[value eq "${u1.id}"]` }] });
    expect(removed.json.members.map((m: { value: string }) => m.value)).toEqual([u2.id]);
    const u1Now = await call("GET", `/Users/${u1.id}`);
    expect(u1Now.json.groups).toBeUndefined();
  });
});

describe("attributes and excludedAttributes are checked before any work", () => {
  it("refuses a bad list with 400 invalidPath, and does not write", async () => {
    const { call } = harness();
    const created = await call("POST", "/Users?attributes=bad[[", { schemas: [UserUrn], userName: "not-written" });
    expect(created.status).toBe(400);
    expect(created.json.scimType).toBe("invalidPath");
    expect((await call("GET", "/Users")).json.totalResults).toBe(0);
    expect((await call("GET", "/Users?excludedAttributes=a..b")).status).toBe(400);
    expect((await call("POST", "/.search", { attributes: ["%%"] })).status).toBe(400);
  });
});

describe("derived values stay current", () => {
  it("shows a member's current displayName as members[].display", async () => {
    const { call, createUser, createGroup } = harness();
    const user = await createUser("renamed", { displayName: "Before" });
    const group = await createGroup("Watchers", [user.id]);
    await call("PATCH", `/Users/${user.id}`, { schemas: [PatchOp], Operations: [{ op: "replace", path: "displayName", value: "After" }] });
    const got = await call("GET", `/Groups/${group.id}`);
    expect(got.json.members[0].display).toBe("After");
    const user2 = await createUser("renamed2", { displayName: "Second" });
    await call("PATCH", `/Groups/${group.id}`, { schemas: [PatchOp], Operations: [{ op: "add", path: "members", value: [{ value: user2.id }] }] });
    await call("PATCH", `/Groups/${group.id}`, { schemas: [PatchOp], Operations: [{ op: "replace", path: "displayName", value: "Watchers 2" }] });
    expect((await call("GET", `/Users/${user.id}`)).json.groups[0].display).toBe("Watchers 2");
  });
});
