import { z } from "zod";
import { SchemaUrn } from "./urns.js";

const present = (op: string) =>
  z.custom<unknown>((value) => value !== undefined, { message: `An "${op}" operation needs a value.` });

/**
 * One PATCH operation, RFC 7644 §3.5.2: "Each PATCH operation object MUST
 * have exactly one "op" member, whose value indicates the operation to
 * perform and MAY be one of "add", "remove", or "replace"."
 *
 * - `add` and `replace` carry a `value`; without `path`, the value is an
 *   object of attributes to add or replace on the resource.
 * - `remove` needs a `path`: "If "path" is unspecified, the operation fails
 *   with HTTP status code 400 and a "scimType" error code of "noTarget"."
 *
 * This schema is what a client sends: `op` in lower case. (scimlab's server
 * accepts Entra ID's "Add" and "Replace" only in its entra and lenient
 * dialects; strict refuses them, src/server/dialect.)
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const PatchOperationSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("add"), path: z.string().optional(), value: present("add") }).strict(),
  z.object({ op: z.literal("replace"), path: z.string().optional(), value: present("replace") }).strict(),
  z.object({ op: z.literal("remove"), path: z.string() }).strict(),
]);
/** One PATCH operation, RFC 7644 §3.5.2. */
export type PatchOperation =
  | { op: "add"; path?: string; value?: unknown }
  | { op: "replace"; path?: string; value?: unknown }
  | { op: "remove"; path: string };

/**
 * A PATCH request body, RFC 7644 §3.5.2: "The body of each request MUST
 * contain the "schemas" attribute with the URI value of
 * "urn:ietf:params:scim:api:messages:2.0:PatchOp"" and an "Operations"
 * array. The operations are applied in order and atomically: "If an error
 * occurs … the service provider MUST return an error and the resource MUST
 * NOT be modified."
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const PatchOpSchema = z
  .object({
    schemas: z.tuple([z.literal(SchemaUrn.PatchOp)]),
    Operations: z.array(PatchOperationSchema).min(1),
  })
  .strict();
/** A PATCH request body, RFC 7644 §3.5.2. */
export interface PatchOp {
  schemas: [typeof SchemaUrn.PatchOp];
  /** The operations, applied in order, all or none (RFC 7644 §3.5.2). */
  Operations: PatchOperation[];
}
