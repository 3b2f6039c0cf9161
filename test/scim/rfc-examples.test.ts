import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GroupSchema, ResourceTypeSchema, ServiceProviderConfigSchema, UserSchema } from "../../src/scim/index.js";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/rfc/${name}`, import.meta.url), "utf8"));
}

const examples: [string, z.ZodTypeAny][] = [
  ["rfc7643-8.1-minimal-user.json", UserSchema],
  ["rfc7643-8.2-full-user.json", UserSchema],
  ["rfc7643-8.3-enterprise-user.json", UserSchema],
  ["rfc7643-8.4-group.json", GroupSchema],
  ["rfc7643-8.5-service-provider-config.json", ServiceProviderConfigSchema],
  ["rfc7643-8.6-resource-type-user.json", ResourceTypeSchema],
  ["rfc7643-8.6-resource-type-group.json", ResourceTypeSchema],
];

describe("RFC 7643 §8 examples", () => {
  it.each(examples)("%s parses and round-trips unchanged", (name, schema) => {
    const json = fixture(name);
    const parsed: unknown = schema.parse(json);
    expect(parsed).toStrictEqual(json);
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(json);
  });

  it("reads the typed attributes of the full User example", () => {
    const user = UserSchema.parse(fixture("rfc7643-8.2-full-user.json"));
    expect(user.name?.givenName).toBe("Barbara");
    expect(user.emails?.find((email) => email.primary)?.value).toBe("bjensen@example.com");
    expect(user.groups?.map((group) => group.display)).toEqual(["Tour Guides", "Employees", "US Employees"]);
    expect(user.meta?.version).toBe('W/"a330bc54f0671c9"');
  });

  it("reads the Enterprise User extension under its URN", () => {
    const user = UserSchema.parse(fixture("rfc7643-8.3-enterprise-user.json"));
    const enterprise = user["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"];
    expect(enterprise?.employeeNumber).toBe("701984");
    expect(enterprise?.manager?.displayName).toBe("John Smith");
  });

  it("rejects a User example whose attribute has the wrong type", () => {
    const user = { ...(fixture("rfc7643-8.1-minimal-user.json") as object), active: "yes" };
    const result = UserSchema.safeParse(user);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["active"]);
  });
});
