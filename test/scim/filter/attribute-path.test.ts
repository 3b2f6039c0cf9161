import { describe, expect, it } from "vitest";
import { InvalidPathError } from "../../../src/scim/errors.js";
import { parseAttributePath, printAttributePath } from "../../../src/scim/filter/index.js";

describe("parseAttributePath", () => {
  it.each([
    ["userName", { name: "userName" }],
    ["name.familyName", { name: "name", subAttribute: "familyName" }],
    ["members.$ref", { name: "members", subAttribute: "$ref" }],
    ["urn:ietf:params:scim:schemas:core:2.0:User:userName", { schema: "urn:ietf:params:scim:schemas:core:2.0:User", name: "userName" }],
    [
      "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName",
      { schema: "urn:ietf:params:scim:schemas:core:2.0:User", name: "name", subAttribute: "familyName" },
    ],
    [
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
      { schema: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", name: "manager", subAttribute: "value" },
    ],
  ])("reads %s", (text, path) => {
    expect(parseAttributePath(text)).toEqual(path);
    expect(printAttributePath(path)).toBe(text);
  });

  it.each([
    ["", /attribute name is missing/],
    ["a.b.c", /at most one sub-attribute/],
    ["name.", /attribute name is missing/],
    ["1abc", /"1abc" is not an attribute name/],
    ["user name", /"user name" is not an attribute name/],
    ["foo:userName", /schema prefix "foo" is not a URN/],
    ["urn:ietf:params:scim:schemas:core:2.0:User:", /attribute name is missing/],
  ])("rejects %j", (text, detail) => {
    expect(() => parseAttributePath(text)).toThrow(InvalidPathError);
    expect(() => parseAttributePath(text)).toThrow(detail);
  });
});
