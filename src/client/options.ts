import type { Dispatcher } from "undici";
import type { RetryOptions } from "./retry.js";
import { warnOnce, type WarningHandler } from "./warnings.js";

/**
 * How a {@link ScimClient} connects: where, with which token, and how patiently.
 *
 * Every option is optional; missing ones come from {@link ClientDefaults}. Use
 * `ScimClient.fromEnvironment()` to read the base URL and token from the environment instead.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export interface ScimClientOptions {
  /**
   * The SCIM service's base URL, ending before `/Users` (e.g. `http://127.0.0.1:8880/scim/v2`).
   * @default "http://127.0.0.1:8880/scim/v2"
   */
  baseUrl?: string | URL;
  /**
   * The bearer token sent as `Authorization: Bearer <token>`; never logged or shown.
   * @default undefined (no Authorization header)
   */
  token?: string;
  /**
   * How long one request may take, headers and body, in milliseconds; `false` waits forever.
   * @default 10000
   */
  timeout?: number | false;
  /**
   * The total time one call may take across its retries and the waits between them, in milliseconds;
   * `false` for no limit. Each call may pass its own. `all()` applies it to each page.
   * @default 60000
   */
  deadline?: number | false;
  /**
   * Retries: a number sets `limit`, an object overrides fields. 429 is retried for every request (it
   * was not processed, RFC 6585 §4); 502/503/504 and a reset connection only for GET, PUT, DELETE and
   * POST `/.search`. A `Retry-After` longer than `maxDelayMs` is not cut short: the call fails with a
   * `RetryAfterTooLongError`.
   * @default { limit: 2, statusCodes: [429, 502, 503, 504], maxDelayMs: 10000, baseDelayMs: 300 }
   */
  retry?: number | Partial<RetryOptions>;
  /**
   * The most keep-alive connections kept open to the server.
   * @default 10
   */
  connections?: number;
  /**
   * How many exchanges `client.exchanges` keeps (0 keeps none).
   * @default 50
   */
  exchangeLog?: number;
  /**
   * Told of every warning (read-only attributes left out of a request, an invalid resource skipped);
   * `client.warnings` keeps the last 50 either way.
   * @default each distinct message once to `console.warn`
   */
  onWarning?: WarningHandler;
  /**
   * The `User-Agent` header.
   * @default "scimlab-client/0.1"
   */
  userAgent?: string;
  /**
   * An undici dispatcher to send requests through instead of the client's own keep-alive pool
   * (tests pass a `MockAgent`). The client does not close a dispatcher it was given.
   * @default undefined (an undici Agent with keep-alive, closed by `client.close()`)
   */
  dispatcher?: Dispatcher;
  /**
   * The dialect profile scimlab's embedded server handles this client's requests in, sent as the
   * `Scimlab-Dialect` header on every request: `strict` (RFC 7643/7644 only), `entra`, `okta` or
   * `lenient` (see `scimlab serve --dialect`). It only affects scimlab's embedded server; any other
   * SCIM server ignores the header.
   * @default undefined (no header: the server's own dialect)
   */
  dialect?: ScimlabDialect;
  /**
   * A fault spec for this client's session on scimlab's embedded server, sent as the `Scimlab-Faults`
   * header on every request, e.g. `"429 every 3 retry-after 1; latency 200ms"` (clauses
   * `429|503 every N [retry-after S]`, `500 every N`, `drop every N`, `latency Nms`). It only affects
   * scimlab's embedded server; any other SCIM server ignores the header.
   * @default undefined (no header: no faults, unless the server was started with some)
   */
  faults?: string;
}

/** The dialect profiles of scimlab's embedded server (`DialectName` on the server side). */
export type ScimlabDialect = "strict" | "entra" | "okta" | "lenient";

/** The options after normalisation: every field set. */
export interface NormalizedOptions {
  readonly baseUrl: URL;
  readonly token: string | undefined;
  readonly timeout: number | false;
  readonly deadline: number | false;
  readonly onWarning: WarningHandler;
  readonly retry: RetryOptions;
  readonly connections: number;
  readonly exchangeLog: number;
  readonly userAgent: string;
  readonly dispatcher: Dispatcher | undefined;
  /** `Scimlab-Dialect` and `Scimlab-Faults`, when set: headers sent on every request. */
  readonly labHeaders: Readonly<Record<string, string>>;
}

/**
 * The defaults table every option is normalised against, once, in the client's constructor.
 */
export const ClientDefaults = {
  baseUrl: "http://127.0.0.1:8880/scim/v2",
  timeout: 10_000,
  deadline: 60_000,
  retry: { limit: 2, statusCodes: [429, 502, 503, 504], maxDelayMs: 10_000, baseDelayMs: 300 },
  connections: 10,
  exchangeLog: 50,
  userAgent: "scimlab-client/0.1",
} as const;

/**
 * Fill in defaults and check values, so the rest of the client reads plain fields.
 *
 * @throws TypeError when a value cannot be used (a malformed base URL, a negative timeout)
 */
export function normalizeOptions(options: ScimClientOptions = {}): NormalizedOptions {
  return {
    baseUrl: normalizeBaseUrl(options.baseUrl ?? ClientDefaults.baseUrl),
    token: options.token === "" ? undefined : options.token,
    timeout: normalizeTimeout(options.timeout ?? ClientDefaults.timeout),
    deadline: normalizeTimeout(options.deadline ?? ClientDefaults.deadline, "deadline"),
    onWarning: options.onWarning ?? warnOnce(),
    retry: normalizeRetry(options.retry),
    connections: positiveInteger("connections", options.connections ?? ClientDefaults.connections),
    exchangeLog: Math.max(0, Math.floor(options.exchangeLog ?? ClientDefaults.exchangeLog)),
    userAgent: options.userAgent ?? ClientDefaults.userAgent,
    dispatcher: options.dispatcher,
    labHeaders: labHeaders(options),
  };
}

const dialects: readonly ScimlabDialect[] = ["strict", "entra", "okta", "lenient"];

function labHeaders(options: ScimClientOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  if (options.dialect !== undefined) {
    if (!dialects.includes(options.dialect)) {
      throw new TypeError(`dialect "${String(options.dialect)}" is not one of ${dialects.join(", ")}.`);
    }
    headers["scimlab-dialect"] = options.dialect;
  }
  if (options.faults !== undefined && options.faults.trim() !== "") headers["scimlab-faults"] = options.faults.trim();
  return headers;
}

/** Normalise the `retry` option: a number is the limit, an object overrides the defaults. */
export function normalizeRetry(retry: number | Partial<RetryOptions> | undefined): RetryOptions {
  const defaults = ClientDefaults.retry;
  const given = typeof retry === "number" ? { limit: retry } : (retry ?? {});
  return {
    limit: Math.max(0, Math.floor(given.limit ?? defaults.limit)),
    statusCodes: [...(given.statusCodes ?? defaults.statusCodes)],
    maxDelayMs: Math.max(0, given.maxDelayMs ?? defaults.maxDelayMs),
    baseDelayMs: Math.max(0, given.baseDelayMs ?? defaults.baseDelayMs),
  };
}

function normalizeBaseUrl(value: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch (error) {
    throw new TypeError(`baseUrl "${String(value)}" is not a URL; use e.g. http://127.0.0.1:8880/scim/v2`, {
      cause: error,
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`baseUrl must start with http:// or https://, e.g. ${ClientDefaults.baseUrl}; got "${String(value)}"`);
  }
  url.search = "";
  url.hash = "";
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}

/** Check a `timeout` or `deadline`: a positive number of milliseconds, or `false` for none. */
export function normalizeTimeout(value: number | false, name = "timeout"): number | false {
  if (value === false) return false;
  return positiveInteger(name, value);
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive number, got ${String(value)}`);
  }
  return Math.floor(value);
}
