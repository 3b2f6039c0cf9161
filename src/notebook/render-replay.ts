import { displayBundle } from "./kernel-output.js";
import { escapeHtml } from "./escape-html.js";
import type { ReplayReport, ReplayRow } from "./replay-provider.js";

/** The MIME type of the replay table's data, for tests and tools: the reports as JSON. */
export const replayMimeType = "application/vnd.scimlab.replay+json";

/**
 * One provider's sequence replayed in several dialects, as an HTML table: a row per step (its request
 * as documented and the non-RFC forms it uses), a column per dialect with the status, green when the
 * step expects it, red with the server's `scimType` and `detail` when not. Every value is escaped.
 * All reports must be of the same sequence (their rows in the same order).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function renderReplay(reports: readonly ReplayReport[]): string {
  const first = reports[0];
  if (first === undefined) return "<p><em>Nothing replayed.</em></p>";
  const head = ["step", "request", "forms", ...reports.map((report) => report.dialect)];
  const rows = first.rows.map((row, index) => {
    const cells = reports.map((report) => statusCell(report.rows[index]));
    const forms = row.forms.length === 0 ? "—" : row.forms.map((form) => `<code>${escapeHtml(form)}</code>`).join(" ");
    return (
      `<tr><td style="text-align:left">${escapeHtml(row.title)}</td><td style="text-align:left"><code>${escapeHtml(row.request)}</code></td>` +
      `<td style="text-align:left">${forms}</td>${cells.join("")}</tr>`
    );
  });
  const broken = reports.map((report) => `${escapeHtml(report.dialect)}: ${report.rows.filter((row) => !row.ok).length} broken`);
  return (
    `<p><strong>${escapeHtml(first.provider)}</strong> (${escapeHtml(first.variant)}), ` +
    `<a href="${escapeHtml(first.source)}">documented sequence</a></p>` +
    `<table><thead><tr>${head.map((name) => `<th style="text-align:left">${escapeHtml(name)}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table><p><small>${broken.join(" · ")}</small></p>`
  );
}

function statusCell(row: ReplayRow | undefined): string {
  if (row === undefined) return "<td></td>";
  const status = row.status === undefined ? "not sent" : String(row.status);
  const colour = row.ok ? "#1a7f37" : "#cf222e";
  const detail = row.ok || row.detail === undefined ? "" : `<br><small>${escapeHtml(row.detail)}</small>`;
  return `<td style="text-align:left;vertical-align:top"><span style="color:${colour}">${row.ok ? "✓" : "✗"} ${escapeHtml(status)}</span>${detail}</td>`;
}

/** The same table as plain text: a line per step and dialect that broke, a summary per dialect. */
export function renderReplayText(reports: readonly ReplayReport[]): string {
  const first = reports[0];
  if (first === undefined) return "Nothing replayed.";
  const lines = [`${first.provider} (${first.variant}): ${first.source}`];
  for (const report of reports) {
    const broken = report.rows.filter((row) => !row.ok);
    lines.push(`  ${report.dialect}: ${report.rows.length - broken.length} of ${report.rows.length} steps answered as expected`);
    for (const row of broken) lines.push(`    ✗ ${row.step} (${row.request}): ${row.status ?? "not sent"} ${row.detail ?? ""}`.trimEnd());
  }
  return lines.join("\n");
}

/**
 * Display one provider's sequence replayed in several dialects (see {@link renderReplay}), with the
 * reports as JSON under {@link replayMimeType}.
 */
export function showReplay(reports: readonly ReplayReport[]): void {
  displayBundle({ "text/html": renderReplay(reports), "text/plain": renderReplayText(reports), [replayMimeType]: JSON.stringify(reports) });
}
