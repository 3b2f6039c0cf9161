import { describe, expect, it } from "vitest";
import { InvalidPathError } from "../../src/scim/errors.js";
import { filter } from "../../src/scim/filter/index.js";
import type { PatchPath } from "../../src/scim/path.js";
import { parsePatchPath, printPatchPath } from "../../src/scim/path.js";

function errorOf(text: string): InvalidPathError {
  try {
    parsePatchPath(text);
  } catch (error) {
    if (error instanceof InvalidPathError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe("parsePatchPath", () => {
  const cases: [string, PatchPath][] = [
    ["members", { attribute: { name: "members" } }],
    ["name.familyName", { attribute: { name: "name", subAttribute: "familyName" } }],
    ['addresses[type eq "work"]', { attribute: { name: "addresses" }, valueFilter: filter.eq("type", "work") }],
    [
      'members[value eq "2819c223-7f76-453a-919d-413861904646"]',
      { attribute: { name: "members" }, valueFilter: filter.eq("value", "2819c223-7f76-453a-919d-413861904646") },
    ],
    [
      'members[value eq "2819c223-7f76-453a-919d-413861904646"].displayName',
      {
        attribute: { name: "members" },
        valueFilter: filter.eq("value", "2819c223-7f76-453a-919d-413861904646"),
        subAttribute: "displayName",
      },
    ],
    [
      'emails[type eq "work"].value',
      { attribute: { name: "emails" }, valueFilter: filter.eq("type", "work"), subAttribute: "value" },
    ],
    [
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
      { attribute: { schema: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", name: "manager" } },
    ],
    [
      "urn:ietf:params:scim:schemas:core:2.0:User:name.givenName",
      { attribute: { schema: "urn:ietf:params:scim:schemas:core:2.0:User", name: "name", subAttribute: "givenName" } },
    ],
    [
      'emails[type eq "work" and value co "]"]',
      { attribute: { name: "emails" }, valueFilter: filter.and(filter.eq("type", "work"), filter.co("value", "]")) },
    ],
  ];

  it.each(cases)("reads %s and prints it back", (text, path) => {
    expect(parsePatchPath(text)).toEqual(path);
    expect(printPatchPath(path)).toBe(text);
  });

  it("reads the RFC 7644 §3.5.2.2 path written without a space before the string", () => {
    expect(parsePatchPath('members[value eq"2819c223-7f76-453a-919d-413861904646"]')).toEqual(cases[3]![1]);
  });

  it.each([
    ["", 0, /attribute name is missing/],
    ["a.b.c", 0, /at most one sub-attribute/],
    ['emails[type eq "work"', 21, /expected "\]" to close the "\[" at position 6/],
    ['emails[type eqq "work"]', 12, /expected a comparison operator/],
    ['emails[type eq "work"]value', 22, /expected "\." and a sub-attribute name after "\]", found "value"/],
    ['emails[type eq "work"].value.x', 22, /sub-attribute name/],
    ['emails[type[value pr] pr]', 11, /value paths cannot nest/],
    ['emails[type eq "work"] or title pr', 22, /expected "\." and a sub-attribute name after "\]", found " or title pr"/],
    ['emails[type pr] or ims[type pr]', 0, /a path names one attribute/],
    ["[type pr]", 0, /expected an attribute name/],
  ])("rejects %j at position %i", (text, position, detail) => {
    const error = errorOf(text);
    expect(error.status).toBe(400);
    expect(error.scimType).toBe("invalidPath");
    expect(error.detail).toContain(`Invalid path ${JSON.stringify(text)} at position ${position}: `);
    expect(error.detail).toMatch(detail);
  });
});
