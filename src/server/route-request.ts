import { InvalidSyntaxError } from "../scim/errors.js";
import type { DialectName } from "./dialect/dialect-name.js";

/**
 * A request after the handler has parsed its URL: the path segments after
 * `/scim/v2` (percent-decoded), the query, and the body parsed on demand.
 */
export class RouteRequest {
  /** The method in upper case. */
  readonly method: string;
  /** Path segments after the base path: `/Users/42` → `["Users", "42"]`. */
  readonly segments: readonly string[];
  /** The query string. */
  readonly query: URLSearchParams;
  /** Request headers, names in lower case. */
  readonly headers: Record<string, string | undefined>;
  /** The raw body text. */
  readonly body: string;
  /** The dialect profile this request is handled in (`Scimlab-Dialect`, else the server's). @default "strict" */
  readonly dialect: DialectName;
  #json: Record<string, unknown> | undefined;

  constructor(
    method: string,
    segments: readonly string[],
    query: URLSearchParams,
    headers: Record<string, string | undefined>,
    body: string,
    dialect: DialectName = "strict",
  ) {
    this.method = method;
    this.segments = segments;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.dialect = dialect;
  }

  /** The same request with another body, query or dialect (a dialect's rewrite, a Bulk operation's dialect). */
  with(changes: { body?: string; query?: URLSearchParams; dialect?: DialectName }): RouteRequest {
    return new RouteRequest(
      this.method,
      this.segments,
      changes.query ?? this.query,
      this.headers,
      changes.body ?? this.body,
      changes.dialect ?? this.dialect,
    );
  }

  /**
   * The body as a JSON object. Malformed JSON, an empty body and anything
   * but an object (an array, a string) are 400 invalidSyntax (RFC 7644 §3.12).
   *
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
   */
  json(): Record<string, unknown> {
    if (this.#json !== undefined) return this.#json;
    if (this.body.trim() === "") {
      throw new InvalidSyntaxError(`${this.method} needs a JSON body, and this request has none.`, {
        hint: "Send a JSON object with Content-Type: application/scim+json.",
      });
    }
    let value: unknown;
    try {
      value = JSON.parse(this.body);
    } catch (error) {
      throw new InvalidSyntaxError(`The request body is not valid JSON: ${(error as Error).message}.`, {
        cause: error,
        hint: "Check quotes, commas and braces; a JSON linter points at the exact character.",
      });
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new InvalidSyntaxError(`The request body must be a JSON object, not ${Array.isArray(value) ? "an array" : JSON.stringify(value)}.`);
    }
    this.#json = value as Record<string, unknown>;
    return this.#json;
  }

  /** A query parameter, `undefined` when absent. */
  param(name: string): string | undefined {
    return this.query.get(name) ?? undefined;
  }
}
