import type { IncomingMessage, ServerResponse } from "node:http";
import { InvalidSyntaxError, NotFoundError, PayloadTooLargeError, ScimError } from "../../scim/errors.js";

/**
 * One HTTP request to a server you write in a notebook, read for you: the
 * method, the path split into resource and id, the query, the headers and
 * the JSON body. Your handler answers it with a {@link ScimReply}.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.2
 */
export interface ScimRequest {
  /** The HTTP method, upper-case: `"GET"`, `"POST"`, `"PUT"`, `"PATCH"`, `"DELETE"`. */
  method: string;
  /** The path under the base URL, without the query, e.g. `"/Users/2819c223"`. */
  path: string;
  /** The first path segment: `"Users"`, `"Groups"`, `"ServiceProviderConfig"`, `"ResourceTypes"`, `"Schemas"`… */
  resource: string;
  /** The second path segment (decoded), e.g. a resource's `id`; `undefined` on a collection such as `/Users`. */
  id?: string;
  /** The query parameters, e.g. `query.get("filter")`. */
  query: URLSearchParams;
  /** The request headers, names in lower case (`headers["if-match"]`). */
  headers: Record<string, string>;
  /** The body parsed as JSON; `undefined` when the request has none. */
  body: any;
  /** The server's base URL, e.g. `"http://127.0.0.1:40123/scim/v2"`: what `meta.location` and `Location` start with. */
  baseUrl: string;
}

/**
 * What a handler answers: a status, a body (sent as JSON) and headers. A
 * SCIM body is sent with `Content-Type: application/scim+json`
 * (RFC 7644 §3.1): that header is yours to set; without it the body goes
 * out as `application/json`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export interface ScimReply {
  /** The HTTP status, e.g. `201`. */
  status: number;
  /** The body, serialised as JSON; none when `undefined` (a `204`). */
  body?: unknown;
  /** Response headers, e.g. `{ Location: "…", ETag: 'W/"1"' }`. */
  headers?: Record<string, string>;
}

/** A request body larger than this is answered 413 (RFC 7644 §3.12, `tooLarge`). */
export const maxBodyBytes = 1024 * 1024;

/**
 * Read a Node request into a {@link ScimRequest}, its path taken relative to
 * `basePath` (the path of `baseUrl`, e.g. `/scim/v2`). A path outside it
 * throws a `NotFoundError` (404); a body that is not JSON an
 * `InvalidSyntaxError` (400, `invalidSyntax`); a body over 1 MB a
 * `PayloadTooLargeError` (413).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export async function readScimRequest(request: IncomingMessage, baseUrl: string): Promise<ScimRequest> {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  // Not new URL(request.url): a path such as "//Users" would be read as a host.
  const raw = request.url ?? "/";
  const mark = raw.indexOf("?");
  const fullPath = `/${(mark < 0 ? raw : raw.slice(0, mark)).split("/").filter((segment) => segment !== "").join("/")}`;
  if (basePath !== "" && fullPath !== basePath && !fullPath.startsWith(`${basePath}/`)) {
    throw new NotFoundError(`No SCIM endpoint at ${fullPath}: this server serves under ${basePath}.`);
  }
  const pathname = fullPath.slice(basePath.length) || "/";
  const query = new URLSearchParams(mark < 0 ? "" : raw.slice(mark + 1));
  const segments = pathname.split("/").filter((segment) => segment !== "");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  const text = await readText(request);
  let body: unknown;
  if (text.trim() !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      throw new InvalidSyntaxError("The request body is not JSON (RFC 7644 §3.12).");
    }
  }
  return {
    method: (request.method ?? "GET").toUpperCase(),
    path: pathname,
    resource: decode(segments[0]) ?? "",
    id: decode(segments[1]),
    query,
    headers,
    body,
    baseUrl,
  };
}

/** Write a {@link ScimReply}; a body goes out as JSON, with `application/json` unless the reply sets a Content-Type. */
export function writeScimReply(response: ServerResponse, reply: ScimReply): void {
  const headers: Record<string, string> = { ...(reply.headers ?? {}) };
  const hasType = Object.keys(headers).some((name) => name.toLowerCase() === "content-type");
  if (reply.body !== undefined && !hasType) headers["Content-Type"] = "application/json";
  response.writeHead(reply.status, headers);
  response.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
}

/**
 * The reply for a SCIM error: its status, and the Error body
 * `{ schemas, status, scimType, detail }` as `application/scim+json`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function errorReply(error: ScimError): ScimReply {
  return { status: error.status, body: error.toErrorBody(), headers: { "Content-Type": "application/scim+json" } };
}

function decode(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new PayloadTooLargeError(`The request body is over ${maxBodyBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
