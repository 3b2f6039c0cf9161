import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { isJsonObject, type JsonObject } from "../resource/attribute-access.js";
import type { RouteRequest } from "../route-request.js";
import { normaliseFilter } from "./filter-forms.js";
import { FormGate } from "./form-gate.js";
import { normalisePatch } from "./patch-forms.js";
import { normaliseResource } from "./resource-forms.js";

const resourceTypes: Record<string, ResourceTypeName> = { users: "User", groups: "Group" };

/**
 * Put a request through its dialect before it is handled: each known
 * non-RFC form is rewritten into the RFC form when the dialect accepts it,
 * and refused with a 400 naming the form and its provider when it does not
 * ({@link FormGate}). The PATCH, filter and resource code after it sees RFC
 * requests only.
 *
 * 1. `PATCH /{type}/{id}`: the PatchOp body ({@link normalisePatch}).
 * 2. `POST /{type}`, `PUT /{type}/{id}`: the resource ({@link normaliseResource}).
 * 3. `GET /{type}` (and `/`): the `filter` parameter; `POST …/.search`: the
 *    body's `filter` ({@link normaliseFilter}).
 *
 * A body that is not a JSON object is left alone: the route refuses it.
 * Bulk operations come through here one by one, in the Bulk request's dialect.
 *
 * @returns the request to route (the same one when nothing changed).
 * @throws ScimError (400) refusing a form the dialect does not accept.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function applyDialect(request: RouteRequest): RouteRequest {
  const gate = new FormGate(request.dialect);
  const [first, second, third] = request.segments;
  const type = first === undefined ? undefined : resourceTypes[first.toLowerCase()];
  const isSearch = (first === ".search" && second === undefined) || (type !== undefined && second === ".search" && third === undefined);
  if (request.method === "GET" && (type !== undefined || first === undefined)) {
    const filter = request.query.get("filter");
    if (filter === null) return request;
    const normal = normaliseFilter(filter, gate);
    if (normal === filter) return request;
    const query = new URLSearchParams(request.query);
    query.set("filter", normal);
    return request.with({ query });
  }
  if (request.method === "POST" && isSearch) {
    return rewriteBody(request, (body) => {
      const key = Object.keys(body).find((name) => name.toLowerCase() === "filter");
      const filter = key === undefined ? undefined : body[key];
      if (typeof filter !== "string") return body;
      const normal = normaliseFilter(filter, gate);
      return normal === filter ? body : { ...body, [key!]: normal };
    });
  }
  if (type === undefined || third !== undefined) return request;
  if (request.method === "PATCH" && second !== undefined) return rewriteBody(request, (body) => normalisePatch(body, type, gate));
  if ((request.method === "POST" && second === undefined) || (request.method === "PUT" && second !== undefined && second !== ".search")) {
    return rewriteBody(request, (body) => normaliseResource(body, type, gate));
  }
  return request;
}

function rewriteBody(request: RouteRequest, rewrite: (body: JsonObject) => JsonObject): RouteRequest {
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    return request;
  }
  if (!isJsonObject(body)) return request;
  const normal = rewrite(body);
  return normal === body ? request : request.with({ body: JSON.stringify(normal) });
}
