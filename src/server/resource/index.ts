/**
 * The pure resource logic of the embedded server (no I/O): PATCH (RFC 7644
 * §3.5.2), attribute projection (§3.9), sorting (§3.4.2.3) and the checks of
 * a create or replace (§3.3, §3.5.1).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 * @module
 */
export { applyPatch } from "./patch.js";
export { projectAttributes } from "./project.js";
export type { ProjectionOptions } from "./project.js";
export { compareResources } from "./sort.js";
export { prepareWrite } from "./validate.js";
