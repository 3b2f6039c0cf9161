import { describe, expect, it } from "vitest";
import { compareResources } from "../../../src/server/resource/sort.js";

const users = [
  { id: "1", userName: "charlie", name: { familyName: "b" }, emails: [{ value: "z@x.com" }, { value: "a@x.com", primary: true }], meta: { lastModified: "2024-01-02T00:00:00Z" } },
  { id: "2", userName: "Alice", meta: { lastModified: "2024-01-01T23:00:00-02:00" } },
  { id: "3", userName: "bob", name: { familyName: "A" }, emails: [{ value: "m@x.com" }], meta: { lastModified: "2024-01-01T12:00:00Z" } },
];

const order = (path: Parameters<typeof compareResources>[0], direction: "ascending" | "descending" = "ascending"): string[] =>
  [...users].sort(compareResources(path, direction, "User")).map((user) => user.id);

describe("compareResources (RFC 7644 §3.4.2.3)", () => {
  it("sorts strings case-insensitively when the attribute is not caseExact", () => {
    expect(order({ name: "userName" })).toEqual(["2", "3", "1"]);
    expect(order({ name: "userName" }, "descending")).toEqual(["1", "3", "2"]);
  });

  it("sorts caseExact strings by code point", () => {
    const ids = [{ id: "b" }, { id: "B" }, { id: "a" }].sort(compareResources({ name: "id" }, "ascending", "User")).map((u) => u.id);
    expect(ids).toEqual(["B", "a", "b"]);
  });

  it("puts resources without a value last when ascending, first when descending", () => {
    expect(order({ name: "name", subAttribute: "familyName" })).toEqual(["3", "1", "2"]);
    expect(order({ name: "name", subAttribute: "familyName" }, "descending")).toEqual(["2", "1", "3"]);
  });

  it("sorts a multi-valued attribute by its primary value, else its first", () => {
    expect(order({ name: "emails" })).toEqual(["1", "3", "2"]);
    expect(order({ name: "emails", subAttribute: "value" })).toEqual(["1", "3", "2"]);
  });

  it("sorts dateTime values as instants", () => {
    // "2024-01-01T23:00:00-02:00" is 2024-01-02T01:00Z: after user 1, though its text sorts before.
    expect(order({ name: "meta", subAttribute: "lastModified" })).toEqual(["3", "1", "2"]);
  });
});
