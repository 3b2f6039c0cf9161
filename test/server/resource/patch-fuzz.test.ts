import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random.js";
import { isScimError } from "../../../src/scim/errors.js";
import { applyPatch } from "../../../src/server/resource/patch.js";

const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const ops = ["add", "Add", "replace", "REPLACE", "remove", "move", 7, undefined];
const paths = [
  undefined, "", "userName", "name", "name.givenName", "name.nosuch", "emails", "emails.value", 'emails[type eq "work"]',
  'emails[type eq "work"].value', 'emails[value co "@"].primary', "emails[type eq", "groups", "id", "meta.version", "active",
  `${enterprise}:manager`, `${enterprise}:manager.value`, enterprise, "urn:x:y", 'members[value eq "u1"]', "x509Certificates",
];
const values = [
  undefined, null, "", "x", "True", 42, true, [], [null], ["a"], {}, { value: "a@example.com", type: "work", primary: true },
  [{ value: "b@example.com", primary: true }, { value: "c@example.com", primary: true }], { givenName: "B" }, { "name.givenName": "C" },
  [{ value: 5 }], { [enterprise]: { department: "D" } }, { id: "other" }, { emails: "x" }, { [enterprise]: "x" },
  { 'emails[type eq "home"].value': "h" }, { "urn:ietf:params:scim:schemas:core:2.0:User": { title: "T" } }, [{ value: "u1" }],
];


describe("applyPatch on arbitrary operations", () => {
  it("returns a resource or throws a ScimError, and never changes its input", () => {
    const next = seededRandom(7644);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    for (let round = 0; round < 2000; round++) {
      const resource = {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
        id: "1",
        userName: "bjensen",
        emails: [{ value: "a@example.com", type: "work" }],
        meta: { resourceType: "User", version: 'W/"1"' },
      };
      const before = structuredClone(resource);
      const operations = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
        const operation: Record<string, unknown> = { op: pick(ops) };
        const path = pick(paths);
        if (path !== undefined) operation.path = path;
        const value = pick(values);
        if (value !== undefined) operation.value = value;
        return operation;
      });
      try {
        const result = applyPatch(resource, operations, "User");
        expect(result.userName, JSON.stringify(operations)).toBeTypeOf("string");
      } catch (error) {
        expect(isScimError(error), `${JSON.stringify(operations)}: ${String(error)}`).toBe(true);
      }
      expect(resource).toEqual(before);
    }
  });
});
