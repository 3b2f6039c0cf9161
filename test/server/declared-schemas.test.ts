import { describe, expect, it } from "vitest";
import { harness } from "./harness.js";

const User = "urn:ietf:params:scim:schemas:core:2.0:User";
const Group = "urn:ietf:params:scim:schemas:core:2.0:Group";
const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const vendor = "urn:example:params:scim:schemas:extension:custom:2.0:User";
const BulkRequest = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

describe("schemas of a POST or PUT body (RFC 7643 §3, §6)", () => {
  it.each([
    ["an unknown extension", [User, vendor], vendor],
    ["another resource type's schema", [User, Group], Group],
    ["a message URN", [User, "urn:ietf:params:scim:api:messages:2.0:PatchOp"], "urn:ietf:params:scim:api:messages:2.0:PatchOp"],
  ])("POST /Users answers 400 invalidValue when schemas lists %s, naming it and the allowed URNs", async (_, schemas, bad) => {
    const { call, internalErrors } = harness();
    const answer = await call("POST", "/Users", { schemas, userName: "someone" });
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidValue");
    expect(answer.json.detail).toContain(`"schemas" lists "${bad}"`);
    expect(answer.json.detail).toContain(User);
    expect(answer.json.detail).toContain(enterprise);
    expect(answer.json.detail).toMatch(/Remove .* from "schemas"/);
    expect((await call("GET", "/Users")).json.totalResults).toBe(0);
    expect(internalErrors).toEqual([]);
  });

  it("PUT answers 400 invalidValue for an unknown URN in schemas and leaves the resource as it was", async () => {
    const { call, createGroup } = harness();
    const group = await createGroup("Sales");
    const answer = await call("PUT", `/Groups/${group.id}`, { schemas: [Group, enterprise], displayName: "Sales 2" });
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidValue");
    expect(answer.json.detail).toContain(`"${enterprise}", which is not a schema of Group`);
    expect(answer.json.detail).toContain(`the schemas of Group are ${Group}`);
    expect((await call("GET", `/Groups/${group.id}`)).json.displayName).toBe("Sales");
  });

  it("answers 400 invalidValue to attributes under an undeclared extension URN, even when schemas does not list it", async () => {
    const { call } = harness();
    const answer = await call("POST", "/Users", { schemas: [User], userName: "badge", [vendor]: { badge: "42" } });
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidValue");
    expect(answer.json.detail).toContain(`attributes under "${vendor}"`);
    expect(answer.json.detail).toMatch(/Remove the .* object/);
  });

  it("accepts the core schema and the declared extension, in any case", async () => {
    const { call } = harness();
    const answer = await call("POST", "/Users", {
      schemas: [User.toUpperCase(), enterprise.toLowerCase()],
      userName: "declared",
      [enterprise]: { department: "Sales" },
    });
    expect(answer.status).toBe(201);
    expect(answer.json.schemas).toEqual([User, enterprise]);
  });

  it("still answers 400 invalidValue to a body without schemas (RFC 7643 §3: REQUIRED)", async () => {
    const { call } = harness();
    const answer = await call("POST", "/Users", { userName: "noschemas" });
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidValue");
    expect(answer.json.detail).toContain(User);
  });

  it("reports an undeclared URN as a per-operation 400 inside a Bulk request", async () => {
    const { call, internalErrors } = harness();
    const answer = await call("POST", "/Bulk", {
      schemas: [BulkRequest],
      Operations: [{ method: "POST", path: "/Users", bulkId: "v", data: { schemas: [User, vendor], userName: "bulkvendor" } }],
    });
    expect(answer.status).toBe(200);
    expect(answer.json.Operations[0]).toMatchObject({ status: "400", response: { scimType: "invalidValue" } });
    expect(answer.json.Operations[0].response.detail).toContain(vendor);
    expect(internalErrors).toEqual([]);
  });
});
