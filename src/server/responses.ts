import { PayloadTooLargeError, type ScimError } from "../scim/errors.js";
import type { ScimHttpResponse } from "./http-types.js";

/**
 * The media type of every response, RFC 7644 §3.1: "application/scim+json".
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export const scimContentType = "application/scim+json; charset=utf-8";

/** A JSON response with the SCIM content type and any extra headers. */
export function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): ScimHttpResponse {
  return { status, headers: { "content-type": scimContentType, ...headers }, body: JSON.stringify(body) };
}

/** A response with no body (204 No Content, 304 Not Modified). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): ScimHttpResponse {
  return { status, headers, body: "" };
}

/**
 * A SCIM Error response (RFC 7644 §3.12): `status` as a string, `scimType`
 * when the error has one, `detail`. A 401 also carries
 * `WWW-Authenticate: Bearer realm="scimlab"` (RFC 6750 §3).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function errorResponse(error: ScimError, headers?: Record<string, string>): ScimHttpResponse {
  const extra: Record<string, string> = { ...headers };
  if (error.status === 401) extra["www-authenticate"] = 'Bearer realm="scimlab"';
  return jsonResponse(error.status, error.toErrorBody(), extra);
}

/**
 * The 413 for a request body over `maxPayloadSize` bytes (RFC 7644 §3.12,
 * advertised as `bulk.maxPayloadSize`, §3.7.4): raised by the handler, and by
 * {@link listen} as soon as the body it reads grows past the limit.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7.4
 */
export function payloadTooLarge(maxPayloadSize: number): PayloadTooLargeError {
  return new PayloadTooLargeError(`The request body is larger than ${maxPayloadSize} bytes.`, {
    hint: "Split the work into smaller requests (Bulk: fewer operations per request).",
  });
}
