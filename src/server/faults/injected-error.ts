import { ScimError } from "../../scim/errors.js";
import type { ScimHttpResponse } from "../http-types.js";
import { errorResponse } from "../responses.js";
import type { FaultDecision } from "./fault-sessions.js";

const reasons: Record<number, string> = { 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable" };

/**
 * The SCIM Error (RFC 7644 §3.12) that answers a request fault injection
 * picked: the status, a `Retry-After` header in seconds when the clause has
 * one (RFC 7231 §7.1.3, RFC 6585 §4), and a detail that says it was
 * injected by scimlab and by which spec. The request itself was not handled.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function injectedErrorResponse(decision: FaultDecision, status: number, retryAfter: number | undefined): ScimHttpResponse {
  const wait = retryAfter === undefined ? "" : ` Retry after ${retryAfter} s (Retry-After).`;
  const error = new ScimError(
    status,
    `${status} ${reasons[status] ?? ""}, injected by scimlab (Scimlab-Faults: ${decision.spec}) on request ${decision.count} of this session; ` +
      `the request was not handled, so nothing changed.${wait}`,
    { hint: "A client retries this (RFC 7231 §6.6.4, RFC 6585 §4); to stop the faults, leave out Scimlab-Faults or --faults." },
  );
  return errorResponse(error, retryAfter === undefined ? {} : { "retry-after": String(retryAfter) });
}
