/**
 * Dialect profiles of the embedded server: `strict` (RFC 7643/7644 only),
 * `entra`, `okta` and `lenient`, which accept identity providers' non-RFC
 * forms by rewriting them into the RFC form before the request is handled.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 * @module
 */
export { dialectNames, dialectHeader, isDialectName, requestDialect, type DialectName } from "./dialect-name.js";
export { dialectAccepts, FormGate, nonRfcForms } from "./form-gate.js";
export { applyDialect } from "./apply-dialect.js";
export { labExtensionUrn, withLabExtension } from "./lab-extension.js";
