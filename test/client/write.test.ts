import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../../src/client/errors/request-validation-error.js";
import { UnexpectedResponseError } from "../../src/client/errors/unexpected-response-error.js";
import { patch } from "../../src/scim/patch.js";
import { SchemaUrn } from "../../src/scim/urns.js";
import { useTestServer } from "./support/client-context.js";
import { userResource } from "./support/fixtures.js";

const { server, client } = useTestServer();

describe("users.replace", () => {
  it("PUTs the user without read-only attributes and returns the 200 body", async () => {
    server().reply({ status: 200, body: userResource({ displayName: "Babs" }) });
    const current = userResource();
    const updated = await client().users.replace("2819c223", { ...current, displayName: "Babs" } as never);
    expect(updated.displayName).toBe("Babs");
    const [request] = server().requests;
    expect(request?.method).toBe("PUT");
    expect(request?.url).toBe("/scim/v2/Users/2819c223");
    expect(request?.json).toEqual({ schemas: [SchemaUrn.User], userName: "bjensen", displayName: "Babs" });
  });
});

describe("users.patch", () => {
  it("PATCHes a builder's operations with the PatchOp schema", async () => {
    server().reply({ status: 200, body: userResource({ active: false }) });
    const user = await client().users.patch("2819c223", patch().replace("active", false));
    expect(user.active).toBe(false);
    expect(server().requests[0]?.method).toBe("PATCH");
    expect(server().requests[0]?.json).toEqual({
      schemas: [SchemaUrn.PatchOp],
      Operations: [{ op: "replace", path: "active", value: false }],
    });
  });

  it("fills in schemas of a plain PatchOp", async () => {
    server().reply({ status: 200, body: userResource() });
    await client().users.patch("2819c223", { Operations: [{ op: "remove", path: "title" }] });
    expect((server().requests[0]?.json as { schemas: string[] }).schemas).toEqual([SchemaUrn.PatchOp]);
  });

  it("reads the resource back when the server answers 204 No Content", async () => {
    server().reply({ status: 204 }, { status: 200, body: userResource({ title: "Tour Guide" }) });
    const user = await client().users.patch("2819c223", patch().add("title", "Tour Guide"));
    expect(user.title).toBe("Tour Guide");
    expect(server().requests.map((r) => r.method)).toEqual(["PATCH", "GET"]);
  });

  it("refuses an op in the wrong case before sending", async () => {
    const error = await client()
      .users.patch("2819c223", { Operations: [{ op: "Replace", path: "active", value: false }] } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain('"Operations[0].op" must be one of "add", "replace", "remove"');
    expect(server().requests).toHaveLength(0);
  });

  it("refuses a malformed path, naming the operation", async () => {
    const error = await client()
      .users.patch("2819c223", { Operations: [{ op: "remove", path: 'emails[type eq "work"' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain('"Operations[0].path"');
  });

  it("refuses an empty builder", async () => {
    await expect(client().users.patch("2819c223", patch())).rejects.toBeInstanceOf(RequestValidationError);
  });
});

describe("users.delete", () => {
  it("DELETEs /Users/{id} and resolves on 204", async () => {
    server().reply({ status: 204 });
    await expect(client().users.delete("2819c223")).resolves.toBeUndefined();
    expect(server().requests[0]?.method).toBe("DELETE");
    expect(server().requests[0]?.body).toBe("");
  });

  it("treats 200 to a delete as unexpected (RFC 7644 §3.6 says 204)", async () => {
    server().reply({ status: 200, body: userResource() });
    await expect(client().users.delete("2819c223")).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe("groups", () => {
  it("creates a group with members at /Groups", async () => {
    const group = { schemas: [SchemaUrn.Group], id: "g1", displayName: "Sales", members: [{ value: "u1" }] };
    server().reply({ status: 201, body: group });
    const created = await client().groups.create({ displayName: "Sales", members: [{ value: "u1" }] });
    expect(created.members?.[0]?.value).toBe("u1");
    expect(server().requests[0]?.url).toBe("/scim/v2/Groups");
    expect(server().requests[0]?.json).toEqual({ schemas: [SchemaUrn.Group], displayName: "Sales", members: [{ value: "u1" }] });
  });
});
