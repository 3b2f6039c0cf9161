import { describe, expect, it } from "vitest";
import { InvalidPathError } from "../../../src/scim/errors.js";
import { projectAttributes } from "../../../src/server/resource/project.js";

const User = "urn:ietf:params:scim:schemas:core:2.0:User";
const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

const babs = {
  schemas: [User, enterprise],
  id: "2819c223",
  userName: "bjensen",
  password: "t1meMa$heen",
  name: { givenName: "Barbara", familyName: "Jensen" },
  title: "Tour Guide",
  emails: [
    { value: "bjensen@example.com", type: "work", primary: true },
    { value: "babs@jensen.org", type: "home" },
  ],
  meta: { resourceType: "User", version: 'W/"1"' },
  [enterprise]: { employeeNumber: "701984", department: "Tours" },
};

const project = (options: Parameters<typeof projectAttributes>[1]) => projectAttributes(babs, options, "User");

describe("projectAttributes (RFC 7644 §3.9, RFC 7643 §7 returned)", () => {
  it("returns the default attributes and never the password", () => {
    const { password: _, ...rest } = babs;
    expect(project({})).toEqual(rest);
  });

  it("with attributes, returns only those plus id and schemas (returned: always)", () => {
    expect(project({ attributes: ["userName"] })).toEqual({ schemas: babs.schemas, id: "2819c223", userName: "bjensen" });
    expect(project({ attributes: "userName,title" })).toEqual({ schemas: babs.schemas, id: "2819c223", userName: "bjensen", title: "Tour Guide" });
  });

  it("selects sub-attributes: name.givenName, emails.value", () => {
    expect(project({ attributes: ["name.givenName", "emails.value"] })).toEqual({
      schemas: babs.schemas,
      id: "2819c223",
      name: { givenName: "Barbara" },
      emails: [{ value: "bjensen@example.com" }, { value: "babs@jensen.org" }],
    });
  });

  it("reads names in any case", () => {
    expect(project({ attributes: ["USERNAME", "Name.GivenName"] })).toEqual({
      schemas: babs.schemas,
      id: "2819c223",
      userName: "bjensen",
      name: { givenName: "Barbara" },
    });
  });

  it("never returns the password, even when asked", () => {
    expect(project({ attributes: ["password"] })).not.toHaveProperty("password");
  });

  it("selects extension attributes by URN, or the whole extension", () => {
    expect(project({ attributes: [`${enterprise}:department`] })).toEqual({
      schemas: babs.schemas,
      id: "2819c223",
      [enterprise]: { department: "Tours" },
    });
    expect(project({ attributes: [enterprise] })[enterprise]).toEqual(babs[enterprise]);
  });

  it("excludes attributes and sub-attributes, but never id or schemas", () => {
    const result = project({ excludedAttributes: ["emails", "name.familyName", "id", "schemas", `${enterprise}:employeeNumber`] });
    expect(result).not.toHaveProperty("emails");
    expect(result.name).toEqual({ givenName: "Barbara" });
    expect(result.id).toBe("2819c223");
    expect(result.schemas).toEqual(babs.schemas);
    expect(result[enterprise]).toEqual({ department: "Tours" });
    expect(project({ excludedAttributes: enterprise })).not.toHaveProperty(enterprise);
  });

  it("does not change its input", () => {
    const copy = structuredClone(babs);
    project({ attributes: ["userName"] });
    expect(babs).toEqual(copy);
  });

  it("refuses a name that is not an attribute path", () => {
    expect(() => project({ attributes: ["name..givenName"] })).toThrow(InvalidPathError);
  });
});
