/**
 * Serve a SCIM service provider you write in notebook cells: `scimApp`
 * routes requests to your parts, `serveInKernel` runs it on 127.0.0.1.
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export { serveInKernel } from "./serve-in-kernel.js";
export type { HandlerFailure, KernelServer, RequestHandler, ServeInKernelOptions } from "./serve-in-kernel.js";
export { scimApp } from "./scim-app.js";
export type { FilterMatcher, PatchApplier, ScimAppOptions, ScimContext, ScimHandler, ScimParts } from "./scim-app.js";
export { errorReply, readScimRequest, writeScimReply } from "./scim-exchange.js";
export type { ScimReply, ScimRequest } from "./scim-exchange.js";
