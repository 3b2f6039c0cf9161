import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import type { ScimResource } from "../directory.js";
import { defaultJson } from "../default-json.js";
import { formatVersion, matchesVersion } from "../etag.js";
import type { ScimHttpResponse } from "../http-types.js";
import { readPatchRequest } from "../patch-request.js";
import { checkProjection, project } from "../projection.js";
import { emptyResponse, jsonResponse, scimContentType } from "../responses.js";
import { checkDeclaredSchemas } from "../resource/check-schemas.js";
import type { ProjectionOptions } from "../resource/project.js";
import type { RouteRequest } from "../route-request.js";
import type { ServerContext } from "../server-context.js";

/**
 * `GET /Users/{id}` (RFC 7644 §3.4.1): the resource shaped by `attributes` /
 * `excludedAttributes`, with its `ETag`; `If-None-Match` with the current
 * version answers 304 Not Modified (RFC 7644 §3.14). The default
 * representation is served from the {@link ResponseCache} until the next write.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.1
 */
export function getResource(context: ServerContext, type: ResourceTypeName, id: string, request: RouteRequest): ScimHttpResponse {
  const projection = projectionOf(request);
  const byDefault = projection.attributes === undefined && projection.excludedAttributes === undefined;
  // The cache holds default representations only: ask the store's generation only when it can help.
  const generation = byDefault ? context.directory.store.generation() : "";
  const cached = byDefault ? context.responses.get(id, generation) : undefined;
  if (cached !== undefined && cached.type === type) return defaultResponse(cached.etag, cached.body, request);
  checkProjection(projection, [type]);
  const row = context.directory.row(type, id);
  const etag = formatVersion(row.version);
  const plain = byDefault ? defaultJson(context.directory, row) : undefined;
  if (plain !== undefined) {
    context.responses.set(id, generation, { type, etag, body: plain });
    return defaultResponse(etag, plain, request);
  }
  if (notModified(request, etag)) return emptyResponse(304, { etag });
  return resourceResponse(200, context.directory.materialize(row), type, projection);
}

/** `If-None-Match` names the current version: 304 Not Modified (RFC 7644 §3.14). */
function notModified(request: RouteRequest, etag: string): boolean {
  const ifNoneMatch = request.headers["if-none-match"];
  return ifNoneMatch !== undefined && matchesVersion(ifNoneMatch, etag);
}

/** The default representation as JSON text, or 304 when the client has it already. */
function defaultResponse(etag: string, body: string, request: RouteRequest): ScimHttpResponse {
  if (notModified(request, etag)) return emptyResponse(304, { etag });
  return { status: 200, headers: { "content-type": scimContentType, etag }, body };
}

/**
 * `POST /Users` (RFC 7644 §3.3): 201 Created with the resource, its
 * `Location` and `ETag`. A `schemas` URN the resource type does not declare
 * is 400 invalidValue ({@link checkDeclaredSchemas}).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export function createResource(context: ServerContext, type: ResourceTypeName, request: RouteRequest): ScimHttpResponse {
  const projection = projectionOf(request);
  checkProjection(projection, [type]);
  const body = request.json();
  checkDeclaredSchemas(type, body);
  const resource = context.directory.create(type, body);
  return resourceResponse(201, resource, type, projection);
}

/**
 * `PUT /Users/{id}` (RFC 7644 §3.5.1): 200 with the replaced resource. A
 * `schemas` URN the resource type does not declare is 400 invalidValue
 * ({@link checkDeclaredSchemas}).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export function replaceResource(context: ServerContext, type: ResourceTypeName, id: string, request: RouteRequest): ScimHttpResponse {
  const projection = projectionOf(request);
  checkProjection(projection, [type]);
  const body = request.json();
  checkDeclaredSchemas(type, body);
  const resource = context.directory.replace(type, id, body, request.headers["if-match"]);
  return resourceResponse(200, resource, type, projection);
}

/**
 * `PATCH /Users/{id}` (RFC 7644 §3.5.2). The body is a PatchOp message,
 * checked by {@link readPatchRequest}: `schemas` must be the PatchOp URN and
 * `Operations` a non-empty array (400 invalidSyntax otherwise). The answer is
 * always 200 with the modified resource (the RFC also allows 204; returning
 * the resource lets a client see the result).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function patchResource(context: ServerContext, type: ResourceTypeName, id: string, request: RouteRequest): ScimHttpResponse {
  const operations = readPatchRequest(request.json());
  const projection = projectionOf(request);
  checkProjection(projection, [type]);
  const resource = context.directory.patch(type, id, operations, request.headers["if-match"]);
  return resourceResponse(200, resource, type, projection);
}

/**
 * `DELETE /Users/{id}` (RFC 7644 §3.6): 204 No Content.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.6
 */
export function deleteResource(context: ServerContext, type: ResourceTypeName, id: string, request: RouteRequest): ScimHttpResponse {
  context.directory.delete(type, id, request.headers["if-match"]);
  return emptyResponse(204);
}

/** A single-resource answer: projected by the query's attributes, with `ETag` (and `Location` on 201). */
function resourceResponse(status: number, resource: ScimResource, type: ResourceTypeName, projection: ProjectionOptions): ScimHttpResponse {
  const projected = project(resource, projection, type);
  const headers: Record<string, string> = { etag: versionOf(resource) };
  if (status === 201) headers.location = (resource.meta as { location: string }).location;
  return jsonResponse(status, projected, headers);
}

/**
 * `attributes` / `excludedAttributes` from the query string (RFC 7644 §3.9).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 */
function projectionOf(request: RouteRequest): ProjectionOptions {
  const attributes = request.param("attributes");
  const excludedAttributes = request.param("excludedAttributes");
  return {
    ...(attributes ? { attributes } : {}),
    ...(excludedAttributes ? { excludedAttributes } : {}),
  };
}

function versionOf(resource: ScimResource): string {
  return (resource.meta as { version: string }).version;
}
