/**
 * The ways real SCIM service providers bend RFC 7643 / RFC 7644, one bend each, as the bending proxy applies them
 * to the embedded server's exchanges. Each names the rule it breaks and the section that states it, so a test can
 * look for that section in a chapter's deviation report.
 */

/** One exchange as the proxy sees it: the request, and (once forwarded) the response, bodies parsed as JSON. */
export interface ProxyRequest {
  method: string;
  /** The path under the base URL, e.g. `/Users/2819c223`, and the query parameters. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

export interface ProxyResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** What a bend may do: answer in the server's place, rewrite the request, or rewrite the response. */
export interface Bend {
  /** The RFC section whose rule this bend breaks, as a deviation report cites it, e.g. `RFC 7643 §5`. */
  readonly rfc: string;
  /** What real servers do, in a few words. */
  readonly does: string;
  /** Answer without asking the server (the bend refuses), or undefined to go on. */
  answer?(request: ProxyRequest): ProxyResponse | undefined;
  /** Rewrite the request before it is forwarded; `fetchCurrent` reads a resource from the server as it is. */
  request?(request: ProxyRequest, fetchCurrent: (path: string) => Promise<unknown>): Promise<ProxyRequest> | ProxyRequest;
  /** Rewrite the server's response. */
  response?(response: ProxyResponse, request: ProxyRequest): ProxyResponse;
}

const errorUrn = "urn:ietf:params:scim:api:messages:2.0:Error";
const listUrn = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

/** The resources a body carries: the body itself, or a list response's `Resources`. */
function resourcesOf(body: unknown): Json[] {
  if (!isObject(body)) return [];
  if (Array.isArray(body.Resources)) return body.Resources.filter(isObject);
  return "id" in body ? [body] : [];
}

const isResourceRequest = (request: ProxyRequest) => /^\/(Users|Groups)(\/|$)/.test(request.path);

/** The filter of a query, from the URL or a POST /.search body. */
function filterOf(request: ProxyRequest): string | undefined {
  if (request.path.endsWith("/.search") && isObject(request.body)) return request.body.filter as string | undefined;
  return request.query.get("filter") ?? undefined;
}

/** A filter's text without its quoted strings and schema URN prefixes (`urn:…:2.0:User:`), whose dots are no paths. */
function withoutUrnsAndStrings(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/urn:[^\s()\[\]]*:/gi, "");
}

function error(status: number, detail: string, scimType?: string): ProxyResponse {
  return {
    status,
    headers: { "content-type": "application/scim+json" },
    body: { schemas: [errorUrn], status: String(status), ...(scimType ? { scimType } : {}), detail },
  };
}

/** Every bend, by name. */
export const bends = {
  "discovery-without-numbers": {
    rfc: "RFC 7643 §5",
    does: "advertises Bulk as unsupported without the REQUIRED maxOperations and maxPayloadSize",
    answer: (request) => (request.path.startsWith("/Bulk") ? error(501, "Bulk is not supported") : undefined),
    response(response, request) {
      if (request.path === "/ServiceProviderConfig" && isObject(response.body)) response.body.bulk = { supported: false };
      return response;
    },
  },
  "hollow-attributes": {
    rfc: "RFC 7644 §3.9",
    does: "answers attributes= with multi-valued attributes emptied of their sub-attributes",
    response(response, request) {
      if (!request.query.has("attributes")) return response;
      for (const resource of resourcesOf(response.body)) {
        for (const name of ["members", "emails", "groups"]) {
          if (Array.isArray(resource[name])) resource[name] = (resource[name] as unknown[]).map(() => ({}));
        }
      }
      return response;
    },
  },
  "no-derived-groups": {
    rfc: "RFC 7643 §4.1.2",
    does: "never fills in a User's groups, and finds no user by groups",
    answer(request) {
      if (!request.path.startsWith("/Users") || !/\bgroups\b/i.test(filterOf(request) ?? "")) return undefined;
      const body = { schemas: [listUrn], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] };
      return { status: 200, headers: { "content-type": "application/scim+json" }, body };
    },
    response(response, request) {
      if (request.path.startsWith("/Users")) for (const resource of resourcesOf(response.body)) delete resource.groups;
      return response;
    },
  },
  "put-merges": {
    rfc: "RFC 7644 §3.5.1",
    does: "merges a PUT into the stored resource instead of replacing it",
    async request(request, fetchCurrent) {
      if (request.method !== "PUT" || !isResourceRequest(request) || !isObject(request.body)) return request;
      const current = await fetchCurrent(request.path);
      if (!isObject(current)) return request;
      const { meta: _meta, groups: _groups, ...kept } = current;
      return { ...request, body: { ...kept, ...request.body } };
    },
  },
  "total-results-page-size": {
    rfc: "RFC 7644 §3.4.2",
    does: "reports totalResults as the number of resources on the page",
    response(response) {
      if (isObject(response.body) && Array.isArray(response.body.Resources)) response.body.totalResults = response.body.Resources.length;
      return response;
    },
  },
  "errors-without-scimtype": {
    rfc: "RFC 7644 §3.12",
    does: "answers a 400 without a scimType",
    response(response) {
      if (response.status === 400 && isObject(response.body)) delete response.body.scimType;
      return response;
    },
  },
  "sub-attribute-filters-refused": {
    rfc: "RFC 7644 §3.4.2.2",
    does: "refuses filters on sub-attributes and value paths with 400 invalidPath",
    answer(request) {
      const text = filterOf(request);
      if (text === undefined || !/\w\.\w|\[/.test(withoutUrnsAndStrings(text))) return undefined;
      return error(400, `Unsupported filter path in "${text}"`, "invalidPath");
    },
  },
  "patch-204": {
    rfc: "RFC 7644 §3.5.2",
    does: "answers a successful PATCH with 204 No Content",
    response(response, request) {
      if (request.method !== "PATCH" || response.status !== 200) return response;
      const { "content-type": _type, ...headers } = response.headers;
      return { status: 204, headers, body: undefined };
    },
  },
  "no-etags": {
    rfc: "RFC 7644 §3.14",
    does: "sends no ETag and no meta.version, and ignores If-Match and If-None-Match",
    request(request) {
      const { "if-match": _match, "if-none-match": _noneMatch, ...headers } = request.headers;
      return { ...request, headers };
    },
    response(response) {
      delete response.headers.etag;
      for (const resource of resourcesOf(response.body)) if (isObject(resource.meta)) delete resource.meta.version;
      return response;
    },
  },
  "no-location": {
    rfc: "RFC 7644 §3.3",
    does: "answers 201 Created without a Location header",
    response(response) {
      delete response.headers.location;
      return response;
    },
  },
  "list-items-without-schemas": {
    rfc: "RFC 7643 §3",
    does: "leaves schemas out of the resources of a list response",
    response(response) {
      if (isObject(response.body) && Array.isArray(response.body.Resources)) {
        for (const resource of response.body.Resources) if (isObject(resource)) delete resource.schemas;
      }
      return response;
    },
  },
  "strings-for-booleans": {
    rfc: "RFC 7643 §2.3.2",
    does: 'sends "true" and "false" as strings for active and primary',
    response(response) {
      for (const resource of resourcesOf(response.body)) {
        if (typeof resource.active === "boolean") resource.active = String(resource.active);
        for (const item of Array.isArray(resource.emails) ? resource.emails : []) {
          if (isObject(item) && typeof item.primary === "boolean") item.primary = String(item.primary);
        }
      }
      return response;
    },
  },
} satisfies Record<string, Bend>;

/** A bend's name. */
export type BendName = keyof typeof bends;

/** Every bend's name, in the order above. */
export const bendNames = Object.keys(bends) as BendName[];
