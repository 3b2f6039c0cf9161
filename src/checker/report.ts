/**
 * The check groups of `scimlab test`, one per area of RFC 7644 (plus one per identity provider replayed
 * with `--as`).
 */
export const checkGroups = [
  "discovery",
  "crud",
  "filters",
  "paging",
  "sorting",
  "projection",
  "patch",
  "groups",
  "etags",
  "bulk",
  "robustness",
] as const;

/** A group of checks: an area of RFC 7644, or an identity provider's replay (`entra`, `okta`). */
export type CheckGroup = (typeof checkGroups)[number] | "entra" | "okta";

/** How one check came out. */
export type CheckStatus = "passed" | "failed" | "skipped";

/**
 * One line of the report: a check, where the RFC asks for it, and how it came out. A failure carries the
 * request and response (tokens redacted), what was expected and what to fix; a skip carries its reason.
 */
export interface CheckResultLine {
  /** Stable id, `group/name`, e.g. `crud/create-location`. */
  id: string;
  group: CheckGroup;
  title: string;
  /** The section that asks for the behaviour, e.g. `RFC 7644 §3.3`. */
  rfc: string;
  status: CheckStatus;
  /** Why the check was skipped (e.g. what /ServiceProviderConfig says). */
  reason?: string;
  /** The request that showed the failure, as HTTP text with the token redacted. */
  request?: string;
  /** The response to it, as HTTP text (status, headers, body). */
  response?: string;
  /** What the RFC expects instead. */
  expected?: string;
  /** What to change in the server. */
  fix?: string;
}

/** What {@link runChecker} found: every check's line, and the counts. */
export interface CheckerReport {
  /** The base URL checked. */
  target: string;
  results: CheckResultLine[];
  passed: number;
  failed: number;
  skipped: number;
}

/** Count a report's lines. */
export function reportOf(target: string, results: CheckResultLine[]): CheckerReport {
  const count = (status: CheckStatus) => results.filter((line) => line.status === status).length;
  return { target, results, passed: count("passed"), failed: count("failed"), skipped: count("skipped") };
}

/** The summary line: `N passed, M failed, K skipped`. */
export function summaryLine(report: CheckerReport): string {
  return `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`;
}
