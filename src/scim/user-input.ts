import { z } from "zod";
import { rejectUnknownKeys, type ExtensionAttributes } from "./common.js";
import { EnterpriseUserSchema, ManagerSchema } from "./enterprise-user.js";
import {
  AddressSchema,
  EmailSchema,
  EntitlementSchema,
  ImSchema,
  PhoneNumberSchema,
  PhotoSchema,
  RoleSchema,
  X509CertificateSchema,
} from "./multi-valued.js";
import { NameSchema } from "./name.js";
import { userAttributes } from "./user.js";
import { SchemaUrn } from "./urns.js";

const userInputObject = z
  .object({
    ...userAttributes,
    schemas: z.array(z.string()).optional(),
    externalId: z.string().optional(),
    name: NameSchema.strict().optional(),
    emails: z.array(EmailSchema.strict()).optional(),
    phoneNumbers: z.array(PhoneNumberSchema.strict()).optional(),
    ims: z.array(ImSchema.strict()).optional(),
    photos: z.array(PhotoSchema.strict()).optional(),
    addresses: z.array(AddressSchema.strict()).optional(),
    entitlements: z.array(EntitlementSchema.strict()).optional(),
    roles: z.array(RoleSchema.strict()).optional(),
    x509Certificates: z.array(X509CertificateSchema.strict()).optional(),
    [SchemaUrn.EnterpriseUser]: EnterpriseUserSchema.extend({ manager: ManagerSchema.strict().optional() })
      .strict()
      .optional(),
  })
  .strict();

/**
 * What a client sends to create or replace a User (RFC 7644 §3.3, §3.5.1):
 * the User's writable attributes, RFC 7643 §4.1.
 *
 * `schemas` is optional (the client fills it in); `id`, `meta` and `groups`
 * are not accepted, because the service provider assigns them (RFC 7644
 * §3.3: attributes whose mutability is "readOnly" "SHALL be ignored" in a
 * request body). Extension attributes go in objects keyed by the extension's URN.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export type UserInput = z.infer<typeof userInputObject> & ExtensionAttributes;

/**
 * Validates a {@link UserInput} strictly: a misspelled attribute such as
 * `usrName` fails with an issue whose path names it, so mistakes surface
 * before the request is sent. Objects keyed by a URN are accepted as
 * extensions. To send a fetched User back, remove its read-only attributes
 * first with `stripReadOnly("User", user)`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export const UserInputSchema: z.ZodType<UserInput, z.ZodTypeDef, unknown> = userInputObject
  .passthrough()
  .superRefine(rejectUnknownKeys(Object.keys(userInputObject.shape))) as z.ZodType<UserInput, z.ZodTypeDef, unknown>;
