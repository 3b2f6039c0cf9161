/**
 * The SCIM 2.0 model: schema URNs, errors, zod schemas for resources and
 * protocol messages (RFC 7643, RFC 7644), the RFC 7643 §8.7.1 schema
 * definitions as data, filters and PATCH paths.
 *
 * The types of what a service provider returns (`User`, `Group`, `ServiceProviderConfig`…) and of the
 * protocol messages are interfaces written out beside their schemas, not `z.infer` aliases: tslab type-checks
 * every notebook cell as a new program, and would compute zod's inferred types again in each cell that touches
 * one (half a second for `await client.users.get(id)`), and write them out in full into the declarations it
 * carries to the next cell (test/notebooks/cell-declarations.test.ts). test/scim/model-types.test.ts keeps each
 * interface equal to what its schema reads. The write-side inputs (`UserInput`, `GroupInput`) stay inferred from
 * their strict schemas, which are cheap to check.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643
 * @see https://www.rfc-editor.org/rfc/rfc7644
 * @module
 */
export { SchemaUrn, type SchemaUrnValue } from "./urns.js";
export {
  ScimError,
  isScimError,
  InvalidFilterError,
  TooManyError,
  UniquenessError,
  MutabilityError,
  InvalidSyntaxError,
  InvalidPathError,
  NoTargetError,
  InvalidValueError,
  InvalidVersionError,
  SensitiveError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  PreconditionFailedError,
  PayloadTooLargeError,
  InternalServerError,
  NotImplementedError,
  type ScimType,
  type ScimErrorOptions,
  type ScimSubclassOptions,
  type ScimRequestInfo,
  type FromErrorBodyOptions,
} from "./errors.js";
export { ErrorBodySchema, type ScimErrorBody } from "./error.js";
export { MetaSchema, type Meta } from "./meta.js";
export { NameSchema, type Name } from "./name.js";
export {
  EmailSchema,
  PhoneNumberSchema,
  ImSchema,
  PhotoSchema,
  AddressSchema,
  EntitlementSchema,
  RoleSchema,
  X509CertificateSchema,
  UserGroupSchema,
  type Email,
  type PhoneNumber,
  type Im,
  type Photo,
  type Address,
  type Entitlement,
  type Role,
  type X509Certificate,
  type UserGroup,
  type MultiValuedAttribute,
} from "./multi-valued.js";
export type { CommonAttributes, ExtensionAttributes } from "./common.js";
export { UserSchema, type User } from "./user.js";
export { UserInputSchema, type UserInput } from "./user-input.js";
export { EnterpriseUserSchema, ManagerSchema, type EnterpriseUser, type Manager } from "./enterprise-user.js";
export { GroupSchema, GroupMemberSchema, type Group, type GroupMember } from "./group.js";
export { GroupInputSchema, type GroupInput } from "./group-input.js";
export { listResponseSchema, type ListResponse } from "./list-response.js";
export { SearchRequestSchema, type SearchRequest } from "./search-request.js";
export { PatchOpSchema, PatchOperationSchema, type PatchOp, type PatchOperation } from "./patch-op.js";
export {
  BulkRequestSchema,
  BulkOperationSchema,
  BulkResponseSchema,
  BulkOperationResultSchema,
  type BulkRequest,
  type BulkOperation,
  type BulkResponse,
  type BulkOperationResult,
  type BulkMethod,
} from "./bulk.js";
export {
  ServiceProviderConfigSchema,
  AuthenticationSchemeSchema,
  type ServiceProviderConfig,
  type AuthenticationScheme,
  type Supported,
} from "./service-provider-config.js";
export { ResourceTypeSchema, type ResourceType } from "./resource-type.js";
export {
  SchemaDefinitionSchema,
  AttributeDefinitionSchema,
  type SchemaDefinition,
  type AttributeDefinition,
  type AttributeType,
  type Mutability,
  type Returned,
  type Uniqueness,
} from "./schema.js";
export { UserSchemaDefinition } from "./definitions/user-schema.js";
export { EnterpriseUserSchemaDefinition } from "./definitions/enterprise-user-schema.js";
export { GroupSchemaDefinition } from "./definitions/group-schema.js";
export {
  ServiceProviderConfigSchemaDefinition,
  ResourceTypeSchemaDefinition,
} from "./definitions/service-provider-schemas.js";
export { CommonAttributeDefinitions } from "./definitions/common-attributes.js";
export { UserResourceType, GroupResourceType } from "./definitions/resource-types.js";
export {
  findAttribute,
  stripReadOnly,
  resourceSchemas,
  type ResourceTypeName,
  type ResourceSchemas,
} from "./definitions/attribute-lookup.js";
export { coerceBooleans, coerceResourceBooleans, type CoercedBody, type CoercedBoolean } from "./definitions/coerce-booleans.js";
export * from "./filter/index.js";
export * from "./path.js";
export * from "./patch.js";
