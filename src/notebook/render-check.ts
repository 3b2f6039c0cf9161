import type { CheckResult } from "./exercise.js";
import { escapeHtml } from "./escape-html.js";

/**
 * The MIME type of the machine-readable check marker,
 * `{"exercise": "chapter01.q1", "outcome": "correct", "message": "…"}`,
 * that the notebook test runner reads from a cell's outputs.
 */
export const checkMarkerType = "application/vnd.scimlab.check+json";

const look = {
  correct: { label: "Correct", color: "#1a7f37", background: "#dafbe1" },
  incorrect: { label: "Incorrect", color: "#cf222e", background: "#ffebe9" },
  "not-attempted": { label: "Not attempted", color: "#9a6700", background: "#fff8c5" },
  "server-limitation": { label: "Server limitation", color: "#57606a", background: "#eaeef2" },
} as const;

/** Inline `code` spans in messages (`like this`), the rest escaped. */
function renderMessage(message: string): string {
  return message
    .split("`")
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join("");
}

/** The HTML of a check's outcome: a coloured box with the label and the message. */
export function renderCheckHtml(result: CheckResult, title?: string): string {
  const { label, color, background } = look[result.outcome];
  const heading = title ? ` — ${escapeHtml(title)}` : "";
  return (
    `<div style="border-left:4px solid ${color};background:${background};padding:6px 10px;margin:4px 0">` +
    `<strong style="color:${color}">${label}</strong> <small>${escapeHtml(result.exercise)}${heading}</small>` +
    `<div>${renderMessage(result.message)}</div></div>`
  );
}

/** The plain-text form of a check's outcome, for consoles and test logs. */
export function renderCheckText(result: CheckResult): string {
  return `${look[result.outcome].label} (${result.exercise}): ${result.message}`;
}

/** Hint `n` (1-based, clamped to the available hints), as HTML and text. */
export function renderHint(hints: readonly string[], n: number): { html: string; text: string } {
  if (hints.length === 0) {
    const text = "No hint for this one: reread the cells above, then look at the solution().";
    return { html: `<div>${escapeHtml(text)}</div>`, text };
  }
  const index = Math.min(Math.max(Math.trunc(n), 1), hints.length) - 1;
  const more = index + 1 < hints.length ? " (run hint() again for a more explicit one)" : "";
  const text = `Hint ${index + 1}/${hints.length}${more}: ${hints[index]}`;
  const html =
    `<div style="border-left:4px solid #0969da;background:#ddf4ff;padding:6px 10px;margin:4px 0">` +
    `<strong style="color:#0969da">Hint ${index + 1}/${hints.length}</strong>${escapeHtml(more)}` +
    `<div>${renderMessage(hints[index] ?? "")}</div></div>`;
  return { html, text };
}

/** The solution code as an HTML code block. */
export function renderSolution(code: string): string {
  return (
    `<div style="border-left:4px solid #8250df;padding:6px 10px;margin:4px 0">` +
    `<strong style="color:#8250df">Solution</strong>` +
    `<pre><code class="language-typescript">${escapeHtml(code)}</code></pre></div>`
  );
}
