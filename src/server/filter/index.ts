/**
 * Filter evaluation on the server side: does a stored resource match a SCIM
 * filter tree (RFC 7644 §3.4.2.2)?
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 * @module
 */
export { matchesFilter } from "./evaluate.js";
