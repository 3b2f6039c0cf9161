import { z } from "zod";
import { SchemaUrn } from "./urns.js";

const BulkMethodSchema = z.enum(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * One operation of a bulk request, RFC 7644 §3.7:
 *
 * - `method`: "The HTTP method of the current operation. Possible values are
 *   "POST", "PUT", "PATCH", or "DELETE"." REQUIRED.
 * - `bulkId`: "The transient identifier of a newly created resource, unique
 *   within a bulk request and created by the client." REQUIRED for POST;
 *   other operations refer to the new resource as `bulkId:<bulkId>`.
 * - `version`: "The current resource version", for If-Match checks.
 * - `path`: "The resource's relative path to the SCIM service provider's
 *   root", e.g. "/Users" or "/Groups/<id>". REQUIRED.
 * - `data`: "The resource data as it would appear for a single SCIM POST,
 *   PUT, or PATCH operation." REQUIRED for POST, PUT and PATCH.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export const BulkOperationSchema = z
  .object({
    method: BulkMethodSchema,
    bulkId: z.string().optional(),
    version: z.string().optional(),
    path: z.string(),
    data: z.unknown().optional(),
  })
  .strict();
/** One operation of a bulk request, RFC 7644 §3.7. */
export interface BulkOperation extends z.infer<typeof BulkOperationSchema> {}

/**
 * A bulk request, RFC 7644 §3.7: many operations in one HTTP POST to
 * `/Bulk`. `failOnErrors`: "An integer specifying the number of errors that
 * the service provider will accept before the operation is terminated and an
 * error response is returned." Without it, every operation is attempted.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export const BulkRequestSchema = z
  .object({
    schemas: z.tuple([z.literal(SchemaUrn.BulkRequest)]),
    failOnErrors: z.number().int().positive().optional(),
    Operations: z.array(BulkOperationSchema),
  })
  .strict();
/** A bulk request body, RFC 7644 §3.7. */
export interface BulkRequest extends z.infer<typeof BulkRequestSchema> {}

/**
 * The outcome of one bulk operation, RFC 7644 §3.7: `location` ("The
 * resource endpoint URL"), `status` ("The HTTP response status code for the
 * requested operation", a string such as "201" in the RFC's examples;
 * numbers are accepted), and, when it failed, `response` holding a SCIM
 * Error body.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export const BulkOperationResultSchema = z
  .object({
    method: BulkMethodSchema,
    bulkId: z.string().optional(),
    version: z.string().optional(),
    location: z.string().optional(),
    status: z.union([z.string(), z.number()]),
    response: z.unknown().optional(),
  })
  .passthrough();
/** The outcome of one bulk operation, RFC 7644 §3.7. */
export interface BulkOperationResult extends z.infer<typeof BulkOperationResultSchema> {}

/**
 * A bulk response, RFC 7644 §3.7: one result per attempted operation, in
 * request order.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export const BulkResponseSchema = z
  .object({
    schemas: z.array(z.string()),
    Operations: z.array(BulkOperationResultSchema),
  })
  .passthrough();
/** A bulk response body, RFC 7644 §3.7. */
export interface BulkResponse extends z.infer<typeof BulkResponseSchema> {}
