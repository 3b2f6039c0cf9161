/**
 * scimlab: learn SCIM 2.0 (RFC 7643 / RFC 7644) with a typed client, an embedded server and notebooks.
 *
 * Public exports only; each layer's barrel says what it offers.
 * @see https://www.rfc-editor.org/rfc/rfc7643
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export * from "./scim/index.js";
export * from "./client/index.js";
export * from "./server/index.js";
export * from "./setup/index.js";
export * from "./notebook/index.js";
