import { describe, expect, it } from "vitest";
import { SchemaUrn, findAttribute, stripReadOnly } from "../../src/scim/index.js";

describe("findAttribute", () => {
  it("finds core attributes case-insensitively", () => {
    expect(findAttribute("User", { name: "USERNAME" })).toMatchObject({
      name: "userName",
      caseExact: false,
      uniqueness: "server",
      required: true,
    });
  });

  it("finds the common attributes id, externalId and meta on every resource type", () => {
    expect(findAttribute("User", { name: "id" })).toMatchObject({ caseExact: true, mutability: "readOnly", returned: "always" });
    expect(findAttribute("Group", { name: "externalId" })).toMatchObject({ caseExact: true, mutability: "readWrite" });
    expect(findAttribute("Group", { name: "meta", subAttribute: "lastModified" })).toMatchObject({ type: "dateTime" });
  });

  it("finds sub-attributes", () => {
    expect(findAttribute("User", { name: "name", subAttribute: "familyName" })?.name).toBe("familyName");
    expect(findAttribute("User", { name: "emails", subAttribute: "Type" })?.canonicalValues).toEqual(["work", "home", "other"]);
    expect(findAttribute("User", { name: "name", subAttribute: "nickname" })).toBeUndefined();
  });

  it("finds extension attributes only with their schema URN", () => {
    expect(findAttribute("User", { name: "employeeNumber" })).toBeUndefined();
    expect(findAttribute("User", { schema: SchemaUrn.EnterpriseUser, name: "employeeNumber" })?.type).toBe("string");
    expect(
      findAttribute("User", { schema: SchemaUrn.EnterpriseUser.toUpperCase(), name: "manager", subAttribute: "displayName" }),
    ).toMatchObject({ mutability: "readOnly" });
    expect(findAttribute("User", { schema: SchemaUrn.EnterpriseUser, name: "userName" })).toBeUndefined();
  });

  it("accepts the core schema URN and rejects unknown schemas", () => {
    expect(findAttribute("Group", { schema: SchemaUrn.Group, name: "displayName" })?.required).toBe(true);
    expect(findAttribute("Group", { schema: SchemaUrn.EnterpriseUser, name: "employeeNumber" })).toBeUndefined();
    expect(findAttribute("User", { schema: "urn:example:unknown", name: "userName" })).toBeUndefined();
  });

  it("does not find attributes of another resource type", () => {
    expect(findAttribute("Group", { name: "userName" })).toBeUndefined();
    expect(findAttribute("User", { name: "members" })).toBeUndefined();
  });
});

describe("stripReadOnly", () => {
  const user = {
    schemas: [SchemaUrn.User, SchemaUrn.EnterpriseUser],
    id: "2819c223",
    externalId: "701984",
    userName: "bjensen",
    groups: [{ value: "g1", display: "Tour Guides" }],
    emails: [{ value: "bjensen@example.com", type: "work" }],
    [SchemaUrn.EnterpriseUser]: { employeeNumber: "701984", manager: { value: "26118915", displayName: "John Smith" } },
    "urn:example:2.0:User": { badge: "42" },
    meta: { resourceType: "User", version: 'W/"1"' },
  };

  it("removes id, meta, groups and read-only sub-attributes, keeping everything else", () => {
    expect(stripReadOnly("User", user)).toStrictEqual({
      schemas: [SchemaUrn.User, SchemaUrn.EnterpriseUser],
      externalId: "701984",
      userName: "bjensen",
      emails: [{ value: "bjensen@example.com", type: "work" }],
      [SchemaUrn.EnterpriseUser]: { employeeNumber: "701984", manager: { value: "26118915" } },
      "urn:example:2.0:User": { badge: "42" },
    });
  });

  it("matches attribute names case-insensitively and leaves its input alone", () => {
    const copy = structuredClone(user);
    expect(stripReadOnly("User", { ID: "1", Meta: {}, userName: "x" })).toStrictEqual({ userName: "x" });
    stripReadOnly("User", user);
    expect(user).toStrictEqual(copy);
  });
});
