import { describe, expect, it } from "vitest";
import { harness } from "./harness.js";

const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const BulkRequest = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
const rename = [{ op: "replace", path: "displayName", value: "Renamed" }];

describe("PATCH request body (RFC 7644 §3.5.2)", () => {
  it("answers 400 invalidSyntax to an empty Operations array, saying one or more operations are needed", async () => {
    const { call, createUser, internalErrors } = harness();
    const user = await createUser("empty");
    const answer = await call("PATCH", `/Users/${user.id}`, { schemas: [PatchOp], Operations: [] });
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidSyntax");
    expect(answer.json.detail).toMatch(/"Operations" is empty/);
    expect(answer.json.detail).toMatch(/one or more PATCH operations/);
    expect(internalErrors).toEqual([]);
  });

  it.each([
    ["missing", undefined],
    ["empty", []],
    ["another URN", ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"]],
    ["the PatchOp URN with another", [PatchOp, "urn:ietf:params:scim:schemas:core:2.0:User"]],
    ["a string, not an array", PatchOp],
  ])("answers 400 invalidSyntax when schemas is %s, naming the PatchOp URN", async (_, schemas) => {
    const { call, createUser } = harness();
    const user = await createUser("schemas");
    const answer = await call("PATCH", `/Users/${user.id}`, { ...(schemas === undefined ? {} : { schemas }), Operations: rename });
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidSyntax");
    expect(answer.json.detail).toContain(`"schemas": ["${PatchOp}"]`);
    expect(answer.json.detail).toMatch(/RFC 7644 §3\.5\.2/);
    // Nothing changed.
    expect((await call("GET", `/Users/${user.id}`)).json.meta.version).toBe('W/"1"');
  });

  it("accepts the PatchOp URN in any case, and member names in any case (leniency)", async () => {
    const { call, createUser } = harness();
    const user = await createUser("lenient");
    const answer = await call("PATCH", `/Users/${user.id}`, {
      Schemas: [PatchOp.toUpperCase()],
      operations: [{ op: "replace", path: "active", value: false }],
    });
    expect(answer.status).toBe(200);
    expect(answer.json.active).toBe(false);
  });

  it('refuses Entra\'s "Replace" and "False" in the default strict dialect, and accepts them in the entra dialect', async () => {
    const { call, createUser } = harness();
    const user = await createUser("entra-forms");
    const body = { schemas: [PatchOp], Operations: [{ op: "Replace", path: "active", value: "False" }] };
    const refused = await call("PATCH", `/Users/${user.id}`, body);
    expect(refused.status).toBe(400);
    expect(refused.json.detail).toContain("Microsoft Entra ID");
    const accepted = await call("PATCH", `/Users/${user.id}`, body, { "scimlab-dialect": "entra" });
    expect(accepted.status).toBe(200);
    expect(accepted.json.active).toBe(false);
  });

  it("answers 400 invalidSyntax when Operations is missing, showing a valid body", async () => {
    const { call, createUser } = harness();
    const user = await createUser("none");
    const answer = await call("PATCH", `/Users/${user.id}`, { schemas: [PatchOp] });
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidSyntax");
    expect(answer.json.detail).toMatch(/needs an "Operations" array/);
  });

  it("reports the same 400s as per-operation errors inside a Bulk request, not as a failed Bulk", async () => {
    const { call, createUser, internalErrors } = harness();
    const user = await createUser("bulk");
    const answer = await call("POST", "/Bulk", {
      schemas: [BulkRequest],
      Operations: [
        { method: "PATCH", path: `/Users/${user.id}`, data: { schemas: [PatchOp], Operations: [] } },
        { method: "PATCH", path: `/Users/${user.id}`, data: { Operations: rename } },
        { method: "PATCH", path: `/Users/${user.id}`, data: { schemas: [PatchOp], Operations: rename } },
      ],
    });
    expect(answer.status).toBe(200);
    const [empty, noSchemas, good] = answer.json.Operations;
    for (const failed of [empty, noSchemas]) {
      expect(failed).toMatchObject({ method: "PATCH", status: "400", response: { status: "400", scimType: "invalidSyntax" } });
    }
    expect(empty.response.detail).toMatch(/"Operations" is empty/);
    expect(noSchemas.response.detail).toContain(PatchOp);
    expect(good).toMatchObject({ method: "PATCH", status: "200", version: 'W/"2"' });
    expect(internalErrors).toEqual([]);
  });
});
