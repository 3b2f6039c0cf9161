import { describe, expect, it } from "vitest";
import { InvalidSyntaxError, InvalidValueError } from "../../../src/scim/errors.js";
import { prepareWrite } from "../../../src/server/resource/validate.js";

const User = "urn:ietf:params:scim:schemas:core:2.0:User";
const Group = "urn:ietf:params:scim:schemas:core:2.0:Group";
const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

const detailOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as { detail: string }).detail;
  }
  throw new Error("expected an error");
};

describe("prepareWrite (RFC 7644 §3.3, §3.5.1)", () => {
  it("returns the resource to store, names in the schema's spelling", () => {
    const result = prepareWrite("User", {
      schemas: [User],
      USERNAME: "bjensen",
      name: { GivenName: "Barbara" },
      emails: [{ value: "bjensen@example.com", Type: "work", primary: true }],
    });
    expect(result).toEqual({
      schemas: [User],
      userName: "bjensen",
      name: { givenName: "Barbara" },
      emails: [{ value: "bjensen@example.com", type: "work", primary: true }],
    });
  });

  it("requires a JSON object (invalidSyntax)", () => {
    expect(() => prepareWrite("User", "bjensen")).toThrow(InvalidSyntaxError);
    expect(() => prepareWrite("User", [])).toThrow(InvalidSyntaxError);
  });

  it("requires schemas listing the core schema (invalidValue)", () => {
    expect(() => prepareWrite("User", { userName: "bjensen" })).toThrow(InvalidValueError);
    expect(() => prepareWrite("User", { schemas: [Group], userName: "bjensen" })).toThrow(InvalidValueError);
    expect(detailOf(() => prepareWrite("Group", { displayName: "x" }))).toContain(Group);
  });

  it("requires userName for a User and displayName for a Group, naming it", () => {
    expect(detailOf(() => prepareWrite("User", { schemas: [User], name: { givenName: "B" } }))).toContain("userName");
    expect(detailOf(() => prepareWrite("Group", { schemas: [Group] }))).toContain("displayName");
    expect(() => prepareWrite("User", { schemas: [User], userName: "" })).toThrow(InvalidValueError);
  });

  it("checks each attribute's type, naming the attribute and the expected type", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ userName: 42 }, "userName must be a string"],
      [{ active: "yes" }, "active must be a boolean"],
      [{ name: "Barbara" }, "name must be a JSON object"],
      [{ emails: { value: "x@example.com" } }, "emails is multi-valued"],
      [{ emails: [{ value: 1 }] }, "emails[0].value must be a string"],
      [{ [enterprise]: { manager: { value: 5 } } }, "manager.value must be a string"],
      [{ nickname: ["B"] }, "nickname must be a string"],
      [{ nosuch: "x" }, 'no attribute "nosuch"'],
      [{ name: { nosuch: "x" } }, 'no sub-attribute "nosuch"'],
      [{ emails: [{ value: "a@x.com", primary: true }, { value: "b@x.com", primary: "True" }] }, 'more than one value with "primary": true'],
    ];
    for (const [input, message] of cases) {
      expect(detailOf(() => prepareWrite("User", { schemas: [User], userName: "b", ...input }))).toContain(message);
    }
  });

  it("accepts binary values and ignores an invalid readOnly meta", () => {
    const x509 = [{ value: "MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAwTjELMAkGA1UEBhMCVVMx" }];
    expect(prepareWrite("User", { schemas: [User], userName: "b", x509Certificates: x509 }).x509Certificates).toEqual(x509);
    expect(() => prepareWrite("User", { schemas: [User], userName: "b", meta: { created: "not a date" } })).not.toThrow();
  });

  it("ignores readOnly attributes (id, meta, groups, members[].display)", () => {
    const result = prepareWrite("User", {
      schemas: [User],
      id: "client-chosen",
      userName: "bjensen",
      groups: [{ value: "g1" }],
      meta: { resourceType: "User" },
    });
    expect(result).toEqual({ schemas: [User], userName: "bjensen" });
    const group = prepareWrite("Group", { schemas: [Group], displayName: "G", members: [{ value: "u1", display: "Babs" }] });
    expect(group.members).toEqual([{ value: "u1" }]);
  });

  it('coerces the booleans "True" / "False" (Entra ID)', () => {
    expect(prepareWrite("User", { schemas: [User], userName: "b", active: "True" }).active).toBe(true);
    expect(prepareWrite("User", { schemas: [User], userName: "b", active: "false" }).active).toBe(false);
  });

  it("keeps extension attributes and lists the extension in schemas", () => {
    const result = prepareWrite("User", { schemas: [User], userName: "b", [enterprise]: { department: "Tours" } });
    expect(result.schemas).toEqual([User, enterprise]);
    expect(result[enterprise]).toEqual({ department: "Tours" });
  });

  it("keeps the objects of extensions it does not know in a stored resource (the routes refuse them from clients)", () => {
    const vendor = "urn:example:params:scim:schemas:extension:custom:2.0:User";
    const result = prepareWrite("User", { schemas: [User, vendor], userName: "b", [vendor]: { badge: "42" } });
    expect(result[vendor]).toEqual({ badge: "42" });
    expect(result.schemas).toEqual([User, vendor]);
  });

  it("drops null and empty values (unassigned, RFC 7643 §2.5)", () => {
    expect(prepareWrite("User", { schemas: [User], userName: "b", title: null, emails: [] })).toEqual({ schemas: [User], userName: "b" });
  });

  it("keeps the password, and keeps the stored one when a replace has none", () => {
    const created = prepareWrite("User", { schemas: [User], userName: "b", password: "t1meMa$heen" });
    expect(created.password).toBe("t1meMa$heen");
    const existing = { ...created, id: "1", meta: { resourceType: "User" } };
    expect(prepareWrite("User", { schemas: [User], userName: "b", title: "x" }, existing).password).toBe("t1meMa$heen");
  });

  it("lets a replace change the members of a group (members[].value is immutable, but values are replaced whole)", () => {
    const existing = { schemas: [Group], id: "g1", displayName: "G", members: [{ value: "u1" }] };
    expect(prepareWrite("Group", { schemas: [Group], displayName: "G", members: [{ value: "u2" }] }, existing).members).toEqual([{ value: "u2" }]);
  });
});
