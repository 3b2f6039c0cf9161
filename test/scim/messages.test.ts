import { describe, expect, it } from "vitest";
import {
  BulkRequestSchema,
  BulkResponseSchema,
  PatchOpSchema,
  SchemaUrn,
  SearchRequestSchema,
  UserSchema,
  listResponseSchema,
} from "../../src/scim/index.js";

describe("listResponseSchema", () => {
  const page = {
    schemas: [SchemaUrn.ListResponse],
    totalResults: 2,
    startIndex: 1,
    itemsPerPage: 1,
    Resources: [{ schemas: [SchemaUrn.User], id: "2819c223", userName: "bjensen" }],
  };

  it("parses a page of Users (RFC 7644 §3.4.2)", () => {
    expect(listResponseSchema(UserSchema).parse(page)).toStrictEqual(page);
  });

  it("reads a missing Resources as an empty list", () => {
    const empty = listResponseSchema(UserSchema).parse({ schemas: [SchemaUrn.ListResponse], totalResults: 0 });
    expect(empty.Resources).toEqual([]);
  });

  it("names the bad item and rejects a body without the ListResponse URN", () => {
    const bad = listResponseSchema(UserSchema).safeParse({ ...page, Resources: [{ schemas: [SchemaUrn.User] }] });
    expect(bad.error?.issues[0]?.path).toEqual(["Resources", 0, "id"]);
    expect(listResponseSchema(UserSchema).safeParse({ ...page, schemas: [SchemaUrn.User] }).success).toBe(false);
  });
});

describe("SearchRequestSchema", () => {
  it("parses the RFC 7644 §3.4.3 example", () => {
    const search = {
      schemas: [SchemaUrn.SearchRequest],
      attributes: ["displayName", "userName"],
      filter: 'displayName sw "smith"',
      startIndex: 1,
      count: 10,
    };
    expect(SearchRequestSchema.parse(search)).toStrictEqual(search);
    expect(SearchRequestSchema.safeParse({ ...search, sortOrder: "up" }).error?.issues[0]?.path).toEqual(["sortOrder"]);
  });
});

describe("PatchOpSchema", () => {
  const body = (...Operations: unknown[]) => ({ schemas: [SchemaUrn.PatchOp], Operations });

  it("parses the RFC 7644 §3.5.2 examples", () => {
    const examples = body(
      { op: "add", path: "members", value: [{ display: "Babs Jensen", $ref: "https://example.com/v2/Users/2819c223", value: "2819c223" }] },
      { op: "remove", path: 'members[value eq "2819c223-7f76-453a-919d-413861904646"]' },
      { op: "replace", value: { emails: [{ value: "bjensen@example.com", type: "work" }], nickName: "Babs" } },
    );
    expect(PatchOpSchema.parse(examples)).toStrictEqual(examples);
  });

  it("rejects operations the RFC does not allow, naming the problem", () => {
    expect(PatchOpSchema.safeParse(body({ op: "Add", path: "title", value: "x" })).error?.issues[0]?.path).toEqual(["Operations", 0, "op"]);
    expect(PatchOpSchema.safeParse(body({ op: "remove" })).error?.issues[0]?.path).toEqual(["Operations", 0, "path"]);
    expect(PatchOpSchema.safeParse(body({ op: "add", path: "title" })).error?.issues[0]?.message).toContain("needs a value");
    expect(PatchOpSchema.safeParse(body()).success).toBe(false);
  });

  it("accepts null as a replace value", () => {
    expect(PatchOpSchema.safeParse(body({ op: "replace", path: "title", value: null })).success).toBe(true);
  });
});

describe("Bulk", () => {
  it("parses a bulk request and response (RFC 7644 §3.7)", () => {
    const request = {
      schemas: [SchemaUrn.BulkRequest],
      failOnErrors: 1,
      Operations: [
        { method: "POST", path: "/Users", bulkId: "qwerty", data: { schemas: [SchemaUrn.User], userName: "Alice" } },
        { method: "DELETE", path: "/Users/b7c14771", version: 'W/"0ee8add0a938e1a"' },
      ],
    };
    expect(BulkRequestSchema.parse(request)).toStrictEqual(request);
    expect(BulkRequestSchema.safeParse({ ...request, Operations: [{ method: "GET", path: "/Users" }] }).success).toBe(false);

    const response = {
      schemas: [SchemaUrn.BulkResponse],
      Operations: [
        { location: "https://example.com/v2/Users/92b725cd", method: "POST", bulkId: "qwerty", version: 'W/"oY4m4wn58tkVjJxK"', status: "201" },
        { method: "DELETE", status: "404", response: { schemas: [SchemaUrn.Error], status: "404", detail: "Resource does not exist" } },
      ],
    };
    expect(BulkResponseSchema.parse(response)).toStrictEqual(response);
  });
});
