import { bySection } from "./rfc-order.js";
import { summaryLine, type CheckResultLine, type CheckerReport } from "./report.js";

const marks = { passed: "✓", failed: "✗", skipped: "-" } as const;

function indent(text: string, by = "      "): string {
  return text
    .split("\n")
    .map((line) => `${by}${line}`)
    .join("\n");
}

/** A failure's details: expected, fix, request and response, indented under its line. */
function details(line: CheckResultLine): string[] {
  const out = [`    expected: ${line.expected ?? ""}`, `    fix:      ${line.fix ?? ""}`];
  if (line.request) out.push("    request:", indent(line.request));
  if (line.response) out.push("    response:", indent(line.response));
  return out;
}

/**
 * The report as terminal text, grouped by RFC section: a line per check (✓ passed, ✗ failed, - skipped with
 * its reason), each failure with its details, and last the summary `N passed, M failed, K skipped`.
 */
export function renderTerminal(report: CheckerReport): string {
  const out = [`scimlab test ${report.target}`, ""];
  for (const [section, lines] of bySection(report.results)) {
    out.push(section);
    for (const line of lines) {
      const suffix = line.status === "skipped" ? ` (skipped: ${line.reason ?? ""})` : "";
      out.push(`  ${marks[line.status]} [${line.group}] ${line.title}${suffix}`);
      if (line.status === "failed") out.push(...details(line));
    }
    out.push("");
  }
  out.push(summaryLine(report));
  return out.join("\n");
}
