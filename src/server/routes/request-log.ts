import { ScimError } from "../../scim/errors.js";
import type { ScimHttpResponse } from "../http-types.js";
import type { RequestLog } from "../request-log.js";
import { emptyResponse, errorResponse, jsonResponse } from "../responses.js";

/** Where the request log is served, outside the SCIM base path (same bearer token). */
export const requestLogPath = "/scimlab/requests";

/**
 * `GET /scimlab/requests[?limit=N]`: the recorded exchanges, oldest first,
 * as `{ "entries": [...] }`; `DELETE /scimlab/requests` forgets them. Not
 * part of SCIM: a window for notebooks and the web view.
 */
export function requestLogRoute(log: RequestLog, method: string, query: string): ScimHttpResponse {
  if (method === "DELETE") {
    log.clear();
    return emptyResponse(204);
  }
  if (method !== "GET") {
    return errorResponse(new ScimError(405, `${requestLogPath} supports GET and DELETE, not ${method}.`), { allow: "GET, DELETE" });
  }
  const limit = Number(new URLSearchParams(query).get("limit") ?? Number.NaN);
  const entries = log.entries(Number.isSafeInteger(limit) && limit >= 0 ? limit : undefined);
  return jsonResponse(200, { capacity: log.capacity, entries });
}
