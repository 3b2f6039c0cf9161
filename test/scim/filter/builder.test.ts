import { describe, expect, it } from "vitest";
import { InvalidFilterError } from "../../../src/scim/errors.js";
import type { ComparisonValue, Filter } from "../../../src/scim/filter/index.js";
import { filter, parseFilter, printFilter } from "../../../src/scim/filter/index.js";

describe("filter builder", () => {
  it("builds the same trees as the parser", () => {
    const cases: [Filter, string][] = [
      [filter.eq("userName", "bjensen"), 'userName eq "bjensen"'],
      [filter.pr("title"), "title pr"],
      [filter.and(filter.pr("title"), filter.eq("userType", "Employee")), 'title pr and userType eq "Employee"'],
      [filter.or(filter.pr("a"), filter.pr("b"), filter.pr("c")), "a pr or b pr or c pr"],
      [filter.and(filter.pr("a"), filter.or(filter.pr("b"), filter.pr("c"))), "a pr and (b pr or c pr)"],
      [filter.not(filter.co("emails", "example.com")), 'not (emails co "example.com")'],
      [
        filter.valuePath("emails", filter.and(filter.eq("type", "work"), filter.co("value", "@example.com"))),
        'emails[type eq "work" and value co "@example.com"]',
      ],
      [
        filter.eq("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "701984"),
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "701984"',
      ],
    ];
    for (const [built, text] of cases) {
      expect(built).toEqual(parseFilter(text));
      expect(printFilter(built)).toBe(text);
    }
  });

  it("has one function per comparison operator", () => {
    const operators = { eq: filter.eq, ne: filter.ne, co: filter.co, sw: filter.sw, ew: filter.ew, gt: filter.gt, ge: filter.ge, lt: filter.lt, le: filter.le };
    for (const [operator, build] of Object.entries(operators)) {
      expect(build("x", 1)).toEqual({ kind: "comparison", path: { name: "x" }, operator, value: 1 });
    }
  });

  it("returns a single filter given to and/or unchanged", () => {
    const only = filter.pr("title");
    expect(filter.and(only)).toBe(only);
    expect(filter.or(only)).toBe(only);
  });

  it.each(['a"b', "back\\slash", '\\"', "line\nbreak", 'x" or userName pr or userName eq "y'])(
    "escapes the user name %j so it round-trips as one value",
    (userName) => {
      const text = printFilter(filter.eq("userName", userName));
      expect(parseFilter(text)).toEqual({ kind: "comparison", path: { name: "userName" }, operator: "eq", value: userName });
    },
  );

  it("keeps an injection attempt inside the string", () => {
    const text = printFilter(filter.eq("userName", 'x" or userName pr or userName eq "y'));
    expect(text).toBe(String.raw`userName eq "x\" or userName pr or userName eq \"y"`);
    expect(parseFilter(text).kind).toBe("comparison");
  });

  it("rejects an invalid attribute path, naming it", () => {
    expect(() => filter.eq("user name", "x")).toThrow(InvalidFilterError);
    expect(() => filter.pr("a.b.c")).toThrow(/"a\.b\.c"/);
    expect(() => filter.eq("", "x")).toThrow(/attribute name is missing/);
  });

  it("writes a Date as an xsd:dateTime string", () => {
    const since = new Date(Date.UTC(2011, 4, 13, 4, 42, 34));
    expect(printFilter(filter.gt("meta.lastModified", since))).toBe('meta.lastModified gt "2011-05-13T04:42:34.000Z"');
    expect(() => filter.gt("meta.lastModified", new Date(Number.NaN))).toThrow(/invalid Date/);
  });

  it("rejects values a filter cannot compare", () => {
    expect(() => filter.eq("emails", { value: "x" } as unknown as ComparisonValue)).toThrow(/object/);
    expect(() => filter.eq("a", Number.POSITIVE_INFINITY)).toThrow(InvalidFilterError);
    expect(() => filter.eq("a", undefined as unknown as ComparisonValue)).toThrow(InvalidFilterError);
  });

  it("rejects nested value paths", () => {
    const inner = filter.valuePath("type", filter.pr("x"));
    expect(() => filter.valuePath("emails", filter.not(inner))).toThrow(/cannot nest/);
  });

  it("rejects and() with no filter (from JavaScript)", () => {
    const and = filter.and as (...filters: Filter[]) => Filter;
    expect(() => and()).toThrow(/at least one filter/);
  });
});
