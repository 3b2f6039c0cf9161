import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { InvalidSyntaxError } from "../../scim/errors.js";
import { SchemaUrn } from "../../scim/urns.js";
import type { ScimHttpResponse } from "../http-types.js";
import { parseListRequest, type ListParameters } from "../list-query.js";
import { checkProjection, project } from "../projection.js";
import { jsonResponse } from "../responses.js";
import type { RouteRequest } from "../route-request.js";
import type { ServerContext } from "../server-context.js";

const listParameters = ["filter", "sortBy", "sortOrder", "startIndex", "count", "attributes", "excludedAttributes"] as const;

/**
 * `GET /Users?filter=…&sortBy=…&startIndex=…&count=…` (RFC 7644 §3.4.2).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function listResources(context: ServerContext, types: readonly ResourceTypeName[], request: RouteRequest): ScimHttpResponse {
  const params: ListParameters = {};
  for (const name of listParameters) {
    const value = request.query.get(name);
    if (value !== null) params[name] = value;
  }
  return search(context, types, params);
}

/**
 * `POST /Users/.search`, `/Groups/.search` and `/.search` (all types), RFC
 * 7644 §3.4.3: the same query sent as a SearchRequest body, so that filters
 * stay out of URLs and logs. `schemas` may be omitted (leniency); names are
 * matched case-insensitively.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
 */
export function searchResources(context: ServerContext, types: readonly ResourceTypeName[], request: RouteRequest): ScimHttpResponse {
  const body = request.json();
  const schemas = body.schemas;
  if (schemas !== undefined && !(Array.isArray(schemas) && schemas.includes(SchemaUrn.SearchRequest))) {
    throw new InvalidSyntaxError(`A search body's schemas must be ["${SchemaUrn.SearchRequest}"].`, {
      hint: "Leave schemas out or send the SearchRequest URN.",
    });
  }
  const params: ListParameters = {};
  for (const [key, value] of Object.entries(body)) {
    const name = listParameters.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    if (name !== undefined && value !== null) params[name] = value;
  }
  return search(context, types, params);
}

/**
 * Run a query and answer with a ListResponse (RFC 7644 §3.4.2): every
 * resource shaped by `attributes` / `excludedAttributes`; `count=0` gives
 * `totalResults` with an empty `Resources` list.
 */
function search(context: ServerContext, types: readonly ResourceTypeName[], params: ListParameters): ScimHttpResponse {
  const { query, projection } = parseListRequest(params, types, context.limits);
  checkProjection(projection, types);
  const result = context.directory.list(query);
  const resources = result.resources.map((resource) =>
    project(resource, projection, (resource.meta as { resourceType: ResourceTypeName }).resourceType),
  );
  return jsonResponse(200, {
    schemas: [SchemaUrn.ListResponse],
    totalResults: result.totalResults,
    startIndex: query.startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  });
}
