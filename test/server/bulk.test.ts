import { describe, expect, it } from "vitest";
import { harness } from "./harness.js";

const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

const BulkRequest = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

describe("POST /Bulk (RFC 7644 §3.7)", () => {
  it("creates a user and a group referring to it by bulkId", async () => {
    const { call, internalErrors } = harness();
    const answer = await call("POST", "/Bulk", {
      schemas: [BulkRequest],
      Operations: [
        { method: "POST", path: "/Groups", bulkId: "g", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Team", members: [{ type: "User", value: "bulkId:u" }] } },
        { method: "POST", path: "/Users", bulkId: "u", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "bulky" } },
        { method: "PATCH", path: "/Users/bulkId:u", data: { schemas: [PatchOp], Operations: [{ op: "replace", path: "displayName", value: "Bulky" }] } },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.json.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:BulkResponse"]);
    const [group, user, patch] = answer.json.Operations;
    expect(group).toMatchObject({ method: "POST", bulkId: "g", status: "201", version: 'W/"1"' });
    expect(user).toMatchObject({ method: "POST", bulkId: "u", status: "201" });
    expect(patch).toMatchObject({ method: "PATCH", status: "200", version: 'W/"2"' });
    const userId = user.location.split("/").pop();
    const gotGroup = await call("GET", new URL(group.location).pathname);
    expect(gotGroup.json.members[0].value).toBe(userId);
    const gotUser = await call("GET", `/Users/${userId}`);
    expect(gotUser.json.displayName).toBe("Bulky");
    expect(gotUser.json.groups[0].display).toBe("Team");
    expect(internalErrors).toEqual([]);
  });

  it("reports failures per operation and stops after failOnErrors", async () => {
    const { call } = harness();
    const answer = await call("POST", "/Bulk", {
      schemas: [BulkRequest],
      failOnErrors: 1,
      Operations: [
        { method: "POST", path: "/Users", bulkId: "a", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "dup" } },
        { method: "POST", path: "/Users", bulkId: "b", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "DUP" } },
        { method: "POST", path: "/Users", bulkId: "c", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "never" } },
      ],
    });
    expect(answer.json.Operations).toHaveLength(2);
    expect(answer.json.Operations[1]).toMatchObject({ status: "409", response: { scimType: "uniqueness", status: "409" } });
    expect((await call("GET", `/Users?filter=${encodeURIComponent('userName eq "never"')}`)).json.totalResults).toBe(0);
  });

  it("fails references to unknown or failed bulkIds with 409, and a failed operation leaves nothing", async () => {
    const { call } = harness();
    const answer = await call("POST", "/Bulk", {
      schemas: [BulkRequest],
      Operations: [
        { method: "POST", path: "/Users", bulkId: "bad", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: 5 } },
        { method: "POST", path: "/Groups", bulkId: "g", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "G", members: [{ value: "bulkId:bad" }] } },
        { method: "DELETE", path: "/Users/bulkId:nobody" },
        { method: "POST", path: "/Groups", bulkId: "x", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "X", members: [{ value: "bulkId:y" }] } },
        { method: "POST", path: "/Groups", bulkId: "y", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Y", members: [{ value: "bulkId:x" }] } },
      ],
    });
    const statuses = answer.json.Operations.map((op: { status: string }) => op.status);
    expect(statuses).toEqual(["400", "409", "409", "409", "409"]);
    expect((await call("GET", "/Groups")).json.totalResults).toBe(0);
  });

  it("answers 413 beyond maxOperations and validates the request shape", async () => {
    const { call } = harness({ limits: { maxOperations: 2 } });
    const operations = [1, 2, 3].map((n) => ({ method: "POST", path: "/Users", bulkId: `${n}`, data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: `u${n}` } }));
    const tooMany = await call("POST", "/Bulk", { schemas: [BulkRequest], Operations: operations });
    expect(tooMany.status).toBe(413);
    expect(tooMany.json.detail).toMatch(/maxOperations/);
    expect((await call("POST", "/Bulk", { schemas: [BulkRequest] })).json.scimType).toBe("invalidSyntax");
    expect((await call("POST", "/Bulk", { Operations: [{ method: "GET", path: "/Users" }] })).json.scimType).toBe("invalidValue");
    const duplicate = [{ method: "POST", path: "/Users", bulkId: "1", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "a" } }, { method: "POST", path: "/Users", bulkId: "1", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "b" } }];
    expect((await call("POST", "/Bulk", { Operations: duplicate })).json.scimType).toBe("invalidValue");
  });

  it("advertises its limits in ServiceProviderConfig", async () => {
    const { call } = harness();
    const config = await call("GET", "/ServiceProviderConfig");
    expect(config.json.bulk).toEqual({ supported: true, maxOperations: 1000, maxPayloadSize: 1048576 });
  });
});
