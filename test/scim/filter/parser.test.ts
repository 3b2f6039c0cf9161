import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidFilterError } from "../../../src/scim/errors.js";
import type { Filter } from "../../../src/scim/filter/index.js";
import { parseFilter } from "../../../src/scim/filter/index.js";

const rfcExamples = JSON.parse(
  readFileSync(new URL("../../../fixtures/rfc/rfc7644-3.4.2.2-filters.json", import.meta.url), "utf8"),
) as string[];

const present = (name: string): Filter => ({ kind: "present", path: { name } });

function errorOf(text: string): InvalidFilterError {
  try {
    parseFilter(text);
  } catch (error) {
    if (error instanceof InvalidFilterError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe("parseFilter on the RFC 7644 §3.4.2.2 examples", () => {
  it.each(rfcExamples)("parses %s", (text) => {
    expect(() => parseFilter(text)).not.toThrow();
  });

  it("reads a comparison", () => {
    expect(parseFilter('userName eq "bjensen"')).toEqual({
      kind: "comparison",
      path: { name: "userName" },
      operator: "eq",
      value: "bjensen",
    });
  });

  it("accepts operators in any case and keeps names as written", () => {
    expect(parseFilter('Username EQ "john"')).toMatchObject({ path: { name: "Username" }, operator: "eq" });
  });

  it("splits a URN-qualified path at the last colon", () => {
    const filter = parseFilter('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "26118915-6090-4610-87e4-49d8ca9f808d"');
    expect(filter).toMatchObject({
      path: { schema: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", name: "manager", subAttribute: "value" },
    });
  });

  it("reads a value path whose inner paths are relative", () => {
    expect(parseFilter('emails[type eq "work" and value co "@example.com"]')).toEqual({
      kind: "valuePath",
      path: { name: "emails" },
      filter: {
        kind: "logical",
        operator: "and",
        left: { kind: "comparison", path: { name: "type" }, operator: "eq", value: "work" },
        right: { kind: "comparison", path: { name: "value" }, operator: "co", value: "@example.com" },
      },
    });
  });

  it("reads numbers, booleans and null", () => {
    expect(parseFilter("a eq -1.5e2")).toMatchObject({ value: -150 });
    expect(parseFilter("active eq true")).toMatchObject({ value: true });
    expect(parseFilter("active eq False")).toMatchObject({ value: false });
    expect(parseFilter("title eq null")).toMatchObject({ value: null });
  });

  it("needs no space between an operator and a string, as in RFC 7644 §3.5.2.2", () => {
    expect(parseFilter('value eq"2819c223"')).toMatchObject({ operator: "eq", value: "2819c223" });
  });
});

describe("parseFilter precedence", () => {
  it("binds and tighter than or", () => {
    expect(parseFilter("a pr or b pr and c pr")).toEqual({
      kind: "logical",
      operator: "or",
      left: present("a"),
      right: { kind: "logical", operator: "and", left: present("b"), right: present("c") },
    });
  });

  it("groups operators of the same kind to the left", () => {
    expect(parseFilter("a pr or b pr or c pr")).toEqual({
      kind: "logical",
      operator: "or",
      left: { kind: "logical", operator: "or", left: present("a"), right: present("b") },
      right: present("c"),
    });
  });

  it("lets parentheses override precedence", () => {
    expect(parseFilter("(a pr or b pr) and c pr")).toEqual({
      kind: "logical",
      operator: "and",
      left: { kind: "logical", operator: "or", left: present("a"), right: present("b") },
      right: present("c"),
    });
  });

  it("binds not tighter than and", () => {
    expect(parseFilter("not (a pr) and b pr")).toEqual({
      kind: "logical",
      operator: "and",
      left: { kind: "not", filter: present("a") },
      right: present("b"),
    });
  });

  it("reads keywords in any case", () => {
    expect(parseFilter("NOT (a pr) AND b PR Or c pr")).toEqual(parseFilter("not (a pr) and b pr or c pr"));
  });
});

describe("parseFilter errors", () => {
  it.each([
    ['userName eqq "bjensen"', 9, /expected a comparison operator \(eq, ne, co, sw, ew, gt, lt, ge, le\) or "pr" after "userName", found "eqq"/],
    ['userName eq "bjensen', 12, /unterminated string/],
    ["", 0, /the filter is empty/],
    ["   ", 0, /the filter is empty/],
    ["title pr )", 9, /expected "and", "or" or the end of the filter, found "\)"/],
    ["(title pr", 9, /expected "and", "or" or "\)" \(closing the "\(" at position 0\), found the end of the filter/],
    ['emails[type eq "work"', 21, /closing the "\[" at position 6/],
    ['emails[type[value eq "x"] pr]', 11, /value paths cannot nest/],
    ['userName eq {"a": 1}', 12, /never an object/],
    ['emails eq ["a"]', 10, /cannot compare against an array/],
    ["userName eq bjensen", 12, /strings need double quotes: "bjensen"/],
    ["title pr and", 12, /expected an attribute name, "not" or "\(", found the end of the filter/],
    ["not title pr", 4, /expected "\(" after "not"/],
    ["userName eq", 11, /expected a value/],
    ["a.b.c pr", 0, /at most one sub-attribute/],
    ['title pr and or userType eq "x"', 13, /expected an attribute name/],
    ['emails[type eq "work"].value eq "x"', 22, /put the condition inside the brackets/],
  ])("rejects %j at position %i", (text, position, detail) => {
    const error = errorOf(text);
    expect(error.status).toBe(400);
    expect(error.scimType).toBe("invalidFilter");
    expect(error.detail).toMatch(new RegExp(`^Invalid filter at position ${position}: `));
    expect(error.detail).toMatch(detail);
  });
});
