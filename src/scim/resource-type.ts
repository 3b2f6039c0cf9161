import { z } from "zod";
import { MetaSchema, type Meta } from "./meta.js";

/**
 * A resource type, served at `/ResourceTypes`. RFC 7643 §6: "The
 * "ResourceType" schema specifies the metadata about a resource type."
 *
 * - `id`: "The resource type's server unique id. This is often the same
 *   value as the "name" attribute."
 * - `name`: "The resource type name", e.g. "User".
 * - `description`: "The resource type's human-readable description."
 * - `endpoint`: "The resource type's HTTP-addressable endpoint relative to
 *   the Base URL of the service provider, e.g., "Users"" (the RFC's own
 *   examples write "/Users").
 * - `schema`: "The resource type's primary/base schema URI".
 * - `schemaExtensions`: the extension schemas (`schema`) and whether each is
 *   `required` on every resource of the type.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export const ResourceTypeSchema = z
  .object({
    /** REQUIRED (RFC 7643 §3), but read as optional: a missing one is recorded as a deviation, not refused. */
    schemas: z.array(z.string()).optional(),
    id: z.string().optional(),
    name: z.string(),
    description: z.string().optional(),
    endpoint: z.string(),
    schema: z.string(),
    schemaExtensions: z.array(z.object({ schema: z.string(), required: z.boolean() }).passthrough()).optional(),
    meta: MetaSchema.optional(),
  })
  .passthrough();
/** A resource type, RFC 7643 §6. */
export interface ResourceType {
  schemas?: string[];
  id?: string;
  /** The resource type's name, e.g. "User". */
  name: string;
  description?: string;
  /** Its endpoint, relative to the base URL, e.g. "/Users". */
  endpoint: string;
  /** The URN of its core schema. */
  schema: string;
  /** The extensions it carries, and whether each is required. */
  schemaExtensions?: { schema: string; required: boolean; [attribute: string]: unknown }[];
  meta?: Meta;
  [attribute: string]: unknown;
}
