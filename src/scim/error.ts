import { z } from "zod";
import { SchemaUrn } from "./urns.js";

/**
 * The body of a SCIM error response.
 *
 * RFC 7644 §3.12: "status: The HTTP status code (see Section 6 of [RFC7231])
 * expressed as a JSON string. REQUIRED." Some service providers send a
 * number instead, so both are accepted when reading; {@link ScimErrorBody}
 * written by scimlab always carries a string.
 *
 * "scimType: A SCIM detail error keyword. OPTIONAL." and "detail: A detailed
 * human-readable message. OPTIONAL."
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export const ErrorBodySchema = z
  .object({
    schemas: z.tuple([z.literal(SchemaUrn.Error)]),
    status: z.union([z.string(), z.number()]),
    scimType: z.string().optional(),
    detail: z.string().optional(),
  })
  .passthrough();

/**
 * A SCIM error response body, RFC 7644 §3.12.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export interface ScimErrorBody {
  schemas: [typeof SchemaUrn.Error];
  /** The HTTP status, a JSON string on the wire ("400"); numbers are accepted when reading. */
  status: string | number;
  /** A detail error keyword from RFC 7644 §3.12 table 9, such as `uniqueness`. */
  scimType?: string;
  /** A human-readable message. */
  detail?: string;
}
