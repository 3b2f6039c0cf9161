import type { Directory } from "./directory.js";
import type { DiscoveryDocuments } from "./discovery.js";
import type { PagingLimits } from "./list-query.js";
import type { ResponseCache } from "./response-cache.js";

/**
 * The limits the server enforces and advertises in `/ServiceProviderConfig`
 * (RFC 7643 §5: `bulk.maxOperations`, `bulk.maxPayloadSize`, `filter.maxResults`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export interface ServerLimits extends PagingLimits {
  /** Operations per Bulk request; more is 413. @default 1000 */
  maxOperations: number;
  /** Bytes per request body (Bulk included); more is 413. @default 1048576 (1 MiB) */
  maxPayloadSize: number;
}

/** The defaults of {@link ServerLimits}. */
export const defaultLimits: ServerLimits = {
  defaultCount: 100,
  maxResults: 1000,
  maxOperations: 1000,
  maxPayloadSize: 1024 * 1024,
};

/** What every route needs: the directory, the public base URL, the limits, the discovery documents and the response cache. */
export interface ServerContext {
  directory: Directory;
  /** `http://host:port/scim/v2`, without a trailing slash. */
  baseUrl: string;
  limits: ServerLimits;
  /** `/ServiceProviderConfig`, `/ResourceTypes`, `/Schemas`, built once. */
  discovery: DiscoveryDocuments;
  /** Default GET-by-id responses, valid until the next write. */
  responses: ResponseCache;
}
