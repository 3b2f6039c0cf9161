import { describe, expect, it } from "vitest";
import { bulkIdRef } from "../../src/client/bulk.js";
import { RequestValidationError } from "../../src/client/errors/request-validation-error.js";
import { SchemaUrn } from "../../src/scim/urns.js";
import { useTestServer } from "./support/client-context.js";

const { server, client } = useTestServer();

const bulkResponse = {
  schemas: [SchemaUrn.BulkResponse],
  Operations: [
    { method: "POST", bulkId: "alice", location: "/Users/u1", status: "201" },
    { method: "POST", bulkId: "team", location: "/Groups/g1", status: "201" },
  ],
};

describe("client.bulk (RFC 7644 §3.7)", () => {
  it("POSTs a BulkRequest with schemas filled in, keeping bulkId references", async () => {
    server().reply({ status: 200, body: bulkResponse });
    const response = await client().bulk({
      failOnErrors: 1,
      Operations: [
        { method: "POST", path: "/Users", bulkId: "alice", data: { userName: "alice" } },
        { method: "POST", path: "/Groups", bulkId: "team", data: { displayName: "Team", members: [{ value: bulkIdRef("alice") }] } },
        { method: "DELETE", path: "/Users/old" },
      ],
    });
    expect(response.Operations).toHaveLength(2);
    const [request] = server().requests;
    expect(request?.url).toBe("/scim/v2/Bulk");
    expect(request?.json).toEqual({
      schemas: [SchemaUrn.BulkRequest],
      failOnErrors: 1,
      Operations: [
        { method: "POST", path: "/Users", bulkId: "alice", data: { schemas: [SchemaUrn.User], userName: "alice" } },
        {
          method: "POST",
          path: "/Groups",
          bulkId: "team",
          data: { schemas: [SchemaUrn.Group], displayName: "Team", members: [{ value: "bulkId:alice" }] },
        },
        { method: "DELETE", path: "/Users/old" },
      ],
    });
  });

  it.each([
    [{ Operations: [] }, /needs \{ Operations/],
    [{ Operations: [{ method: "POST", path: "/Users", data: { userName: "a" } }] }, /needs a bulkId/],
    [{ Operations: [{ method: "POST", path: "Users", bulkId: "a", data: {} }] }, /path must start with "\/"/],
    [{ Operations: [{ method: "GET", path: "/Users" }] }, /method must be POST, PUT, PATCH or DELETE/],
    [{ Operations: [{ method: "DELETE", path: "/Users/1", data: {} }] }, /must not carry data/],
    [{ Operations: [{ method: "PUT", path: "/Users/1" }] }, /needs data/],
    [
      { Operations: [{ method: "POST", path: "/Groups", bulkId: "g", data: { displayName: "G", members: [{ value: "bulkId:nobody" }] } }] },
      /refers to "bulkId:nobody"/,
    ],
    [
      {
        Operations: [
          { method: "POST", path: "/Users", bulkId: "a", data: { userName: "a" } },
          { method: "POST", path: "/Users", bulkId: "a", data: { userName: "b" } },
        ],
      },
      /bulkId "a" is used twice/,
    ],
    [{ Operations: [{ method: "POST", path: "/Users", bulkId: "a", data: { userName: "a", usrName: "a" } }] }, /"usrName" is not an attribute/],
  ])("refuses an invalid request before sending: %j", async (request, message) => {
    const error = await client()
      .bulk(request as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toMatch(message);
    expect(server().requests).toHaveLength(0);
  });

  it("is never retried", async () => {
    server().reply({ status: 503, body: { schemas: [SchemaUrn.Error], status: "503", detail: "busy" } });
    const request = { Operations: [{ method: "DELETE" as const, path: "/Users/1" }] };
    await expect(client().bulk(request)).rejects.toMatchObject({ status: 503 });
    expect(server().requests).toHaveLength(1);
  });
});
