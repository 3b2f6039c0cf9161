import { describe, expect, it } from "vitest";
import { InvalidFilterError } from "../../../src/scim/errors.js";
import { checkComparison, compareValue, orderValues } from "../../../src/server/filter/compare.js";

const text = { type: "string", caseExact: false } as const;
const exact = { type: "string", caseExact: true } as const;
const date = { type: "dateTime", caseExact: false } as const;

describe("compareValue (RFC 7644 §3.4.2.2 table 3)", () => {
  it("honours caseExact", () => {
    expect(compareValue("Babs", "eq", "babs", text, "x")).toBe(true);
    expect(compareValue("Babs", "eq", "babs", exact, "x")).toBe(false);
    expect(compareValue("Babs", "co", "AB", text, "x")).toBe(true);
    expect(compareValue("Babs", "co", "AB", exact, "x")).toBe(false);
  });

  it("compares dateTime values as instants, and co on their text", () => {
    expect(compareValue("2011-05-13T04:42:34Z", "gt", "2011-05-13T05:42:34+02:00", date, "x")).toBe(true);
    expect(compareValue("2011-05-13T04:42:34Z", "co", "2011-05", date, "x")).toBe(true);
    expect(() => compareValue("2011-05-13T04:42:34Z", "gt", "May 2011x", date, "x")).toThrow(InvalidFilterError);
  });

  it("never matches a value of another JSON type", () => {
    expect(compareValue(10, "eq", "10", { type: "integer", caseExact: false }, "x")).toBe(false);
    expect(compareValue("true", "eq", true, text, "x")).toBe(false);
  });

  it("refuses ordering booleans and binary, and substrings of numbers", () => {
    expect(() => checkComparison("active", "gt", { type: "boolean", caseExact: false })).toThrow(InvalidFilterError);
    expect(() => checkComparison("cert", "lt", { type: "binary", caseExact: true })).toThrow(InvalidFilterError);
    expect(() => checkComparison("count", "co", { type: "integer", caseExact: false })).toThrow(InvalidFilterError);
    expect(() => checkComparison("userName", "gt", text)).not.toThrow();
  });

  it("orders values for sorting", () => {
    expect(orderValues("a", "B", text)).toBeLessThan(0);
    expect(orderValues("a", "B", exact)).toBeGreaterThan(0);
    expect(orderValues(2, 10, { type: "integer", caseExact: false })).toBeLessThan(0);
    expect(orderValues(false, true, { type: "boolean", caseExact: false })).toBeLessThan(0);
  });
});
