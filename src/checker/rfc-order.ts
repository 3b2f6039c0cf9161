import type { CheckResultLine } from "./report.js";

/** A sort key for `RFC 7644 §3.4.2.2`: the RFC number, then each section number. */
function key(rfc: string): number[] {
  const match = /RFC\s*(\d+)\s*§?\s*([\d.]*)/.exec(rfc);
  if (!match) return [Number.MAX_SAFE_INTEGER];
  return [Number(match[1]), ...(match[2] ?? "").split(".").filter(Boolean).map(Number)];
}

function compare(a: string, b: string): number {
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const difference = (x[i] ?? -1) - (y[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return a.localeCompare(b);
}

/**
 * The results grouped by RFC section, sections in document order (RFC 7643 before RFC 7644, §3.3 before
 * §3.10), results in run order within a section.
 */
export function bySection(results: readonly CheckResultLine[]): [string, CheckResultLine[]][] {
  const sections = new Map<string, CheckResultLine[]>();
  for (const line of results) sections.set(line.rfc, [...(sections.get(line.rfc) ?? []), line]);
  return [...sections.entries()].sort(([a], [b]) => compare(a, b));
}

/** A link to an RFC section on rfc-editor.org, or undefined when the text names none. */
export function rfcLink(rfc: string): string | undefined {
  const match = /RFC\s*(\d+)(?:\s*§\s*([\d.]+))?/.exec(rfc);
  if (!match) return undefined;
  return `https://www.rfc-editor.org/rfc/rfc${match[1]}${match[2] ? `#section-${match[2]}` : ""}`;
}
