import { z } from "zod";
import { SchemaUrn } from "./urns.js";

/**
 * A query response, RFC 7644 §3.4.2: "A JSON body… that contains a "schemas"
 * attribute with the URI value of
 * "urn:ietf:params:scim:api:messages:2.0:ListResponse"".
 *
 * - `totalResults`: "The total number of results returned by the list or
 *   query operation." REQUIRED — the number of matches, not the page size.
 * - `Resources`: "A multi-valued list of complex objects containing the
 *   requested resources." REQUIRED if `totalResults` is non-zero.
 * - `startIndex`: "The 1-based index of the first result in the current set
 *   of list results." REQUIRED when partial results are returned.
 * - `itemsPerPage`: "The number of resources returned in a list response
 *   page." REQUIRED when partial results are returned.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export interface ListResponse<T> {
  schemas: string[];
  totalResults: number;
  startIndex?: number;
  itemsPerPage?: number;
  Resources: T[];
}

/**
 * A zod schema for a {@link ListResponse} of `item`. A response with no
 * matches may leave out `Resources`; it parses as an empty array.
 *
 * @example listResponseSchema(UserSchema).parse(await response.json())
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function listResponseSchema<T>(
  item: z.ZodType<T, z.ZodTypeDef, unknown>,
): z.ZodType<ListResponse<T>, z.ZodTypeDef, unknown> {
  return z
    .object({
      schemas: z.array(z.string()).refine((urns) => urns.includes(SchemaUrn.ListResponse), {
        message: `schemas must include ${SchemaUrn.ListResponse}`,
      }),
      totalResults: z.number().int().nonnegative(),
      startIndex: z.number().int().optional(),
      itemsPerPage: z.number().int().optional(),
      Resources: z.array(item).default([]),
    })
    .passthrough();
}
