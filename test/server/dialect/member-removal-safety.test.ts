import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../../src/server/index.js";
import { send } from "./replay.js";

/**
 * No dialect turns a single remove into "remove every member" (issue 10). RFC 7644 §3.5.2.2: a remove of
 * "members" with no filter removes every member — that meaning is kept, in every dialect, for a remove with
 * neither filter nor value; Entra's remove with a value array removes exactly the listed members (entra,
 * lenient) or is refused (strict, okta); a value that names nobody is refused everywhere.
 */
const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const dialects = ["strict", "entra", "okta", "lenient"] as const;
let server: RunningServer;
beforeAll(async () => (server = await startServer({ token: "safety-token", quiet: true })));
afterAll(() => server.close());

let counter = 0;
/** A group with three members: Jim, Pam and Dwight. */
async function office() {
  const ids: string[] = [];
  for (const name of ["jim", "pam", "dwight"]) {
    const user = await send(server.url, server.token, "POST", "/Users", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: `${name}-${++counter}` });
    ids.push(user.body.id);
  }
  const group = await send(server.url, server.token, "POST", "/Groups", {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
    displayName: `Office ${counter}`,
    members: ids.map((value) => ({ value })),
  });
  return { groupId: group.body.id as string, ids };
}
const remove = (dialect: string, groupId: string, operation: Record<string, unknown>) =>
  send(server.url, server.token, "PATCH", `/Groups/${groupId}`, { schemas: [PatchOp], Operations: [{ op: "remove", ...operation }] }, { "scimlab-dialect": dialect });
const membersOf = async (groupId: string) =>
  (((await send(server.url, server.token, "GET", `/Groups/${groupId}`)).body.members ?? []) as { value: string }[]).map((member) => member.value).sort();

describe.each(dialects)("in the %s dialect", (dialect) => {
  const accepts = dialect === "entra" || dialect === "lenient";

  it(accepts ? "removes exactly the members a value array lists (Entra's form)" : "refuses Entra's remove with a value array, naming Entra, and removes no one", async () => {
    const { groupId, ids } = await office();
    const answer = await remove(dialect, groupId, { path: "members", value: [{ value: ids[1] }] });
    if (accepts) {
      expect(answer.status).toBe(200);
      expect(await membersOf(groupId)).toEqual([ids[0], ids[2]].sort());
    } else {
      expect(answer.status).toBe(400);
      expect(answer.body.scimType).toBe("invalidSyntax");
      expect(answer.body.detail).toContain("Microsoft Entra ID");
      expect(await membersOf(groupId)).toEqual([...ids].sort());
    }
  });

  it.each([
    ["an empty array", []],
    ["null", null],
    ["an item without value", [{ display: "Pam" }]],
    ["an empty id", [{ value: "" }]],
  ])("never reads a value of %s as 'remove every member'", async (_label, value) => {
    const { groupId, ids } = await office();
    const answer = await remove(dialect, groupId, { path: "members", value });
    expect(answer.status).toBe(400);
    expect(await membersOf(groupId)).toEqual([...ids].sort());
  });

  it("removes one member with a filter, the RFC form", async () => {
    const { groupId, ids } = await office();
    expect((await remove(dialect, groupId, { path: `members[value eq "${ids[0]}"]` })).status).toBe(200);
    expect(await membersOf(groupId)).toEqual([ids[1], ids[2]].sort());
  });

  it("keeps the RFC meaning of a remove of members with neither filter nor value: every member (RFC 7644 §3.5.2.2)", async () => {
    const { groupId } = await office();
    expect((await remove(dialect, groupId, { path: "members" })).status).toBe(200);
    expect(await membersOf(groupId)).toEqual([]);
  });

  it("answers malformed removes with a 4xx SCIM Error, never a 5xx", async () => {
    const { groupId, ids } = await office();
    for (const operation of [{}, { path: 42 }, { path: "members[" }, { path: "members", value: "x" }, { path: "members", value: [42] }, { path: "members", value: { value: {} } }]) {
      const answer = await remove(dialect, groupId, operation);
      expect(answer.status, JSON.stringify(operation)).toBeGreaterThanOrEqual(400);
      expect(answer.status, JSON.stringify(operation)).toBeLessThan(500);
      expect(answer.body.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:Error"]);
    }
    expect(await membersOf(groupId)).toEqual([...ids].sort());
  });
});
