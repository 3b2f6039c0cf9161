/**
 * The embedded SCIM 2.0 service provider (RFC 7644): start it in-process with
 * {@link startServer}, or call its handler directly with {@link createHandler}.
 *
 * @module
 */
export { startServer } from "./start-server.js";
export type { RunningServer, StartServerOptions } from "./start-server.js";
export { createHandler } from "./handler.js";
export type { HandlerOptions, ScimHandler } from "./handler.js";
export type { ScimHttpRequest, ScimHttpResponse } from "./http-types.js";
export { RequestLog } from "./request-log.js";
export type { RequestLogEntry } from "./request-log.js";
export { SqliteStore } from "./store/sqlite.js";
export { defaultLimits } from "./server-context.js";
export type { ServerLimits } from "./server-context.js";
export { listen } from "./listen.js";
export type { ListenOptions } from "./listen.js";
export { errorResponse, jsonResponse } from "./responses.js";
export { dialectNames, isDialectName, labExtensionUrn, type DialectName } from "./dialect/index.js";
export { parseFaultPlan, type FaultClause, type FaultPlan } from "./faults/index.js";
