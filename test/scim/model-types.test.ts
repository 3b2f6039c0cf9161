import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { BulkOperationResultSchema, BulkOperationSchema, BulkRequestSchema, BulkResponseSchema } from "../../src/scim/bulk.js";
import type { BulkOperation, BulkOperationResult, BulkRequest, BulkResponse } from "../../src/scim/bulk.js";
import { EnterpriseUserSchema, ManagerSchema, type EnterpriseUser, type Manager } from "../../src/scim/enterprise-user.js";
import { GroupMemberSchema, GroupSchema, type Group, type GroupMember } from "../../src/scim/group.js";
import { MetaSchema, type Meta } from "../../src/scim/meta.js";
import { AddressSchema, EmailSchema, UserGroupSchema, type Address, type Email, type UserGroup } from "../../src/scim/multi-valued.js";
import { NameSchema, type Name } from "../../src/scim/name.js";
import { PatchOpSchema, PatchOperationSchema, type PatchOp, type PatchOperation } from "../../src/scim/patch-op.js";
import { ResourceTypeSchema, type ResourceType } from "../../src/scim/resource-type.js";
import { SchemaDefinitionSchema, type SchemaDefinition } from "../../src/scim/schema.js";
import { SearchRequestSchema, type SearchRequest } from "../../src/scim/search-request.js";
import { AuthenticationSchemeSchema, ServiceProviderConfigSchema } from "../../src/scim/service-provider-config.js";
import type { AuthenticationScheme, ServiceProviderConfig } from "../../src/scim/service-provider-config.js";
import { UserSchema, type User } from "../../src/scim/user.js";

/** A type's declared properties, without the index signature that lets unknown attributes through (and would hide a forgotten one). */
type Declared<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

// The model's types are written out as interfaces, so that tslab's TypeScript checks a notebook cell without
// computing zod's inferred types again for every cell (test/notebooks/cell-declarations.test.ts). Each interface
// must say exactly what its schema reads: the same attributes, the same types, optional where the schema is.
// Checked by TypeScript when the project is type-checked (test/typecheck.test.ts); vitest itself strips types.
describe("each model interface is exactly what its zod schema reads", () => {
  it("resources: User, Group and their parts (RFC 7643 §3.1, §4)", () => {
    expectTypeOf<Declared<User>>().branded.toEqualTypeOf<Declared<z.infer<typeof UserSchema>>>();
    expectTypeOf<Declared<Group>>().branded.toEqualTypeOf<Declared<z.infer<typeof GroupSchema>>>();
    expectTypeOf<Declared<GroupMember>>().branded.toEqualTypeOf<Declared<z.infer<typeof GroupMemberSchema>>>();
    expectTypeOf<Declared<Meta>>().branded.toEqualTypeOf<Declared<z.infer<typeof MetaSchema>>>();
    expectTypeOf<Declared<Name>>().branded.toEqualTypeOf<Declared<z.infer<typeof NameSchema>>>();
    expectTypeOf<Declared<Email>>().branded.toEqualTypeOf<Declared<z.infer<typeof EmailSchema>>>();
    expectTypeOf<Declared<Address>>().branded.toEqualTypeOf<Declared<z.infer<typeof AddressSchema>>>();
    expectTypeOf<Declared<UserGroup>>().branded.toEqualTypeOf<Declared<z.infer<typeof UserGroupSchema>>>();
    expectTypeOf<Declared<EnterpriseUser>>().branded.toEqualTypeOf<Declared<z.infer<typeof EnterpriseUserSchema>>>();
    expectTypeOf<Declared<Manager>>().branded.toEqualTypeOf<Declared<z.infer<typeof ManagerSchema>>>();
  });

  it("discovery: ServiceProviderConfig, ResourceType, Schema (RFC 7643 §5–7)", () => {
    expectTypeOf<Declared<ServiceProviderConfig>>().branded.toEqualTypeOf<Declared<z.infer<typeof ServiceProviderConfigSchema>>>();
    expectTypeOf<Declared<AuthenticationScheme>>().branded.toEqualTypeOf<Declared<z.infer<typeof AuthenticationSchemeSchema>>>();
    expectTypeOf<Declared<ResourceType>>().branded.toEqualTypeOf<Declared<z.infer<typeof ResourceTypeSchema>>>();
    expectTypeOf<Declared<SchemaDefinition>>().branded.toEqualTypeOf<Declared<z.infer<typeof SchemaDefinitionSchema>>>();
  });

  it("messages: PATCH, Bulk, /.search (RFC 7644 §3.5.2, §3.7, §3.4.3)", () => {
    expectTypeOf<PatchOperation>().branded.toEqualTypeOf<z.infer<typeof PatchOperationSchema>>();
    expectTypeOf<PatchOp>().branded.toEqualTypeOf<z.infer<typeof PatchOpSchema>>();
    expectTypeOf<BulkOperation>().branded.toEqualTypeOf<z.infer<typeof BulkOperationSchema>>();
    expectTypeOf<BulkRequest>().branded.toEqualTypeOf<z.infer<typeof BulkRequestSchema>>();
    expectTypeOf<Declared<BulkOperationResult>>().branded.toEqualTypeOf<Declared<z.infer<typeof BulkOperationResultSchema>>>();
    expectTypeOf<Declared<BulkResponse>>().branded.toEqualTypeOf<Declared<z.infer<typeof BulkResponseSchema>>>();
    expectTypeOf<SearchRequest>().branded.toEqualTypeOf<z.infer<typeof SearchRequestSchema>>();
  });
});
