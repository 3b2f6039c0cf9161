import { escapeHtml } from "./escape-html.js";

/** Pretty-print a value as JSON (2 spaces); `undefined` prints as an empty string. */
export function prettyJson(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A value as a pretty-printed JSON block, escaped, e.g. a SCIM resource as it
 * travels on the wire.
 */
export function renderJson(value: unknown): string {
  return `<pre style="max-height:32em;overflow:auto"><code class="language-json">${escapeHtml(prettyJson(value))}</code></pre>`;
}
