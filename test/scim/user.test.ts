import { describe, expect, it } from "vitest";
import { SchemaUrn, UserInputSchema, UserSchema, stripReadOnly, type UserInput } from "../../src/scim/index.js";

const webexUrn = "urn:scim:schemas:extension:cisco:webexidentity:2.0:User";

const webexUser = {
  schemas: [SchemaUrn.User, SchemaUrn.EnterpriseUser, webexUrn],
  id: "3426a5f6-4f3f-4fa4-9cad-5e1c3dac8ae1",
  userName: "alice@example.com",
  active: true,
  name: { givenName: "Alice", familyName: "Liddell" },
  [webexUrn]: {
    accountStatus: ["active"],
    sipAddresses: [{ value: "alice@example.calls.webex.com", type: "cloud-calling", primary: true }],
    meta: { organizationId: "0ae87ade-8c8a-4952-af08-318798958d0c" },
  },
  meta: { resourceType: "User", created: "2024-03-01T09:00:00.000Z", location: "https://webexapis.com/identity/scim/v2/Users/3426a5f6" },
};

describe("UserSchema (responses)", () => {
  it("keeps a vendor extension such as Webex's, unchanged", () => {
    const user = UserSchema.parse(webexUser);
    expect(user).toStrictEqual(webexUser);
    expect(user[webexUrn]).toEqual(webexUser[webexUrn]);
  });

  it("keeps unknown core-level attributes", () => {
    expect(UserSchema.parse({ ...webexUser, vendorFlag: 7 }).vendorFlag).toBe(7);
  });

  it("accepts a projection without userName (attributes=displayName)", () => {
    expect(UserSchema.safeParse({ schemas: [SchemaUrn.User], id: "1", displayName: "Alice" }).success).toBe(true);
  });

  it("requires id", () => {
    const result = UserSchema.safeParse({ userName: "alice" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["id"]);
  });

  it("accepts a projection without schemas, as some providers send for attributes=id (regression: scimmy peer)", () => {
    expect(UserSchema.parse({ id: "1" })).toEqual({ id: "1" });
  });
});

describe("UserInputSchema (requests)", () => {
  it("rejects a misspelled attribute and names it", () => {
    const result = UserInputSchema.safeParse({ userName: "x", usrName: "y" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.path).toEqual(["usrName"]);
    expect(result.error?.issues[0]?.message).toContain("usrName");
  });

  it("rejects a misspelled sub-attribute", () => {
    const result = UserInputSchema.safeParse({ userName: "x", emails: [{ vaule: "x@example.com" }] });
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["vaule"], path: ["emails", 0] });
  });

  it("requires userName", () => {
    expect(UserInputSchema.safeParse({ displayName: "x" }).error?.issues[0]?.path).toEqual(["userName"]);
  });

  it("accepts extension objects keyed by a URN, and rejects non-object extensions", () => {
    const input = {
      userName: "alice",
      [SchemaUrn.EnterpriseUser]: { employeeNumber: "42", manager: { value: "7" } },
      [webexUrn]: { accountStatus: ["active"] },
    };
    expect(UserInputSchema.parse(input)).toStrictEqual(input);
    expect(UserInputSchema.safeParse({ userName: "alice", [webexUrn]: "active" }).error?.issues[0]?.path).toEqual([webexUrn]);
  });

  it("rejects unknown attributes inside the Enterprise User extension", () => {
    const result = UserInputSchema.safeParse({ userName: "alice", [SchemaUrn.EnterpriseUser]: { employeNumber: "42" } });
    expect(result.error?.issues[0]?.path).toEqual([SchemaUrn.EnterpriseUser]);
  });

  it("rejects id, meta and groups, which the service provider assigns", () => {
    const result = UserInputSchema.safeParse({ userName: "alice", id: "1", meta: {}, groups: [] });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["id", "meta", "groups"]);
  });

  it("accepts a fetched User once stripReadOnly removed its read-only attributes", () => {
    const fetched = UserSchema.parse({ ...webexUser, groups: [{ value: "g1", display: "Staff" }] });
    expect(UserInputSchema.safeParse(fetched).success).toBe(false);
    expect(UserInputSchema.safeParse(stripReadOnly("User", fetched)).success).toBe(true);
  });

  it("types extension objects and catches misspellings at compile time", () => {
    const input: UserInput = { userName: "alice", "urn:example:2.0:User": { badge: "42" } };
    // @ts-expect-error usrName is not a User attribute
    const misspelled: UserInput = { userName: "alice", usrName: "alice" };
    expect(UserInputSchema.safeParse(input).success).toBe(true);
    expect(UserInputSchema.safeParse(misspelled).success).toBe(false);
  });
});
