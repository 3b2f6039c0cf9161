import { z } from "zod";
import { rejectUnknownKeys, type ExtensionAttributes } from "./common.js";
import { GroupMemberSchema, groupAttributes } from "./group.js";

const groupInputObject = z
  .object({
    ...groupAttributes,
    schemas: z.array(z.string()).optional(),
    externalId: z.string().optional(),
    /** A member to add names who, so `value` (the member's `id`) is required here. */
    members: z.array(GroupMemberSchema.extend({ value: z.string() }).strict()).optional(),
  })
  .strict();

/**
 * What a client sends to create or replace a Group (RFC 7644 §3.3,
 * §3.5.1): `displayName`, `members` and `externalId`. `schemas` is optional
 * (the client fills it in); `id` and `meta` are assigned by the service
 * provider. Extension attributes go in objects keyed by the extension's URN.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export type GroupInput = z.infer<typeof groupInputObject> & ExtensionAttributes;

/**
 * Validates a {@link GroupInput} strictly: an unknown attribute such as
 * `member` (for `members`) fails with an issue whose path names it.
 * Objects keyed by a URN are accepted as extensions.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export const GroupInputSchema: z.ZodType<GroupInput, z.ZodTypeDef, unknown> = groupInputObject
  .passthrough()
  .superRefine(rejectUnknownKeys(Object.keys(groupInputObject.shape))) as z.ZodType<GroupInput, z.ZodTypeDef, unknown>;
