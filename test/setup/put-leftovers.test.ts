import { describe, expect, it } from "vitest";
import { survivingAttributes } from "../../src/setup/put-leftovers.js";

const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

describe("survivingAttributes: what a PUT left out and the resource still holds", () => {
  it("is empty when the server replaced the resource (read-only attributes do not count)", () => {
    const sent = { userName: "rhoward", title: "Salesman" };
    const after = { id: "1", schemas: ["x"], meta: {}, groups: [{ value: "g" }], userName: "rhoward", title: "Salesman" };
    expect(survivingAttributes("User", sent, after)).toEqual([]);
  });

  it("names the readWrite attributes and whole extensions a merging server kept", () => {
    const sent = { userName: "rhoward" };
    const after = { id: "1", userName: "rhoward", displayName: "Ryan Howard", locale: "en-US", [enterprise]: { department: "Sales" } };
    expect(survivingAttributes("User", sent, after)).toEqual(["displayName", "locale", enterprise]);
  });

  it("names an extension's attributes one by one when the PUT sent the extension in part, ignoring case", () => {
    const sent = { UserName: "rhoward", [enterprise]: { employeeNumber: "7" } };
    const after = { userName: "rhoward", [enterprise]: { employeeNumber: "7", department: "Sales" } };
    expect(survivingAttributes("User", sent, after)).toEqual([`${enterprise}:department`]);
  });

  it("leaves vendor attributes alone, and reads a Group by its own schema", () => {
    expect(survivingAttributes("User", { userName: "a" }, { userName: "a", vendorThing: 1 })).toEqual([]);
    expect(survivingAttributes("Group", { displayName: "A" }, { displayName: "A", members: [{ value: "u" }] })).toEqual(["members"]);
  });
});
