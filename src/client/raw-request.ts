/**
 * A request sent exactly as written, for seeing how a server answers what the typed client would refuse
 * to send (a body that is not JSON, a PATCH without `schemas`, a filter that does not parse).
 *
 * The client adds only `Authorization`, `Accept`, `User-Agent` and, with a body, `Content-Type:
 * application/scim+json`; `headers` may override the last three. Never retried; recorded in
 * `client.exchanges` like every other request, token redacted.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export interface RawRequest {
  /** The HTTP method, e.g. `POST`. */
  readonly method: string;
  /** The path under the base URL, query string included, e.g. `/Users?filter=userName%20eq`. */
  readonly path: string;
  /** The body: a string is sent as it is (so it may be broken JSON), anything else as JSON. */
  readonly body?: unknown;
  /** More request headers (never log a token here: use the client's `token` option). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The answer to a {@link RawRequest}, read but not judged: no typed error is thrown for a 4xx or 5xx.
 * Turn a SCIM Error body into its typed error with `ScimError.fromErrorBody(response.body)`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export interface RawResponse {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body parsed as JSON, its text when it is not JSON, `undefined` when empty; the token redacted. */
  readonly body: unknown;
}
