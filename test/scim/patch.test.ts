import { describe, expect, it } from "vitest";
import { InvalidPathError, InvalidSyntaxError, InvalidValueError } from "../../src/scim/errors.js";
import { filter } from "../../src/scim/filter/index.js";
import { PatchOpSchema } from "../../src/scim/patch-op.js";
import { PatchBuilder, patch, patchPath } from "../../src/scim/patch.js";

const schemas = ["urn:ietf:params:scim:api:messages:2.0:PatchOp"];
const babs = {
  display: "Babs Jensen",
  $ref: "https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646",
  value: "2819c223-7f76-453a-919d-413861904646",
};
const james = {
  display: "James Smith",
  $ref: "https://example.com/v2/Users/08e1d05d-121c-4561-8b96-473d93df9210",
  value: "08e1d05d-121c-4561-8b96-473d93df9210",
};

describe("PatchBuilder builds the RFC 7644 §3.5.2 examples", () => {
  it("§3.5.2.1: adds a member", () => {
    expect(patch().add("members", [babs]).build()).toEqual({
      schemas,
      Operations: [{ op: "add", path: "members", value: [babs] }],
    });
  });

  it("§3.5.2.1: adds attributes without a path", () => {
    const value = { emails: [{ value: "babs@jensen.org", type: "home" }], nickname: "Babs" };
    expect(patch().add(value).build()).toEqual({ schemas, Operations: [{ op: "add", value }] });
  });

  it("§3.5.2.2: removes one member, with the path built from a filter", () => {
    const path = patchPath("members", filter.eq("value", "2819c223-7f76-453a-919d-413861904646"));
    expect(path).toBe('members[value eq "2819c223-7f76-453a-919d-413861904646"]');
    expect(patch().remove(path).build()).toEqual({ schemas, Operations: [{ op: "remove", path }] });
  });

  it("§3.5.2.2: removes one member and adds another", () => {
    const built = patch()
      .remove('members[value eq"2819c223-7f76-453a-919d-413861904646"]')
      .add("members", [james])
      .build();
    expect(built).toEqual({
      schemas,
      Operations: [
        { op: "remove", path: 'members[value eq"2819c223-7f76-453a-919d-413861904646"]' },
        { op: "add", path: "members", value: [james] },
      ],
    });
  });

  it("§3.5.2.3: replaces all members", () => {
    expect(patch().remove("members").add("members", [babs, james]).build()).toEqual({
      schemas,
      Operations: [
        { op: "remove", path: "members" },
        { op: "add", path: "members", value: [babs, james] },
      ],
    });
  });

  it("§3.5.2.3: replaces a sub-attribute of a filtered value, and attributes without a path", () => {
    const street = patchPath("addresses", filter.eq("type", "work"), "streetAddress");
    const value = { emails: [{ value: "bjensen@example.com", type: "work", primary: true }], nickname: "Babs" };
    expect(patch().replace(street, "1010 Broadway Ave").replace(value).build()).toEqual({
      schemas,
      Operations: [
        { op: "replace", path: 'addresses[type eq "work"].streetAddress', value: "1010 Broadway Ave" },
        { op: "replace", value },
      ],
    });
  });

  it("produces bodies the PatchOp schema accepts", () => {
    const built = new PatchBuilder()
      .replace("active", false)
      .add("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", { value: "26118915" })
      .remove("name.middleName")
      .build();
    expect(PatchOpSchema.parse(built)).toEqual(built);
  });
});

describe("PatchBuilder checks its input", () => {
  it("rejects an invalid path when it is added, naming the path", () => {
    const builder = patch();
    expect(() => builder.replace('emails[type eqq "work"]', "x")).toThrow(InvalidPathError);
    expect(() => builder.remove("name.given.name")).toThrow(/Invalid path "name\.given\.name" at position 0/);
  });

  it("requires a value with a path and an object without one", () => {
    expect(() => patch().add("nickName", undefined)).toThrow(InvalidValueError);
    expect(() => patch().replace(["a"])).toThrow(/takes an object of attributes/);
  });

  it("requires at least one operation", () => {
    expect(() => patch().build()).toThrow(InvalidSyntaxError);
  });

  it("escapes values in built paths", () => {
    const path = patchPath("members", filter.eq("display", 'x"] or y pr'));
    expect(path).toBe(String.raw`members[display eq "x\"] or y pr"]`);
  });

  it("rejects parts that do not make a path", () => {
    expect(() => patchPath("name.familyName", undefined, "x")).toThrow(InvalidPathError);
    expect(() => patchPath("emails", filter.valuePath("type", filter.pr("x")))).toThrow(/cannot nest/);
  });
});
