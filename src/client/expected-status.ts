/** What the client is doing, one name per SCIM operation. */
export type Operation = "create" | "get" | "list" | "search" | "replace" | "patch" | "delete" | "bulk" | "discovery";

/** How one operation is sent and which statuses mean success. */
export interface OperationRule {
  /** The HTTP method. */
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The success statuses RFC 7644 allows for it; anything else is an error. */
  readonly statuses: readonly number[];
  /** Whether sending it twice is harmless, so it may be retried on 502/503/504 and a reset connection (429 is retried for every operation). */
  readonly idempotent: boolean;
}

/**
 * The one table of methods, expected statuses and idempotency per operation.
 *
 * 1. Create: POST, "201 Created" (§3.3); not idempotent, a retry could create a duplicate.
 * 2. Get, list: GET, 200 (§3.4.1, §3.4.2); a get with `ifNoneMatch` may also answer 304 (§3.14).
 * 3. Search: POST `/.search`, 200 (§3.4.3); it only reads, so it is retried like a GET.
 * 4. Replace: PUT, 200 (§3.5.1).
 * 5. Patch: PATCH, 200 with the resource or 204 No Content (§3.5.2); not idempotent (`add` appends).
 * 6. Delete: DELETE, "204 No Content" (§3.6).
 * 7. Bulk: POST `/Bulk`, 200 (§3.7); not idempotent.
 * 8. Discovery: GET `/ServiceProviderConfig`, `/ResourceTypes`, `/Schemas`, 200 (§4).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.6
 */
export const OperationTable: Readonly<Record<Operation, OperationRule>> = {
  create: { method: "POST", statuses: [201], idempotent: false },
  get: { method: "GET", statuses: [200], idempotent: true },
  list: { method: "GET", statuses: [200], idempotent: true },
  search: { method: "POST", statuses: [200], idempotent: true },
  replace: { method: "PUT", statuses: [200], idempotent: true },
  patch: { method: "PATCH", statuses: [200, 204], idempotent: false },
  delete: { method: "DELETE", statuses: [204], idempotent: true },
  bulk: { method: "POST", statuses: [200], idempotent: false },
  discovery: { method: "GET", statuses: [200], idempotent: true },
};
