import { describe, expect, it } from "vitest";
import { GroupInputSchema, GroupSchema, SchemaUrn, stripReadOnly } from "../../src/scim/index.js";

const group = {
  schemas: [SchemaUrn.Group],
  id: "e9e30dba",
  displayName: "Tour Guides",
  members: [{ value: "2819c223", $ref: "https://example.com/v2/Users/2819c223", display: "Babs Jensen", type: "User" }],
  meta: { resourceType: "Group" },
};

describe("GroupSchema and GroupInputSchema", () => {
  it("parses a Group leniently, keeping unknown attributes", () => {
    expect(GroupSchema.parse({ ...group, owner: "bjensen" })).toStrictEqual({ ...group, owner: "bjensen" });
  });

  it("rejects a member type other than User or Group", () => {
    const result = GroupSchema.safeParse({ ...group, members: [{ value: "1", type: "Robot" }] });
    expect(result.error?.issues[0]?.path).toEqual(["members", 0, "type"]);
  });

  it("rejects `member` for `members` and names it", () => {
    const result = GroupInputSchema.safeParse({ displayName: "Staff", member: [{ value: "1" }] });
    expect(result.error?.issues[0]?.path).toEqual(["member"]);
  });

  it("accepts a fetched Group after stripReadOnly, without id, meta or member display", () => {
    const input = stripReadOnly("Group", GroupSchema.parse(group));
    expect(input).toStrictEqual({
      schemas: [SchemaUrn.Group],
      displayName: "Tour Guides",
      members: [{ value: "2819c223", $ref: "https://example.com/v2/Users/2819c223", type: "User" }],
    });
    expect(GroupInputSchema.parse(input)).toStrictEqual(input);
  });
});
