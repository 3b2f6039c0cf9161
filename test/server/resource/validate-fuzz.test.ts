import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random.js";
import { isScimError } from "../../../src/scim/errors.js";
import { prepareWrite } from "../../../src/server/resource/validate.js";

const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const keys = ["schemas", "userName", "displayName", "name", "emails", "active", "members", "groups", "id", "meta", "password", enterprise, "urn:x:y", "nosuch", "Name"];
const values = [
  null, "", "x", "True", 1, 1.5, false, [], ["urn:ietf:params:scim:schemas:core:2.0:User"], ["urn:ietf:params:scim:schemas:core:2.0:Group"],
  {}, { givenName: "B" }, { nosuch: 1 }, [{ value: "a" }], [{ value: 1 }], [{ value: "a", primary: true }, { value: "b", primary: true }],
  { department: "D", manager: "m" }, { manager: { value: 1 } }, [null], [[1]],
];


describe("prepareWrite on arbitrary bodies", () => {
  it("returns a resource or throws a ScimError, and never changes its input", () => {
    const next = seededRandom(7643);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    for (let round = 0; round < 2000; round++) {
      const body: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 5); i > 0; i--) body[pick(keys)] = pick(values);
      const input = next() < 0.1 ? pick(values) : body;
      const before = structuredClone(input);
      for (const type of ["User", "Group"] as const) {
        try {
          const result = prepareWrite(type, input);
          expect(result.schemas, JSON.stringify(input)).toBeInstanceOf(Array);
        } catch (error) {
          expect(isScimError(error), `${JSON.stringify(input)}: ${String(error)}`).toBe(true);
        }
      }
      expect(input).toEqual(before);
    }
  });
});
