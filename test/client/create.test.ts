import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../../src/client/errors/request-validation-error.js";
import { ResponseValidationError } from "../../src/client/errors/response-validation-error.js";
import { UnexpectedResponseError } from "../../src/client/errors/unexpected-response-error.js";
import type { UserInput } from "../../src/scim/user-input.js";
import { SchemaUrn } from "../../src/scim/urns.js";
import { useTestServer } from "./support/client-context.js";
import { TOKEN, userResource } from "./support/fixtures.js";

const { server, client } = useTestServer();

describe("users.create", () => {
  it("POSTs the user to /Users with schemas filled in and returns the 201 body", async () => {
    server().reply({ status: 201, body: userResource() });
    const user = await client().users.create({ userName: "bjensen", name: { givenName: "Barbara" } });
    expect(user.id).toBe("2819c223-7f76-453a-919d-413861904646");
    const [request] = server().requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/scim/v2/Users");
    expect(request?.headers["content-type"]).toBe("application/scim+json");
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.json).toEqual({ schemas: [SchemaUrn.User], userName: "bjensen", name: { givenName: "Barbara" } });
  });

  it("adds extension URNs used as keys to schemas", async () => {
    server().reply({ status: 201, body: userResource() });
    await client().users.create({ userName: "bjensen", [SchemaUrn.EnterpriseUser]: { employeeNumber: "701984" } });
    expect((server().requests[0]?.json as { schemas: string[] }).schemas).toEqual([SchemaUrn.User, SchemaUrn.EnterpriseUser]);
  });

  it("never sends read-only id, meta or groups, so a fetched user can be sent back", async () => {
    server().reply({ status: 201, body: userResource() });
    const fetched = userResource({ groups: [{ value: "g1", display: "Sales" }] });
    await client().users.create(fetched as never);
    const sent = server().requests[0]?.json as Record<string, unknown>;
    expect(sent).not.toHaveProperty("id");
    expect(sent).not.toHaveProperty("meta");
    expect(sent).not.toHaveProperty("groups");
    expect(sent.userName).toBe("bjensen");
  });

  it("refuses a misspelled attribute before sending, naming it", async () => {
    const error = await client()
      .users.create({ userName: "bjensen", usrName: "x" } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain('"usrName" is not an attribute: did you mean "userName"?');
    expect(server().requests).toHaveLength(0);
  });

  it("says how to fix an unknown attribute that resembles none", async () => {
    const error = await client()
      .users.create({ userName: "bjensen", favouriteColour: "teal" } as never)
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/"favouriteColour" is not an attribute .*check the spelling.*schema URN/);
  });

  it.each([
    [{ userName: "bjensen", displayname: "B" }, '"displayname" is not an attribute: did you mean "displayName"?'],
    [{ userName: "bjensen", name: { givenNme: "B" } }, '"name.givenNme" is not an attribute: did you mean "givenName"?'],
    [{ userName: "bjensen", emails: [{ vale: "b@x.org" }] }, '"emails[0].vale" is not an attribute: did you mean "value"?'],
    [
      { userName: "bjensen", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { employeNumber: "1" } },
      'did you mean "employeeNumber"?',
    ],
  ])("suggests the attribute a misspelled name meant: %j", async (input, message) => {
    const error = await client()
      .users.create(input as never)
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain(message);
  });

  it("makes a misspelled attribute a compile error as well (tsc checks this file)", () => {
    // @ts-expect-error usrName is not a User attribute
    const input: UserInput = { userName: "bjensen", usrName: "x" };
    expect(input.userName).toBe("bjensen");
  });

  it("refuses a wrong type, naming the nested field and the expected type", async () => {
    const error = await client()
      .users.create({ userName: "bjensen", emails: [{ value: 42 }] } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain('"emails[0].value" must be a string, not a number');
    expect((error as RequestValidationError).issues.length).toBeGreaterThan(0);
  });

  it("keeps unknown attributes of the response", async () => {
    server().reply({ status: 201, body: userResource({ "urn:example:ext:1.0": { badge: 7 }, favouriteColour: "teal" }) });
    const user = (await client().users.create({ userName: "bjensen" })) as Record<string, unknown>;
    expect(user.favouriteColour).toBe("teal");
    expect(user["urn:example:ext:1.0"]).toEqual({ badge: 7 });
  });

  it("rejects a response that is not a User with the zod issues", async () => {
    server().reply({ status: 201, body: { schemas: "not-an-array", id: 5 } });
    const error = await client().users.create({ userName: "bjensen" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.length).toBeGreaterThan(0);
    expect((error as ResponseValidationError).status).toBe(201);
  });

  it("treats 200 instead of 201 as an unexpected response (RFC 7644 §3.3)", async () => {
    server().reply({ status: 200, body: userResource() });
    const error = await client().users.create({ userName: "bjensen" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain("expected 201 for create");
  });
});
