import { sectionLink } from "../../client/index.js";
import { escapeHtml } from "../escape-html.js";

/**
 * The rfc-editor.org address of an RFC section written as the deviation log writes it:
 * `RFC 7644 §3.5.1` → `https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1`. Text that names no
 * section of an RFC gives `undefined`.
 */
export function rfcUrl(section: string): string | undefined {
  const trimmed = section.trim();
  if (/^RFC \d+ §[\d.]+$/.test(trimmed)) return sectionLink(trimmed);
  const match = /^RFC\s*(\d+)$/i.exec(trimmed);
  return match ? `https://www.rfc-editor.org/rfc/rfc${match[1]}` : undefined;
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
