import { describe, expect, it } from "vitest";
import { project } from "../../src/server/projection.js";
import { projectAttributes } from "../../src/server/resource/project.js";

const samples: [ "User" | "Group", Record<string, unknown>][] = [
  ["User", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], id: "1", userName: "a", name: { givenName: "A" }, emails: [{ value: "a@x", primary: true }], meta: { resourceType: "User" } }],
  ["User", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], id: "2", userName: "b", password: "secret", meta: { resourceType: "User" } }],
  ["User", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"], id: "3", userName: "c", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: "R&D", manager: { value: "1", displayName: "A" } }, groups: [{ value: "g", display: "G", type: "direct" }], vendorThing: 1 }],
  ["Group", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], id: "g", displayName: "G", members: [{ value: "1", type: "User", display: "A" }], meta: { resourceType: "Group" } }],
];

describe("project", () => {
  it("gives what projectAttributes gives, with and without parameters", () => {
    for (const [type, resource] of samples) {
      for (const options of [{}, { attributes: "userName,displayName" }, { excludedAttributes: "name" }]) {
        expect(project(resource, options, type)).toEqual(projectAttributes(resource, options, type));
      }
    }
  });

  it("never returns a password", () => {
    expect(project(samples[1]![1], {}, "User")).not.toHaveProperty("password");
  });
});
