import type { ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import { isScimError, NotFoundError, NotImplementedError, ScimError } from "../scim/errors.js";
import type { ScimHttpResponse } from "./http-types.js";
import { errorResponse } from "./responses.js";
import type { RouteRequest } from "./route-request.js";
import { runBulk } from "./bulk.js";
import { applyDialect } from "./dialect/apply-dialect.js";
import { discoveryEndpoints, discoveryRoute } from "./routes/discovery.js";
import { createResource, deleteResource, getResource, patchResource, replaceResource } from "./routes/resources.js";
import { listResources, searchResources } from "./routes/search.js";
import type { ServerContext } from "./server-context.js";

/** A route: answers one request, synchronously (so that a Bulk runs in one transaction). */
type Route = (context: ServerContext, request: RouteRequest) => ScimHttpResponse;

/** The methods of one endpoint; any other method is 405. */
type Endpoint = Partial<Record<string, Route>>;

const resourceTypes: Record<string, ResourceTypeName> = { users: "User", groups: "Group" };
const allTypes: readonly ResourceTypeName[] = ["User", "Group"];

/**
 * Find the endpoint for the path segments after `/scim/v2` (RFC 7644 §3.2):
 * `/Users` and `/Groups` (one resource router for both types), `/{type}/{id}`,
 * `/{type}/.search`, `/.search`, `/Bulk`, `/Me` and the discovery endpoints.
 * Endpoint names match case-insensitively (leniency).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.2
 */
function findEndpoint(segments: readonly string[]): Endpoint | undefined {
  const [first, second, ...rest] = segments;
  if (first === undefined) return undefined;
  const name = first.toLowerCase();
  const type = resourceTypes[name];
  if (type !== undefined) {
    if (second === undefined) {
      return {
        GET: (context, request) => listResources(context, [type], request),
        POST: (context, request) => createResource(context, type, request),
      };
    }
    if (rest.length > 0) return undefined;
    if (second === ".search") return { POST: (context, request) => searchResources(context, [type], request) };
    return {
      GET: (context, request) => getResource(context, type, second, request),
      PUT: (context, request) => replaceResource(context, type, second, request),
      PATCH: (context, request) => patchResource(context, type, second, request),
      DELETE: (context, request) => deleteResource(context, type, second, request),
    };
  }
  if (name === ".search" && second === undefined) return { POST: (context, request) => searchResources(context, allTypes, request) };
  if (name === "me") return meEndpoint;
  if (name === "bulk" && second === undefined) {
    // Each operation is routed in the Bulk request's dialect.
    return { POST: (context, request) => runBulk(context, request, (inner, operation) => route(inner, operation.with({ dialect: request.dialect }))) };
  }
  if (discoveryEndpoints.has(name)) return { GET: discoveryGet };
  return undefined;
}

/**
 * Answer a request: 404 for an unknown endpoint, 405 (with `Allow`) for a
 * method the endpoint does not have, else the route's answer, after the
 * request's dialect has rewritten (or refused) its non-RFC forms
 * ({@link applyDialect}). A {@link ScimError} thrown by a route becomes its
 * SCIM Error response.
 */
export function route(context: ServerContext, original: RouteRequest): ScimHttpResponse {
  try {
    const request = applyDialect(original);
    const endpoint = findEndpoint(request.segments);
    if (endpoint === undefined) throw notFound(request);
    const handle = endpoint[request.method];
    if (handle === undefined) return methodNotAllowed(request, Object.keys(endpoint));
    return handle(context, request);
  } catch (error) {
    if (isScimError(error)) return errorResponse(error);
    throw error;
  }
}

function notFound(request: RouteRequest): NotFoundError {
  return new NotFoundError(`There is no SCIM endpoint at /${request.segments.join("/")}.`, {
    hint: "The endpoints are /Users, /Groups, /.search, /Bulk, /ServiceProviderConfig, /ResourceTypes and /Schemas.",
  });
}

function methodNotAllowed(request: RouteRequest, allowed: string[]): ScimHttpResponse {
  const error = new ScimError(405, `/${request.segments.join("/")} does not support ${request.method}.`, {
    hint: `Use ${allowed.join(", ")}.`,
  });
  return errorResponse(error, { allow: allowed.join(", ") });
}

/** Any method on `/Me`: 501, RFC 7644 §3.11 (this server has no notion of the authenticated subject). */
const meRoute: Route = () => {
  throw new NotImplementedError(
    "/Me is not implemented: the bearer token of this server is a shared development token, not a user, so there is no \"me\" to resolve.",
    { hint: "Use /Users/{id} with the id of the user you mean." },
  );
};
const discoveryGet: Route = (context, request) => {
  const response = discoveryRoute(context.discovery, request);
  if (response === undefined) throw notFound(request);
  return response;
};

const meEndpoint: Endpoint = { GET: meRoute, POST: meRoute, PUT: meRoute, PATCH: meRoute, DELETE: meRoute };
