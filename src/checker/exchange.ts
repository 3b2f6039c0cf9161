import { request as send } from "undici";

/** The media type of SCIM messages. @see https://www.rfc-editor.org/rfc/rfc7644#section-8.1 */
export const SCIM_MEDIA_TYPE = "application/scim+json";

/** A request the checker sends: path relative to the base URL (with its query), and a JSON or raw body. */
export interface CheckRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** E.g. `/Users?filter=...`; encoded by the caller. */
  path: string;
  /** A JSON body (sent as application/scim+json). */
  json?: unknown;
  /** A raw body, sent as is (for malformed input). */
  raw?: string;
  /** Extra headers (If-Match, Content-Type…). */
  headers?: Record<string, string>;
  /** Send no Authorization header. */
  anonymous?: boolean;
}

/** One request and its answer, as the checker saw them on the wire. */
export interface Exchange {
  request: CheckRequest;
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  text: string;
  /** The body parsed as JSON, `undefined` when it is empty or not JSON. */
  body: unknown;
}

/** Where and how to send: the base URL, without a trailing slash, and the bearer token. */
export interface Target {
  baseUrl: string;
  token?: string;
  /** Headers sent on every request. */
  headers?: Record<string, string>;
}

/** How long the checker waits for an answer. @default 15000 */
const TIMEOUT_MS = 15_000;

/**
 * Send one request with undici (no retries, no validation: the checker wants the exact status, headers and
 * body) and read the whole answer.
 */
export async function exchange(target: Target, request: CheckRequest): Promise<Exchange> {
  const headers: Record<string, string> = { accept: SCIM_MEDIA_TYPE, ...target.headers };
  if (target.token !== undefined && !request.anonymous) headers.authorization = `Bearer ${target.token}`;
  let body: string | undefined;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers["content-type"] = SCIM_MEDIA_TYPE;
  } else if (request.raw !== undefined) {
    body = request.raw;
    headers["content-type"] = SCIM_MEDIA_TYPE;
  }
  Object.assign(headers, request.headers);
  const answer = await send(`${target.baseUrl}${request.path}`, {
    method: request.method,
    headers,
    body,
    headersTimeout: TIMEOUT_MS,
    bodyTimeout: TIMEOUT_MS,
  });
  const text = await answer.body.text();
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return { request, status: answer.statusCode, headers: flat, text, body: parseJson(text) };
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
