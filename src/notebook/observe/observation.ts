import { displayBundle } from "../kernel-output.js";
import { sentenceHtml } from "./rfc-link.js";

/**
 * What a cell saw a server do, set against the RFC: the finding of an `observe…` helper. A learner reads
 * it as one line when the server follows the RFC ("Your server answered 201 Created with a Location, as
 * RFC 7644 §3.3 says."), and as three sentences when it does not ("Your server did X. RFC … says Y. The
 * embedded server does Y.").
 */
export interface Finding {
  /** The server did what the RFC says (or recommends). */
  readonly matches: boolean;
  /** What the server did, as a sentence without its full stop: "Your server answered 204 No Content". */
  readonly did: string;
  /** The section, as the deviation log writes it: `RFC 7644 §3.5.2`. */
  readonly rfc: string;
  /** What the RFC says, to follow "RFC … says": "a PATCH may answer 200 with the resource". */
  readonly says: string;
  /** What the embedded server does, to follow "The embedded server": "answers 200 with the resource". */
  readonly embedded: string;
}

/** A finding as text: one line when it matches, three sentences when it does not. */
export function findingText(finding: Finding): string {
  if (finding.matches) return `${finding.did}, as ${finding.rfc} says.`;
  return `${finding.did}. ${finding.rfc} says ${finding.says}. The embedded server ${finding.embedded}.`;
}

/** Display findings in the notebook: HTML (escaped, RFC sections linked) and plain text, one line each. */
export function showFindings(findings: readonly Finding[]): void {
  const lines = findings.map((finding) => {
    const mark = finding.matches ? "✓" : "≠";
    const colour = finding.matches ? "#2e7d32" : "#b26a00";
    return `<p style="margin:0.2em 0"><span style="color:${colour};font-weight:bold">${mark}</span> ${sentenceHtml(findingText(finding))}</p>`;
  });
  displayBundle({
    "text/html": `<div class="scimlab-observation">${lines.join("")}</div>`,
    "text/plain": findings.map((finding) => `${finding.matches ? "✓" : "≠"} ${findingText(finding)}`).join("\n"),
  });
}

/** Display a note that there was nothing to observe (no such exchange yet), as HTML and text. */
export function showNothingToObserve(text: string): void {
  displayBundle({ "text/html": `<p><em>${sentenceHtml(text)}</em></p>`, "text/plain": text });
}
