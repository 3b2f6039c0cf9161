import { ForbiddenError, NotFoundError } from "../../scim/errors.js";
import { SchemaUrn } from "../../scim/urns.js";
import { withLabExtension } from "../dialect/lab-extension.js";
import type { DiscoveryDocuments } from "../discovery.js";
import type { ScimHttpResponse } from "../http-types.js";
import { jsonResponse } from "../responses.js";
import type { RouteRequest } from "../route-request.js";

/**
 * `GET /ServiceProviderConfig`, `/ResourceTypes[/{name}]`, `/Schemas[/{urn}]`
 * (RFC 7644 §4). RFC 7644 §4: a filter on these endpoints is refused with
 * 403 ("If a 'filter' is provided, the service provider SHOULD respond with
 * HTTP status code 403 (Forbidden)"). `/ServiceProviderConfig` carries
 * scimlab's lab extension ({@link withLabExtension}) with the request's dialect.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-4
 */
export function discoveryRoute(documents: DiscoveryDocuments, request: RouteRequest): ScimHttpResponse | undefined {
  const [first, second, ...rest] = request.segments;
  if (rest.length > 0 || first === undefined) return undefined;
  if (request.query.has("filter")) {
    throw new ForbiddenError(`/${first} does not support filtering (RFC 7644 §4).`, {
      hint: "Fetch the whole list and filter it on your side.",
    });
  }
  switch (first.toLowerCase()) {
    case "serviceproviderconfig":
      return second === undefined ? jsonResponse(200, withLabExtension(documents.serviceProviderConfig, request.dialect)) : undefined;
    case "resourcetypes":
      return listOrOne(documents.resourceTypes, second, (item) => String(item.id ?? item.name), "resource type", "ResourceTypes");
    case "schemas":
      return listOrOne(documents.schemas, second, (item) => String(item.id), "schema", "Schemas");
    default:
      return undefined;
  }
}

/** The discovery endpoint names, lower-case (for routing). */
export const discoveryEndpoints = new Set(["serviceproviderconfig", "resourcetypes", "schemas"]);

function listOrOne(
  items: Record<string, unknown>[],
  id: string | undefined,
  idOf: (item: Record<string, unknown>) => string,
  label: string,
  endpoint: string,
): ScimHttpResponse {
  if (id === undefined) {
    return jsonResponse(200, {
      schemas: [SchemaUrn.ListResponse],
      totalResults: items.length,
      startIndex: 1,
      itemsPerPage: items.length,
      Resources: items,
    });
  }
  const item = items.find((candidate) => idOf(candidate).toLowerCase() === id.toLowerCase());
  if (item === undefined) {
    throw new NotFoundError(`There is no ${label} "${id}".`, {
      hint: `GET /${endpoint} lists them: ${items.map(idOf).join(", ")}.`,
    });
  }
  return jsonResponse(200, item);
}
