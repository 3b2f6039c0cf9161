import { z } from "zod";

/**
 * The `meta` attribute: resource metadata that the service provider
 * maintains. RFC 7643 §3.1: "A complex attribute containing resource
 * metadata. All "meta" sub-attributes are assigned by the service provider
 * (have a "mutability" of "readOnly")".
 *
 * - `resourceType`: "The name of the resource type of the resource."
 * - `created`: "The "DateTime" that the resource was added to the service provider."
 * - `lastModified`: "The most recent DateTime that the details of this resource were updated at the service provider."
 * - `location`: "The URI of the resource being returned."
 * - `version`: "The version of the resource being returned", the same value as the ETag header
 *   (RFC 7644 §3.14), e.g. `W/"3694e05e9dff590"`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 */
export const MetaSchema = z
  .object({
    resourceType: z.string().optional(),
    created: z.string().optional(),
    lastModified: z.string().optional(),
    location: z.string().optional(),
    version: z.string().optional(),
  })
  .passthrough();

/** Resource metadata, RFC 7643 §3.1 (see {@link MetaSchema}). */
export interface Meta {
  resourceType?: string;
  created?: string;
  lastModified?: string;
  location?: string;
  version?: string;
  [attribute: string]: unknown;
}
