import { InternalServerError, InvalidValueError, isScimError, NotFoundError, ScimError } from "../scim/errors.js";
import { setTimeout as delay } from "node:timers/promises";
import { bearerAuth } from "./auth.js";
import { requestDialect, dialectHeader, type DialectName } from "./dialect/dialect-name.js";
import { faultsHeader, parseFaultPlan } from "./faults/fault-plan.js";
import { FaultSessions, type FaultDecision } from "./faults/fault-sessions.js";
import { injectedErrorResponse } from "./faults/injected-error.js";
import { Directory } from "./directory.js";
import { discoveryDocuments } from "./discovery.js";
import type { ScimHttpRequest, ScimHttpResponse } from "./http-types.js";
import type { RequestLog } from "./request-log.js";
import { errorResponse, payloadTooLarge } from "./responses.js";
import { RouteRequest } from "./route-request.js";
import { route } from "./router.js";
import { ResponseCache } from "./response-cache.js";
import { requestLogRoute, requestLogPath } from "./routes/request-log.js";
import { defaultLimits, type ServerContext, type ServerLimits } from "./server-context.js";
import type { SqliteStore } from "./store/sqlite.js";

/** Options of {@link createHandler}. */
export interface HandlerOptions {
  /** Where resources live. */
  store: SqliteStore;
  /** The bearer token every request must present. */
  token: string;
  /** The public base URL, used in `meta.location` and `Location`. @default "http://localhost/scim/v2" */
  baseUrl?: string;
  /** Where exchanges are recorded; none when absent. */
  requestLog?: RequestLog;
  /** Overrides of {@link defaultLimits}. */
  limits?: Partial<ServerLimits>;
  /** Called with an unexpected exception (a bug) before it is answered with a 500. */
  onInternalError?: (error: unknown, request: ScimHttpRequest) => void;
  /** Default GET-by-id responses kept until the next write ({@link ResponseCache}); 0 turns it off. @default 10000 */
  responseCacheSize?: number;
  /** The dialect profile of requests without a `Scimlab-Dialect` header. @default "strict" */
  dialect?: DialectName;
  /** The fault spec of requests without a `Scimlab-Faults` header ({@link parseFaultPlan}). @default none */
  faults?: string;
}

/** The server as a function: one request in, one response out, no socket. */
export type ScimHandler = (request: ScimHttpRequest) => Promise<ScimHttpResponse>;

const jsonTypes = new Set(["application/scim+json", "application/json"]);
const emptyQuery = new URLSearchParams();

/**
 * Build the SCIM request handler (RFC 7644 §3):
 *
 * 1. check the bearer token on every endpoint (401 with `WWW-Authenticate`);
 * 2. `/scimlab/requests` serves the request log (outside the SCIM base path);
 * 3. any other path outside the base path is 404;
 * 4. a body must be JSON (`application/scim+json` or `application/json`,
 *    else 415) and at most `maxPayloadSize` bytes (else 413);
 * 5. route it in the request's dialect (`Scimlab-Dialect`, else the
 *    `dialect` option; an unknown name is 400 invalidValue); a
 *    {@link ScimError} becomes its SCIM Error response, and anything else —
 *    a bug — a 500 SCIM Error;
 * 6. record the exchange in the request log.
 *
 * Fault injection comes first, before the request is handled (so it never
 * half-does a write): with a fault spec (`Scimlab-Faults`, else the `faults`
 * option), an authenticated request may wait, get an injected 429/503/500
 * SCIM Error, or have its connection dropped ({@link FaultSessions}).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export function createHandler(options: HandlerOptions): ScimHandler {
  const baseUrl = (options.baseUrl ?? "http://localhost/scim/v2").replace(/\/+$/, "");
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  const limits = { ...defaultLimits, ...options.limits };
  const context: ServerContext = {
    directory: new Directory(options.store, baseUrl),
    baseUrl,
    limits,
    discovery: discoveryDocuments(baseUrl, limits),
    responses: new ResponseCache(options.responseCacheSize),
  };
  const authenticate = bearerAuth(options.token);
  const log = options.requestLog;
  const serverDialect = options.dialect ?? "strict";
  if (options.faults !== undefined) parseFaultPlan(options.faults); // A bad spec fails here, at start.
  const faults = new FaultSessions();

  /** The fault for this request: none without a spec or a valid token; a 400 for a bad `Scimlab-Faults`. */
  function decideFault(request: ScimHttpRequest): FaultDecision | ScimHttpResponse | undefined {
    const spec = request.headers[faultsHeader] ?? options.faults;
    if (spec === undefined || spec.trim() === "") return undefined;
    try {
      authenticate(request.headers.authorization);
    } catch {
      return undefined; // Answered with 401, uncounted.
    }
    try {
      return faults.next(request.headers.authorization, spec);
    } catch (error) {
      return errorResponse(new InvalidValueError(`Scimlab-Faults: ${(error as Error).message}`));
    }
  }

  function answer(request: ScimHttpRequest, method: string, path: string, query: string): ScimHttpResponse {
    try {
      // 1. Authentication.
      authenticate(request.headers.authorization);
      // 2. The request log.
      if (path === requestLogPath && log !== undefined) return requestLogRoute(log, method, query);
      // 3. The base path.
      if (path !== basePath && !path.startsWith(`${basePath}/`)) {
        throw new NotFoundError(`${path} is not a SCIM endpoint: the SCIM base URL of this server is ${baseUrl}.`);
      }
      // 4. The body.
      if (request.body !== "") checkBody(request, limits.maxPayloadSize);
      const segments = path.slice(basePath.length).split("/").filter((segment) => segment !== "").map(decodeSegment);
      const dialect = requestDialect(request.headers[dialectHeader], serverDialect);
      const routeRequest = new RouteRequest(method, segments, query === "" ? emptyQuery : new URLSearchParams(query), request.headers, request.body, dialect);
      // 5. Route.
      return route(context, routeRequest);
    } catch (error) {
      if (isScimError(error)) return errorResponse(error);
      options.onInternalError?.(error, request);
      return errorResponse(new InternalServerError(`The server failed unexpectedly: ${String(error)}. This is a bug in scimlab.`));
    }
  }

  return async (request) => {
    const startedAt = Date.now();
    const started = performance.now();
    const method = request.method.toUpperCase();
    const queryAt = request.url.indexOf("?");
    const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
    const query = queryAt === -1 ? "" : request.url.slice(queryAt + 1);
    const fault = path === requestLogPath ? undefined : decideFault(request);
    let response: ScimHttpResponse;
    if (fault !== undefined && "status" in fault) response = fault;
    else {
      if (fault !== undefined && fault.latencyMs > 0) await delay(fault.latencyMs);
      const outcome = fault?.outcome;
      if (outcome?.kind === "status") response = injectedErrorResponse(fault!, outcome.status, outcome.retryAfter);
      else if (outcome?.kind === "drop") {
        const note = `(no response: connection dropped, injected by scimlab (Scimlab-Faults: ${fault!.spec}) on request ${fault!.count} of this session)`;
        response = { status: 0, headers: {}, body: note, drop: true };
      } else response = answer(request, method, path, query);
    }
    // 6. The request log (which does not record itself).
    if (log !== undefined && path !== requestLogPath) {
      log.record({
        at: new Date(startedAt).toISOString(),
        method,
        path: request.url,
        status: response.status,
        durationMs: performance.now() - started,
        requestHeaders: request.headers as Record<string, string>,
        requestBody: request.body,
        responseBody: response.body,
      });
    }
    return response;
  };
}

function checkBody(request: ScimHttpRequest, maxPayloadSize: number): void {
  const contentType = request.headers["content-type"];
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== undefined && mediaType !== "" && !jsonTypes.has(mediaType)) {
    throw new ScimError(415, `Content-Type ${contentType} is not supported: SCIM bodies are JSON.`, {
      hint: "Send Content-Type: application/scim+json (application/json is accepted too).",
    });
  }
  if (request.body.length > maxPayloadSize / 3 && Buffer.byteLength(request.body) > maxPayloadSize) {
    throw payloadTooLarge(maxPayloadSize);
  }
}

function decodeSegment(segment: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
