import { describe, expect, it } from "vitest";
import {
  EnterpriseUserSchemaDefinition,
  GroupResourceType,
  GroupSchemaDefinition,
  ResourceTypeSchema,
  ResourceTypeSchemaDefinition,
  ServiceProviderConfigSchemaDefinition,
  SchemaDefinitionSchema,
  SchemaUrn,
  UserResourceType,
  UserSchemaDefinition,
  findAttribute,
  type AttributeDefinition,
} from "../../src/scim/index.js";

const definitions = [
  UserSchemaDefinition,
  EnterpriseUserSchemaDefinition,
  GroupSchemaDefinition,
  ServiceProviderConfigSchemaDefinition,
  ResourceTypeSchemaDefinition,
];

function everyAttribute(attributes: AttributeDefinition[]): AttributeDefinition[] {
  return attributes.flatMap((attribute) => [attribute, ...everyAttribute(attribute.subAttributes ?? [])]);
}

describe("RFC 7643 §8.7 schema definitions", () => {
  it.each(definitions.map((definition) => [definition.name, definition] as const))(
    "%s is a valid Schema resource",
    (_name, definition) => {
      expect(SchemaDefinitionSchema.parse(definition)).toStrictEqual(definition);
      expect(definition.schemas).toEqual([SchemaUrn.Schema]);
    },
  );

  it("lists every User attribute of RFC 7643 §4.1, in the RFC's order", () => {
    expect(UserSchemaDefinition.attributes.map((attribute) => attribute.name)).toEqual([
      "userName", "name", "displayName", "nickName", "profileUrl", "title", "userType", "preferredLanguage",
      "locale", "timezone", "active", "password", "emails", "phoneNumbers", "ims", "photos", "addresses",
      "groups", "entitlements", "roles", "x509Certificates",
    ]);
  });

  it("spells out the characteristics of every simple attribute", () => {
    for (const definition of definitions) {
      for (const attribute of everyAttribute(definition.attributes)) {
        expect(attribute.mutability, attribute.name).toBeDefined();
        expect(attribute.returned, attribute.name).toBeDefined();
        if (attribute.type === "complex") expect(attribute.subAttributes?.length, attribute.name).toBeGreaterThan(0);
        if (["string", "reference", "binary"].includes(attribute.type)) expect(attribute.caseExact, attribute.name).toBeDefined();
        if (attribute.type !== "complex" && attribute.type !== "boolean") expect(attribute.uniqueness, attribute.name).toBeDefined();
        if (attribute.type === "reference") expect(attribute.referenceTypes?.length, attribute.name).toBeGreaterThan(0);
      }
    }
  });

  it("follows the RFC on the characteristics the server relies on", () => {
    expect(findAttribute("User", { name: "password" })).toMatchObject({ mutability: "writeOnly", returned: "never", caseExact: true });
    expect(findAttribute("User", { name: "groups" })).toMatchObject({ mutability: "readOnly", multiValued: true });
    expect(findAttribute("User", { name: "groups", subAttribute: "$ref" })).toMatchObject({ referenceTypes: ["Group"] });
    expect(findAttribute("User", { name: "profileUrl" })).toMatchObject({ type: "reference", caseExact: true });
    expect(findAttribute("User", { name: "x509Certificates", subAttribute: "value" })?.type).toBe("binary");
    expect(findAttribute("User", { name: "active" })?.type).toBe("boolean");
    expect(findAttribute("Group", { name: "members" })).toMatchObject({ mutability: "readWrite", multiValued: true });
    expect(findAttribute("Group", { name: "members", subAttribute: "value" })).toMatchObject({ mutability: "immutable" });
    expect(findAttribute("Group", { name: "members", subAttribute: "type" })?.canonicalValues).toEqual(["User", "Group"]);
    expect(findAttribute("User", { schema: SchemaUrn.EnterpriseUser, name: "manager", subAttribute: "value" })).toMatchObject({
      required: true,
      caseExact: true,
    });
  });
});

describe("RFC 7643 §8.7.2 service provider schemas", () => {
  it("makes every service provider configuration attribute read-only", () => {
    const attributes = everyAttribute(ServiceProviderConfigSchemaDefinition.attributes);
    expect(attributes.filter((attribute) => attribute.mutability !== "readOnly")).toEqual([]);
    expect(ServiceProviderConfigSchemaDefinition.attributes.map((attribute) => attribute.name)).toEqual([
      "documentationUri", "patch", "bulk", "filter", "changePassword", "sort", "etag", "authenticationSchemes",
    ]);
  });
});

describe("RFC 7643 §6 resource types", () => {
  it("describes Users and Groups as valid ResourceType resources", () => {
    expect(ResourceTypeSchema.parse(UserResourceType)).toStrictEqual(UserResourceType);
    expect(ResourceTypeSchema.parse(GroupResourceType)).toStrictEqual(GroupResourceType);
    expect(UserResourceType).toMatchObject({ endpoint: "/Users", schema: SchemaUrn.User });
    expect(UserResourceType.schemaExtensions).toEqual([{ schema: SchemaUrn.EnterpriseUser, required: false }]);
    expect(GroupResourceType).toMatchObject({ endpoint: "/Groups", schema: SchemaUrn.Group });
  });
});
