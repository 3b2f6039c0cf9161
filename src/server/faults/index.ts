/**
 * Fault injection on the embedded server: per session (token + spec), a 429
 * or 503 with `Retry-After`, a 500, latency or a dropped connection, before
 * the request is handled, so that learners watch a client back off and
 * recover (RFC 7644 §3.12; RFC 6585 §4).
 *
 * @module
 */
export { parseFaultPlan, faultsHeader, type FaultClause, type FaultPlan } from "./fault-plan.js";
export { FaultSessions, type FaultDecision } from "./fault-sessions.js";
export { injectedErrorResponse } from "./injected-error.js";
