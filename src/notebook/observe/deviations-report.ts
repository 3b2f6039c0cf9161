import type { Deviation } from "../../client/index.js";
import { escapeHtml } from "../escape-html.js";
import { displayBundle } from "../kernel-output.js";
import { rfcLinkHtml } from "./rfc-link.js";

/** The MIME type of the report's machine-readable form: a JSON array of `Deviation`, read by the notebook tests. */
export const deviationsMimeType = "application/vnd.scimlab.deviations+json";

/** Anything that keeps a deviation log, like `ScimClient` (`client.deviations`). */
export interface HasDeviations {
  readonly deviations: readonly Deviation[];
}

const title = "What this server bent during this chapter";
const nothing = "Nothing: it followed the RFC wherever this chapter looked.";

/** Where a deviation was seen, and what the server did there, as one phrase. */
function where(deviation: Deviation): string {
  return [deviation.item, deviation.detail].filter((part) => part !== undefined && part !== "").join(": ");
}

/**
 * The report as HTML: one row per deviation (rule, RFC section linked, where, count), violations of a
 * MUST marked apart from variations the RFC allows. Every value escaped.
 */
export function renderDeviations(deviations: readonly Deviation[]): string {
  const heading = `<p><strong>${escapeHtml(title)}</strong></p>`;
  if (deviations.length === 0) return `${heading}<p>${escapeHtml(nothing)}</p>`;
  const header = ["", "rule", "RFC", "where", "seen"].map((name) => `<th style="text-align:left">${name}</th>`).join("");
  const rows = deviations.map((deviation) => {
    const kind = deviation.kind === "violation" ? "breaks a MUST" : "allowed, not the RFC's usual answer";
    const cells = [
      `<span title="${escapeHtml(kind)}">${deviation.kind === "violation" ? "✗" : "~"}</span>`,
      escapeHtml(deviation.rule),
      rfcLinkHtml(deviation.rfc),
      escapeHtml(where(deviation)),
      `${deviation.count}×`,
    ];
    return `<tr>${cells.map((cell) => `<td style="text-align:left">${cell}</td>`).join("")}</tr>`;
  });
  return (
    `${heading}<table><thead><tr>${header}</tr></thead><tbody>${rows.join("")}</tbody></table>` +
    "<p><small>✗ breaks a MUST, SHALL or REQUIRED of the RFC (the kit read around it); ~ the RFC allows it, " +
    "but the chapter's prose describes the usual answer.</small></p>"
  );
}

/** The report as plain text, one line per deviation. */
export function renderDeviationsText(deviations: readonly Deviation[]): string {
  if (deviations.length === 0) return `${title}\n${nothing}`;
  const lines = deviations.map((d) => `- [${d.kind}] ${d.rfc}: ${d.rule}${where(d) ? ` (${where(d)})` : ""}, seen ${d.count}×`);
  return [title, ...lines].join("\n");
}

/**
 * The end-of-chapter report: every deviation `client.deviations` holds, as a table (rule, RFC section,
 * where, count), or "Nothing: it followed the RFC wherever this chapter looked." Displays HTML, text and
 * {@link deviationsMimeType}. Returns nothing, so that a chapter's last cell shows only the report.
 * @see https://www.rfc-editor.org/rfc/rfc7643
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export function showDeviations(client: HasDeviations): void {
  const deviations = [...client.deviations];
  displayBundle({
    "text/html": renderDeviations(deviations),
    "text/plain": renderDeviationsText(deviations),
    [deviationsMimeType]: JSON.stringify(deviations),
  });
}
