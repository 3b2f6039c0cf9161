import { z } from "zod";
import { SchemaUrn } from "./urns.js";

const BulkMethodSchema = z.enum(["POST", "PUT", "PATCH", "DELETE"]);
/** The methods a bulk operation may use, RFC 7644 §3.7. */
export type BulkMethod = "POST" | "PUT" | "PATCH" | "DELETE";

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
export interface BulkOperation {
  method: BulkMethod;
  /** A name for a created resource, so that later operations can refer to it as "bulkId:<bulkId>". */
  bulkId?: string;
  /** The resource version to match (like If-Match). */
  version?: string;
  /** The endpoint or resource, e.g. "/Users" or "/Users/<id>". */
  path: string;
  /** The request body. */
  data?: unknown;
}

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
export interface BulkRequest {
  schemas: [typeof SchemaUrn.BulkRequest];
  /** Stop after this many errors. */
  failOnErrors?: number;
  Operations: BulkOperation[];
}

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
export interface BulkOperationResult {
  method: BulkMethod;
  bulkId?: string;
  version?: string;
  /** The URI of the resource the operation wrote. */
  location?: string;
  /** The operation's HTTP status, e.g. "201" (a string in RFC 7644's examples; some servers send a number). */
  status: string | number;
  /** The operation's answer body, e.g. a SCIM error. */
  response?: unknown;
  [attribute: string]: unknown;
}

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
export interface BulkResponse {
  schemas: string[];
  Operations: BulkOperationResult[];
  [attribute: string]: unknown;
}
