import { describe, expect, it } from "vitest";
import {
  InvalidFilterError,
  InvalidPathError,
  InvalidSyntaxError,
  InvalidValueError,
  MutabilityError,
  NoTargetError,
  isScimError,
} from "../../../src/scim/errors.js";
import { applyPatch } from "../../../src/server/resource/patch.js";

const User = "urn:ietf:params:scim:schemas:core:2.0:User";
const Group = "urn:ietf:params:scim:schemas:core:2.0:Group";
const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

const user = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  schemas: [User],
  id: "2819c223",
  userName: "bjensen",
  name: { givenName: "Barbara", familyName: "Jensen" },
  emails: [
    { value: "bjensen@example.com", type: "work", primary: true },
    { value: "babs@jensen.org", type: "home" },
  ],
  meta: { resourceType: "User", version: 'W/"1"' },
  ...extra,
});
const group = (members: unknown[]): Record<string, unknown> => ({ schemas: [Group], id: "g1", displayName: "Tour Guides", members });

const patchUser = (...operations: unknown[]) => applyPatch(user(), operations, "User");

describe("applyPatch add (RFC 7644 §3.5.2.1)", () => {
  it("sets a single-valued attribute, replacing an existing value", () => {
    expect(patchUser({ op: "add", path: "title", value: "Tour Guide" }).title).toBe("Tour Guide");
    expect(patchUser({ op: "add", path: "userName", value: "babs" }).userName).toBe("babs");
  });

  it("merges sub-attributes into a complex attribute", () => {
    expect(patchUser({ op: "add", path: "name", value: { middleName: "Jane" } }).name).toEqual({
      givenName: "Barbara",
      familyName: "Jensen",
      middleName: "Jane",
    });
    expect(patchUser({ op: "add", path: "name.givenName", value: "Babs" }).name).toMatchObject({ givenName: "Babs" });
  });

  it("appends to a multi-valued attribute and skips a value already there", () => {
    const result = patchUser({
      op: "add",
      path: "emails",
      value: [{ value: "BJENSEN@example.com", type: "work" }, { value: "b@example.org", type: "other" }],
    });
    expect(result.emails).toEqual([
      { value: "bjensen@example.com", type: "work", primary: true },
      { value: "babs@jensen.org", type: "home" },
      { value: "b@example.org", type: "other" },
    ]);
  });

  it("recognises a member sent again without its type, and adds nothing", () => {
    const start = group([{ value: "u1", type: "User", display: "Babs" }]);
    const result = applyPatch(start, [{ op: "add", path: "members", value: [{ value: "u1" }] }], "Group");
    expect(result.members).toEqual([{ value: "u1", type: "User", display: "Babs" }]);
  });

  it("makes a new primary value the only primary (RFC 7643 §2.4)", () => {
    const result = patchUser({ op: "add", path: "emails", value: [{ value: "new@example.com", type: "other", primary: true }] });
    expect((result.emails as { primary?: boolean }[]).map((email) => email.primary)).toEqual([false, undefined, true]);
  });

  it("adds an extension attribute by URN path and lists the extension in schemas", () => {
    const result = patchUser({ op: "add", path: `${enterprise}:department`, value: "Tour Operations" });
    expect(result[enterprise]).toEqual({ department: "Tour Operations" });
    expect(result.schemas).toEqual([User, enterprise]);
  });

  it("adds a whole extension object given as the path", () => {
    const result = patchUser({ op: "add", path: enterprise, value: { employeeNumber: "701984" } });
    expect(result[enterprise]).toEqual({ employeeNumber: "701984" });
  });

  it("sets a sub-attribute of the values a filter selects", () => {
    const result = patchUser({ op: "add", path: 'emails[type eq "home"].display', value: "Home" });
    expect((result.emails as unknown[])[1]).toEqual({ value: "babs@jensen.org", type: "home", display: "Home" });
  });

  it("never mutates its input", () => {
    const before = user();
    const copy = structuredClone(before);
    applyPatch(before, [{ op: "add", path: "emails", value: [{ value: "x@example.com" }] }], "User");
    expect(before).toEqual(copy);
  });
});

describe("applyPatch replace (RFC 7644 §3.5.2.3)", () => {
  it("replaces a single value, and treats a missing attribute as an add", () => {
    expect(patchUser({ op: "replace", path: "userName", value: "babs" }).userName).toBe("babs");
    expect(patchUser({ op: "replace", path: "nickName", value: "Babs" }).nickName).toBe("Babs");
  });

  it("leaves sub-attributes not in the value unchanged", () => {
    expect(patchUser({ op: "replace", path: "name", value: { givenName: "Babs" } }).name).toEqual({
      givenName: "Babs",
      familyName: "Jensen",
    });
  });

  it("replaces all values of a multi-valued attribute", () => {
    expect(patchUser({ op: "replace", path: "emails", value: [{ value: "only@example.com" }] }).emails).toEqual([
      { value: "only@example.com" },
    ]);
  });

  it('replaces the sub-attribute of the matching values: emails[type eq "work"].value', () => {
    const result = patchUser({ op: "replace", path: 'emails[type eq "work"].value', value: "babs@example.com" });
    expect((result.emails as unknown[])[0]).toEqual({ value: "babs@example.com", type: "work", primary: true });
  });

  it("replaces each key of a value without path", () => {
    const result = patchUser({ op: "replace", value: { displayName: "Babs", name: { familyName: "J" } } });
    expect(result.displayName).toBe("Babs");
    expect(result.name).toEqual({ givenName: "Barbara", familyName: "J" });
  });

  it("unassigns an attribute replaced with null, but not a required one", () => {
    expect(applyPatch(user({ title: "x" }), [{ op: "replace", path: "title", value: null }], "User")).not.toHaveProperty("title");
    expect(() => patchUser({ op: "replace", path: "userName", value: null })).toThrow(MutabilityError);
  });

  it("fails with noTarget when the filter matches nothing", () => {
    expect(() => patchUser({ op: "replace", path: 'emails[type eq "other"].value', value: "x@example.com" })).toThrow(NoTargetError);
    expect(() => patchUser({ op: "replace", path: 'emails[type eq "other"]', value: { value: "x@example.com" } })).toThrow(NoTargetError);
  });
});

describe("applyPatch remove (RFC 7644 §3.5.2.2)", () => {
  it("removes a single-valued attribute and a sub-attribute", () => {
    expect(patchUser({ op: "remove", path: "name" })).not.toHaveProperty("name");
    expect(patchUser({ op: "remove", path: "name.givenName" }).name).toEqual({ familyName: "Jensen" });
  });

  it("leaves no empty complex attribute behind", () => {
    const start = user({ name: { givenName: "Barbara" } });
    expect(applyPatch(start, [{ op: "remove", path: "name.givenName" }], "User")).not.toHaveProperty("name");
    expect(applyPatch(start, [{ op: "replace", path: "name", value: { givenName: null } }], "User")).not.toHaveProperty("name");
  });

  it("removes the matching values, and the attribute when none remain", () => {
    expect(patchUser({ op: "remove", path: 'emails[type eq "work"]' }).emails).toEqual([{ value: "babs@jensen.org", type: "home" }]);
    expect(patchUser({ op: "remove", path: 'emails[value co "@"]' })).not.toHaveProperty("emails");
  });

  it("removes a sub-attribute of the matching values", () => {
    expect((patchUser({ op: "remove", path: 'emails[type eq "work"].primary' }).emails as unknown[])[0]).toEqual({
      value: "bjensen@example.com",
      type: "work",
    });
  });

  it("removes an extension attribute, and the extension when it is empty", () => {
    const start = user({ schemas: [User, enterprise], [enterprise]: { department: "Tours" } });
    const result = applyPatch(start, [{ op: "remove", path: `${enterprise}:department` }], "User");
    expect(result).not.toHaveProperty(enterprise);
    expect(result.schemas).toEqual([User]);
  });

  it("fails with noTarget without a path", () => {
    expect(() => patchUser({ op: "remove" })).toThrow(NoTargetError);
  });

  it("fails with noTarget when the filter matches nothing", () => {
    const error = catchError(() => applyPatch(group([{ value: "u1" }]), [{ op: "remove", path: 'members[value eq "u2"]' }], "Group"));
    expect(error).toBeInstanceOf(NoTargetError);
    expect(error.status).toBe(400);
    expect(error.scimType).toBe("noTarget");
  });

  it("refuses to remove a required attribute (mutability)", () => {
    expect(() => patchUser({ op: "remove", path: "userName" })).toThrow(MutabilityError);
    expect(() => applyPatch(group([]), [{ op: "remove", path: "displayName" }], "Group")).toThrow(MutabilityError);
  });

  it("changes nothing when the attribute has no value", () => {
    expect(patchUser({ op: "remove", path: "nickName" })).toEqual(user());
  });
});

describe("applyPatch errors (RFC 7644 §3.12)", () => {
  it("invalidPath: malformed paths, unknown attributes and schemas", () => {
    for (const path of ["emails[type eq", "nosuchattribute", "name.nosuch", "urn:example:unknown:2.0:User:x", "userName[value eq \"x\"]"]) {
      expect(() => patchUser({ op: "replace", path, value: "x" }), path).toThrow(InvalidPathError);
    }
    expect(() => patchUser({ op: "add", value: { nosuch: 1 } })).toThrow(InvalidPathError);
  });

  it("mutability: readOnly attributes (id, meta, groups) cannot be changed", () => {
    expect(() => patchUser({ op: "replace", path: "id", value: "other" })).toThrow(MutabilityError);
    expect(() => patchUser({ op: "remove", path: "meta" })).toThrow(MutabilityError);
    expect(() => patchUser({ op: "add", path: "groups", value: [{ value: "g1" }] })).toThrow(MutabilityError);
    expect(() => patchUser({ op: "replace", value: { id: "other" } })).toThrow(MutabilityError);
  });

  it("mutability: an immutable sub-attribute that has a value cannot change (Group members[].value)", () => {
    const start = group([{ value: "u1", type: "User" }]);
    expect(() => applyPatch(start, [{ op: "replace", path: 'members[value eq "u1"].value', value: "u2" }], "Group")).toThrow(MutabilityError);
    const added = applyPatch(group([{ value: "u1" }]), [{ op: "add", path: 'members[value eq "u1"].type', value: "User" }], "Group");
    expect(added.members).toEqual([{ value: "u1", type: "User" }]);
  });

  it("invalidValue: a value of the wrong type names the attribute", () => {
    const error = catchError(() => patchUser({ op: "replace", path: "active", value: 3 }));
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error.detail).toContain("active");
    expect(() => patchUser({ op: "add", path: "emails", value: "x@example.com" })).toThrow(InvalidValueError);
    expect(() => patchUser({ op: "replace", path: "emails", value: { value: "x@example.com" } })).toThrow(InvalidValueError);
    expect(() => patchUser({ op: "add", path: "name", value: "Babs" })).toThrow(InvalidValueError);
    expect(() => patchUser({ op: "add", path: "emails", value: [{ value: 1 }] })).toThrow(InvalidValueError);
    expect(() => patchUser({ op: "add", path: "title" })).toThrow(InvalidValueError);
    expect(() => patchUser({ op: "add", value: "not an object" })).toThrow(InvalidValueError);
  });

  it("invalidValue: two primary values in one request", () => {
    const value = [{ value: "a@example.com", primary: true }, { value: "b@example.com", primary: true }];
    expect(() => patchUser({ op: "replace", path: "emails", value })).toThrow(InvalidValueError);
  });

  it("invalidSyntax: an unknown op or a malformed operation", () => {
    expect(() => patchUser({ op: "move", path: "title" })).toThrow(InvalidSyntaxError);
    expect(() => patchUser("add")).toThrow(InvalidSyntaxError);
    expect(() => applyPatch(user(), "nope" as unknown as unknown[], "User")).toThrow(InvalidSyntaxError);
  });

  it("invalidFilter: a comparison the attribute does not allow in a path filter", () => {
    expect(() => patchUser({ op: "remove", path: "emails[primary gt true]" })).toThrow(InvalidFilterError);
  });

  it("is atomic: a failing operation leaves nothing half-applied", () => {
    const start = user();
    expect(() => applyPatch(start, [{ op: "add", path: "title", value: "x" }, { op: "remove" }], "User")).toThrow(NoTargetError);
    expect(start).toEqual(user());
  });

  it("throws ScimError subclasses only", () => {
    for (const operation of [null, 1, [], { op: 1 }, { op: "add", path: 1, value: 1 }, { op: "add", path: "emails", value: "x" }]) {
      expect(isScimError(catchError(() => patchUser(operation)))).toBe(true);
    }
  });
});

describe("applyPatch interop leniencies", () => {
  it("accepts op names in any case (Entra ID sends Add, Replace, Remove)", () => {
    const result = patchUser({ op: "Replace", path: "title", value: "A" }, { op: "ADD", path: "nickName", value: "B" }, { op: "Remove", path: "name" });
    expect(result).toMatchObject({ title: "A", nickName: "B" });
    expect(result).not.toHaveProperty("name");
  });

  it('reads the booleans "True" and "False" (Entra ID)', () => {
    expect(patchUser({ op: "Replace", path: "active", value: "False" }).active).toBe(false);
    expect(patchUser({ op: "Add", value: { active: "True" } }).active).toBe(true);
  });

  it("reads attribute paths as keys of a value without path (Entra ID)", () => {
    const result = patchUser({
      op: "Replace",
      value: { "name.givenName": "Babs", [`${enterprise}:department`]: "Sales", displayName: "Babs Jensen" },
    });
    expect(result.name).toEqual({ givenName: "Babs", familyName: "Jensen" });
    expect(result[enterprise]).toEqual({ department: "Sales" });
    expect(result.displayName).toBe("Babs Jensen");
  });

  it("reads value-path keys of a value without path (Entra ID)", () => {
    const result = patchUser({ op: "Add", value: { 'emails[type eq "work"].value': "babs@example.com", 'phoneNumbers[type eq "mobile"].value': "555-0100" } });
    expect((result.emails as unknown[])[0]).toEqual({ value: "babs@example.com", type: "work", primary: true });
    expect(result.phoneNumbers).toEqual([{ type: "mobile", value: "555-0100" }]);
  });

  it("adds a value through a filter that matches nothing yet (Entra ID adds emails[type eq \"work\"].value)", () => {
    const start = user({ emails: undefined });
    delete start.emails;
    const result = applyPatch(start, [{ op: "Add", path: 'emails[type eq "work"].value', value: "babs@example.com" }], "User");
    expect(result.emails).toEqual([{ type: "work", value: "babs@example.com" }]);
  });

  it("takes the manager as a bare id (Entra ID)", () => {
    const result = patchUser({ op: "Add", path: `${enterprise}:manager`, value: "26118915" });
    expect(result[enterprise]).toEqual({ manager: { value: "26118915" } });
  });

  it("removes the members listed in value (Entra ID, Okta)", () => {
    const start = group([{ value: "u1", display: "One" }, { value: "u2" }, { value: "u3" }]);
    const result = applyPatch(start, [{ op: "remove", path: "members", value: [{ value: "u1" }, { value: "u3" }] }], "Group");
    expect(result.members).toEqual([{ value: "u2" }]);
  });

  it("skips a readOnly attribute sent back unchanged (Okta renames a group with its id)", () => {
    const result = applyPatch(group([]), [{ op: "replace", value: { id: "g1", displayName: "Guides" } }], "Group");
    expect(result.displayName).toBe("Guides");
  });
});

function catchError(run: () => unknown): InstanceType<typeof MutabilityError> {
  try {
    run();
  } catch (error) {
    return error as InstanceType<typeof MutabilityError>;
  }
  throw new Error("expected an error");
}
