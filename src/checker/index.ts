/**
 * `scimlab test`: a conformance checker for any SCIM 2.0 service provider (RFC 7643, RFC 7644), with its
 * report as terminal text, JUnit XML and a self-contained HTML page.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644
 * @module
 */
export { runChecker, selectableGroups, type CheckerOptions } from "./run-checker.js";
export { checkGroups, summaryLine, type CheckGroup, type CheckStatus, type CheckResultLine, type CheckerReport } from "./report.js";
export { renderTerminal } from "./terminal.js";
export type { ProviderName } from "./providers/provider-suite.js";
export { renderJunit } from "./junit.js";
export { renderHtmlReport, renderReportFragment } from "./html-report.js";
