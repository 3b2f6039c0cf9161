import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupSchema, testRoom, userSchema } from "./harness.js";

type Room = Awaited<ReturnType<typeof testRoom>>;
let room: Room;
let alice: { token: string; learnerId: string };
let bob: { token: string; learnerId: string };
let aliceUser: { id: string };

beforeAll(async () => {
  room = await testRoom();
  alice = await room.join("Alice");
  bob = await room.join("Bob");
  aliceUser = await room.createUser(alice.token, "amartin", { externalId: "alice-secret" });
});
afterAll(() => room.stop());

describe("a learner cannot see or change another learner's directory", () => {
  it("answers 404 to GET, PUT, PATCH and DELETE by another tenant's id, and leaves the resource alone", async () => {
    const path = `/scim/v2/Users/${aliceUser.id}`;
    expect((await room.call(bob.token, "GET", path)).status).toBe(404);
    expect((await room.call(bob.token, "PUT", path, { schemas: [userSchema], userName: "hijacked" })).status).toBe(404);
    const patch = { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", path: "active", value: false }] };
    expect((await room.call(bob.token, "PATCH", path, patch)).status).toBe(404);
    expect((await room.call(bob.token, "DELETE", path)).status).toBe(404);
    const still = await room.call(alice.token, "GET", path);
    expect(still.status).toBe(200);
    expect(still.json.userName).toBe("amartin");
  });

  it("finds nothing of another tenant with filters, `or` tricks included", async () => {
    for (const filter of ['userName eq "amartin"', 'userName eq "x" or id pr', 'externalId eq "alice-secret" or userName pr', "id pr"]) {
      const answer = await room.call(bob.token, "GET", `/scim/v2/Users?filter=${encodeURIComponent(filter)}`);
      expect(answer.status, filter).toBe(200);
      expect(answer.json.totalResults, filter).toBe(0);
    }
  });

  it("finds nothing of another tenant with /Users/.search or the root /.search", async () => {
    const search = { schemas: ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], filter: 'userName eq "x" or id pr' };
    for (const path of ["/scim/v2/Users/.search", "/scim/v2/.search"]) {
      const answer = await room.call(bob.token, "POST", path, search);
      expect(answer.status, path).toBe(200);
      expect(answer.json.totalResults, path).toBe(0);
    }
  });

  it("keeps Bulk in the tenant: bulkId references resolve within it, another tenant's id is not found", async () => {
    const bulk = {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
      Operations: [
        { method: "POST", path: "/Users", bulkId: "u1", data: { schemas: [userSchema], userName: "bobs-user" } },
        { method: "POST", path: "/Groups", bulkId: "g1", data: { schemas: [groupSchema], displayName: "Bob's", members: [{ value: "bulkId:u1" }] } },
        { method: "DELETE", path: `/Users/${aliceUser.id}` },
        { method: "PUT", path: `/Users/${aliceUser.id}`, data: { schemas: [userSchema], userName: "hijacked" } },
      ],
    };
    const answer = await room.call(bob.token, "POST", "/scim/v2/Bulk", bulk);
    expect(answer.status).toBe(200);
    const statuses = answer.json.Operations.map((operation: { status: string }) => operation.status);
    expect(statuses).toEqual(["201", "201", "404", "404"]);
    expect((await room.call(alice.token, "GET", `/scim/v2/Users/${aliceUser.id}`)).json.userName).toBe("amartin");
    const bobsGroup = await room.call(bob.token, "GET", `/scim/v2/Groups?filter=${encodeURIComponent('displayName eq "Bob\'s"')}`);
    expect(bobsGroup.json.Resources[0].members).toHaveLength(1);
  });

  it("refuses another tenant's user id as a group member (400 invalidValue)", async () => {
    const answer = await room.call(bob.token, "POST", "/scim/v2/Groups", { schemas: [groupSchema], displayName: "Stolen", members: [{ value: aliceUser.id }] });
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidValue");
    expect(answer.json.detail).toContain(aliceUser.id);
  });

  it("lets two learners both create cminer (uniqueness is per tenant)", async () => {
    const first = await room.createUser(alice.token, "cminer");
    const second = await room.createUser(bob.token, "cminer");
    expect(first.id).not.toBe(second.id);
    expect((await room.call(alice.token, "POST", "/scim/v2/Users", { schemas: [userSchema], userName: "cminer" })).status).toBe(409);
  });

  it("shows each learner only their own request log", async () => {
    const marker = "only-in-bobs-log";
    await room.call(bob.token, "GET", `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${marker}"`)}`);
    const alicesLog = await room.call(alice.token, "GET", "/scimlab/requests");
    expect(alicesLog.status).toBe(200);
    expect(alicesLog.text).not.toContain(marker);
    expect(alicesLog.text).not.toContain(alice.token);
    expect((await room.call(bob.token, "GET", "/scimlab/requests")).text).toContain(marker);
  });

  it("keeps check reports per learner: /room/me and the instructor's list tell them apart", async () => {
    const report = { exercise: "01-charles-joins", outcome: "correct", attempts: 1, hintsAsked: 0 };
    expect((await room.call(alice.token, "POST", "/room/checks", report)).status).toBe(201);
    const me = await room.call(bob.token, "GET", "/room/me");
    expect(me.json.learner.name).toBe("Bob");
    expect(me.text).not.toContain("Alice");
    const learners = (await room.call(room.instructor, "GET", "/room/learners")).json.Resources as { name: string; checks: unknown[] }[];
    expect(learners.find((learner) => learner.name === "Alice")?.checks).toHaveLength(1);
    expect(learners.find((learner) => learner.name === "Bob")?.checks).toHaveLength(0);
  });

  it("keeps one learner's ETags and response cache when another learner writes", async () => {
    const path = `/scim/v2/Users/${aliceUser.id}`;
    const before = await room.call(alice.token, "GET", path);
    const generation = room.room.tenants.get(alice.learnerId).store.generation();
    await room.createUser(bob.token, "bob-writes-again");
    // Alice's cached answers stay valid: they are keyed on her store's generation, which Bob's write does not touch.
    expect(room.room.tenants.get(alice.learnerId).store.generation()).toBe(generation);
    const after = await room.call(alice.token, "GET", path);
    expect(after.headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it("answers the instructor token on /scim/v2 with 403, and an unknown token with the SCIM 401", async () => {
    expect((await room.call(room.instructor, "GET", "/scim/v2/Users")).status).toBe(403);
    const unknown = await room.call("not-a-token", "GET", "/scim/v2/Users");
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get("www-authenticate")).toContain("Bearer");
    expect(unknown.json.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:Error"]);
  });
});
