import { describe, expect, it } from "vitest";
import { coerceBooleans, coerceResourceBooleans } from "../../src/scim/definitions/coerce-booleans.js";
import { attribute, complexAttribute } from "../../src/scim/definitions/attribute.js";
import { ServiceProviderConfigSchemaDefinition } from "../../src/scim/definitions/service-provider-schemas.js";
import { UserSchemaDefinition } from "../../src/scim/definitions/user-schema.js";
import type { SchemaDefinition } from "../../src/scim/schema.js";
import { UserSchema } from "../../src/scim/user.js";

const badgeUrn = "urn:example:params:scim:schemas:extension:badge:2.0:User";
const badgeExtension: SchemaDefinition = {
  id: badgeUrn,
  attributes: [
    attribute("boolean", "visitor", "Whether the badge is a visitor's."),
    complexAttribute("doors", "Doors the badge opens.", [attribute("string", "value", "The door."), attribute("boolean", "night", "Opens at night.")], { multiValued: true }),
  ],
};

describe("coercing string Booleans (RFC 7643 §2.3.2)", () => {
  it('turns "true" and "false" in any case into Booleans, on core attributes and sub-attributes', () => {
    const user = { id: "1", userName: "pam", active: "TRUE", emails: [{ value: "p@x.com", primary: "False" }, { value: "q@x.com", primary: true }] };
    const { value, coerced } = coerceResourceBooleans("User", user);
    expect(value).toEqual({ ...user, active: true, emails: [{ value: "p@x.com", primary: false }, { value: "q@x.com", primary: true }] });
    expect(coerced).toEqual([
      { path: "active", sent: "TRUE" },
      { path: "emails[0].primary", sent: "False" },
    ]);
    expect(UserSchema.safeParse(value).success).toBe(true);
  });

  it("reads extension attributes with the extension's definitions, under its URN", () => {
    const resource = { id: "1", [badgeUrn]: { visitor: "true", doors: [{ value: "front", night: "false" }] } };
    const { value, coerced } = coerceBooleans(UserSchemaDefinition.attributes, [badgeExtension], resource);
    expect(value).toEqual({ id: "1", [badgeUrn]: { visitor: true, doors: [{ value: "front", night: false }] } });
    expect(coerced.map((c) => c.path)).toEqual([`${badgeUrn}:visitor`, `${badgeUrn}:doors[0].night`]);
  });

  it("matches attribute names case-insensitively (RFC 7643 §2.1)", () => {
    expect(coerceResourceBooleans("User", { Active: "false" }).value).toEqual({ Active: false });
  });

  it("leaves strings alone where the schema does not say Boolean, and other strings where it does", () => {
    const user = { id: "1", userName: "true", displayName: "False", active: "yes", nickName: "true" };
    const { value, coerced } = coerceResourceBooleans("User", user);
    expect(value).toBe(user);
    expect(coerced).toEqual([]);
    expect(UserSchema.safeParse(value).success).toBe(false);
  });

  it("keeps unknown attributes as they are and does not change its input", () => {
    const user = { id: "1", active: "true", vendorFlag: "true" };
    const { value } = coerceResourceBooleans("User", user);
    expect(value).toEqual({ id: "1", active: true, vendorFlag: "true" });
    expect(user.active).toBe("true");
  });

  it("reads a ServiceProviderConfig's supported flags with its own definitions", () => {
    const { value, coerced } = coerceBooleans(ServiceProviderConfigSchemaDefinition.attributes, [], { patch: { supported: "true" }, bulk: { supported: "false" } });
    expect(value).toEqual({ patch: { supported: true }, bulk: { supported: false } });
    expect(coerced).toHaveLength(2);
  });
});
