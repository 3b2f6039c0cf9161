import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidFilterError } from "../../../src/scim/errors.js";
import type { Filter } from "../../../src/scim/filter/index.js";
import { filter, parseFilter, printFilter } from "../../../src/scim/filter/index.js";

const rfcExamples = JSON.parse(
  readFileSync(new URL("../../../fixtures/rfc/rfc7644-3.4.2.2-filters.json", import.meta.url), "utf8"),
) as string[];

describe("printFilter", () => {
  it.each(rfcExamples)("round-trips the RFC example %s", (text) => {
    const tree = parseFilter(text);
    expect(parseFilter(printFilter(tree))).toEqual(tree);
  });

  it("writes canonical text: lower-case operators, single spaces", () => {
    expect(printFilter(parseFilter('userName   EQ "bjensen"'))).toBe('userName eq "bjensen"');
    expect(printFilter(parseFilter("title PR AND NOT (userType eq \"x\")"))).toBe('title pr and not (userType eq "x")');
  });

  it("drops parentheses precedence does not need", () => {
    expect(printFilter(parseFilter('userType eq "Employee" and (emails.type eq "work")'))).toBe(
      'userType eq "Employee" and emails.type eq "work"',
    );
    expect(printFilter(parseFilter("(a pr and b pr) or c pr"))).toBe("a pr and b pr or c pr");
    expect(printFilter(parseFilter("(a pr or b pr) or c pr"))).toBe("a pr or b pr or c pr");
  });

  it("keeps parentheses precedence needs", () => {
    expect(printFilter(parseFilter("(a pr or b pr) and c pr"))).toBe("(a pr or b pr) and c pr");
    expect(printFilter(parseFilter("a pr and (b pr or c pr)"))).toBe("a pr and (b pr or c pr)");
    expect(printFilter(parseFilter("a pr or (b pr or c pr)"))).toBe("a pr or (b pr or c pr)");
    expect(printFilter(parseFilter("a pr and (b pr and c pr)"))).toBe("a pr and (b pr and c pr)");
  });

  it("writes value paths, URN paths and every kind of value", () => {
    const trees: Filter[] = [
      filter.valuePath("emails", filter.and(filter.eq("type", "work"), filter.not(filter.co("value", "@x")))),
      filter.eq("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value", "abc"),
      filter.gt("meta.lastModified", "2011-05-13T04:42:34Z"),
      filter.eq("a", -0),
      filter.le("a", 1e21),
      filter.ge("a", 1.5e-7),
      filter.eq("active", false),
      filter.ne("title", null),
    ];
    for (const tree of trees) expect(parseFilter(printFilter(tree))).toEqual(tree);
  });

  it("escapes strings as JSON", () => {
    const tree = filter.eq("userName", 'a "quoted" \\ name\n\u0001é');
    expect(printFilter(tree)).toBe(String.raw`userName eq "a \"quoted\" \\ name\n\u0001é"`);
    expect(parseFilter(printFilter(tree))).toEqual(tree);
  });

  it("refuses numbers JSON cannot write", () => {
    const tree: Filter = { kind: "comparison", path: { name: "a" }, operator: "eq", value: Number.NaN };
    expect(() => printFilter(tree)).toThrow(InvalidFilterError);
  });
});

describe("printFilter on generated trees", () => {
  // A small deterministic generator (mulberry32) so a failure is reproducible.
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function tree(next: () => number, depth: number, insideValuePath: boolean): Filter {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const path = pick(["userName", "name.familyName", "urn:ietf:params:scim:schemas:core:2.0:User:title", "x"]);
    const choice = depth <= 0 ? Math.floor(next() * 2) : Math.floor(next() * 6);
    switch (choice) {
      case 0:
        return filter.pr(path);
      case 1:
        return filter.eq(path, pick(['a"b\\c', "", "é", 0, -2.5, 1e-9, true, false, null]));
      case 2:
        return filter.not(tree(next, depth - 1, insideValuePath));
      case 3:
        return insideValuePath ? filter.pr(path) : filter.valuePath("emails", tree(next, depth - 1, true));
      default:
        return (choice === 4 ? filter.and : filter.or)(
          tree(next, depth - 1, insideValuePath),
          tree(next, depth - 1, insideValuePath),
        );
    }
  }

  it("parses back to the same tree for 500 random filters", () => {
    const next = random(7644);
    for (let i = 0; i < 500; i += 1) {
      const generated = tree(next, 4, false);
      expect(parseFilter(printFilter(generated))).toEqual(generated);
    }
  });
});
