import { bySection, rfcLink } from "./rfc-order.js";
import { summaryLine, type CheckResultLine, type CheckerReport } from "./report.js";
import { escapeXml as escape } from "./xml-escape.js";

/** Colours chosen for WCAG AA contrast on white (all ≥ 7:1 except the muted grey, ≥ 4.5:1). */
const style = `
  .scimlab-checker { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
  .scimlab-checker h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  .scimlab-checker h2 { font-size: 1.3rem; border-bottom: 2px solid #ccc; padding-bottom: .25rem; margin-top: 2rem; }
  .scimlab-checker h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
  .scimlab-checker h4 { font-size: 1rem; margin: .75rem 0 .25rem; }
  .scimlab-checker a { color: #0b4f9c; }
  .scimlab-checker .summary { font-size: 1.1rem; font-weight: 600; }
  .scimlab-checker .failure { border-left: 6px solid #a4161a; background: #fdf1f1; padding: .5rem 1rem 1rem; margin: 1rem 0; }
  .scimlab-checker dt { font-weight: 700; } .scimlab-checker dd { margin: 0 0 .5rem 0; }
  .scimlab-checker pre { background: #f4f4f4; color: #1a1a1a; border: 1px solid #ddd; padding: .75rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font-size: .85rem; }
  .scimlab-checker table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
  .scimlab-checker th, .scimlab-checker td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  .scimlab-checker th { background: #f0f0f0; }
  .scimlab-checker .status-passed { color: #1b5e20; font-weight: 700; }
  .scimlab-checker .status-failed { color: #a4161a; font-weight: 700; }
  .scimlab-checker .status-skipped { color: #595959; font-weight: 700; }
  .scimlab-checker .muted { color: #595959; }
`;

const label = { passed: "✓ Passed", failed: "✗ Failed", skipped: "– Skipped" } as const;

function section(rfc: string): string {
  const link = rfcLink(rfc);
  return link ? `<a href="${escape(link)}">${escape(rfc)}</a>` : escape(rfc);
}

function failure(line: CheckResultLine, index: number): string {
  return `<article class="failure" aria-labelledby="failure-${index}">
<h3 id="failure-${index}">${escape(line.title)}</h3>
<dl>
<dt>RFC section</dt><dd>${section(line.rfc)} <span class="muted">(group ${escape(line.group)}, check ${escape(line.id)})</span></dd>
<dt>Expected</dt><dd>${escape(line.expected ?? "")}</dd>
<dt>What to fix</dt><dd>${escape(line.fix ?? "")}</dd>
</dl>
${line.request ? `<h4>Request</h4>\n<pre>${escape(line.request)}</pre>` : ""}
${line.response ? `<h4>Response</h4>\n<pre>${escape(line.response)}</pre>` : ""}
</article>`;
}

function row(line: CheckResultLine): string {
  const note = line.status === "skipped" ? escape(line.reason ?? "") : line.status === "failed" ? escape(line.expected ?? "") : "";
  return `<tr><td class="status-${line.status}">${label[line.status]}</td><td>${escape(line.title)}</td><td>${escape(line.group)}</td><td>${note}</td></tr>`;
}

/**
 * The report as an HTML fragment with its own scoped style (for a notebook cell, or inside
 * {@link renderHtmlReport}): the summary, then the failures (each with RFC section, expected, fix, request and
 * response), then every check grouped by RFC section. Status is written out, not only coloured; headings
 * nest; colours meet WCAG AA contrast on white.
 */
export function renderReportFragment(report: CheckerReport): string {
  const failures = report.results.filter((line) => line.status === "failed");
  const sections = bySection(report.results)
    .map(([rfc, lines]) => `<section aria-label="${escape(rfc)}">
<h3>${section(rfc)}</h3>
<table>
<thead><tr><th scope="col">Status</th><th scope="col">Check</th><th scope="col">Group</th><th scope="col">Note</th></tr></thead>
<tbody>
${lines.map(row).join("\n")}
</tbody>
</table>
</section>`)
    .join("\n");
  return `<div class="scimlab-checker">
<style>${style}</style>
<h1>SCIM 2.0 conformance report</h1>
<p>Server checked: <code>${escape(report.target)}</code>, against RFC 7643 and RFC 7644, by <code>scimlab test</code>.</p>
<p class="summary" role="status">${escape(summaryLine(report))}</p>
<h2>Failures (${failures.length})</h2>
${failures.length === 0 ? "<p>None: every check that ran passed.</p>" : failures.map(failure).join("\n")}
<h2>All checks by RFC section</h2>
${sections}
</div>`;
}

/**
 * The report as one self-contained HTML page (no scripts, no CDN, inline CSS) around
 * {@link renderReportFragment}.
 */
export function renderHtmlReport(report: CheckerReport): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>scimlab test: ${escape(summaryLine(report))}</title>
<style>body { margin: 0; background: #fff; }</style>
</head>
<body>
<main>
${renderReportFragment(report)}
</main>
</body>
</html>
`;
}
