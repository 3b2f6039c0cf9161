import { z } from "zod";
import { SchemaUrn } from "./urns.js";

/**
 * A query sent with HTTP POST to `/.search`, RFC 7644 §3.4.3: "Clients MAY
 * execute queries without passing parameters on the URL by using the HTTP
 * POST verb combined with the "/.search" path extension." Useful when a
 * filter holds personal data that should not appear in URLs and logs.
 *
 * The parameters are those of GET queries (RFC 7644 §3.4.2): `filter`
 * (§3.4.2.2), `sortBy` and `sortOrder` (§3.4.2.3, "ascending" or
 * "descending"), `startIndex` (1-based) and `count` (§3.4.2.4),
 * `attributes` and `excludedAttributes` (§3.9).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
 */
export const SearchRequestSchema = z
  .object({
    schemas: z.tuple([z.literal(SchemaUrn.SearchRequest)]),
    attributes: z.array(z.string()).optional(),
    excludedAttributes: z.array(z.string()).optional(),
    filter: z.string().optional(),
    sortBy: z.string().optional(),
    sortOrder: z.enum(["ascending", "descending"]).optional(),
    startIndex: z.number().int().optional(),
    count: z.number().int().nonnegative().optional(),
  })
  .strict();

/** A `/.search` request body, RFC 7644 §3.4.3. */
export interface SearchRequest {
  schemas: [typeof SchemaUrn.SearchRequest];
  attributes?: string[];
  excludedAttributes?: string[];
  filter?: string;
  sortBy?: string;
  sortOrder?: "ascending" | "descending";
  startIndex?: number;
  count?: number;
}
