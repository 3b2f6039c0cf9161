import type { ScimWarning, WarningHandler } from "../client/index.js";
import { escapeHtml } from "./escape-html.js";
import { displayBundle } from "./kernel-output.js";

/**
 * A warning handler for notebooks: each warning (a read-only attribute left out of a request, paging
 * repaired…) is displayed once as a note under the cell, in HTML and text, rather than written to
 * stderr, where a front end shows it as a failure and the notebook tests count it as one.
 * `connect()` gives it to the clients it builds; `client.warnings` keeps every warning as before.
 */
export function notebookWarnings(): WarningHandler {
  const shown = new Set<string>();
  return (warning: ScimWarning) => {
    if (shown.has(warning.message)) return;
    shown.add(warning.message);
    displayBundle({
      "text/html": `<p style="color:#8a6d00">⚠ <strong>scimlab</strong>: ${escapeHtml(warning.message)} <small>(${escapeHtml(warning.rfc)})</small></p>`,
      "text/plain": `scimlab: ${warning.message}`,
    });
  };
}
