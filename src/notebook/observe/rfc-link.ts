import { escapeHtml } from "../escape-html.js";

/**
 * The rfc-editor.org address of an RFC section written as the deviation log writes it:
 * `RFC 7644 §3.5.1` → `https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1`. Text that names no
 * section of an RFC gives `undefined`.
 */
export function rfcUrl(section: string): string | undefined {
  const match = /^RFC\s*(\d+)(?:\s*§\s*([\d.]+\d))?/i.exec(section.trim());
  if (!match) return undefined;
  return `https://www.rfc-editor.org/rfc/rfc${match[1]}${match[2] ? `#section-${match[2]}` : ""}`;
}

/** An RFC section as an HTML link (escaped), or as escaped text when it names no section. */
export function rfcLinkHtml(section: string): string {
  const url = rfcUrl(section);
  return url === undefined ? escapeHtml(section) : `<a href="${escapeHtml(url)}" target="_blank">${escapeHtml(section)}</a>`;
}

/**
 * A sentence as HTML: escaped, `code` in backticks set as `<code>`, and every `RFC NNNN §x.y` a link to
 * its section.
 */
export function sentenceHtml(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/RFC \d+ §[\d.]+\d/g, (section) => rfcLinkHtml(section));
}
