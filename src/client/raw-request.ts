/**
 * A request sent as given, without the client's checks: what an identity provider's body looks like
 * on the wire, even where it departs from RFC 7644 (`"op": "Replace"`, `"active": "False"`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export interface RawRequest {
  /** The HTTP method, e.g. `"PATCH"`. */
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The path under the base URL, e.g. `/Users/2819c223` (a query string may follow `?`). */
  readonly path: string;
  /** The JSON body, sent as it is (no `schemas` filled in, no read-only attribute dropped). */
  readonly body?: unknown;
  /** Extra request headers (`If-Match`); `Authorization` is the client's own and cannot be replaced. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The server's answer to a {@link RawRequest}, whatever its status: a raw request never throws for
 * an HTTP status (only when no answer arrives: a network error, a timeout).
 */
export interface RawResponse {
  /** The HTTP status, e.g. `400`. */
  readonly status: number;
  /** The response headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body parsed as JSON, its text when it is not JSON, `undefined` when empty. */
  readonly body: unknown;
}

/** The path and query of a raw request's `path` (`/Users?filter=…`), split for the URL builder. */
export function splitRawPath(path: string): { path: string; query: Record<string, string> } {
  const at = path.indexOf("?");
  if (at < 0) return { path, query: {} };
  return { path: path.slice(0, at), query: Object.fromEntries(new URLSearchParams(path.slice(at + 1))) };
}
