import type { CheckContext } from "./check-context.js";
import type { Feature } from "./features.js";
import type { CheckGroup } from "./report.js";

/** One check: a behaviour the RFC asks for, and how to see it on the wire. */
export interface Check {
  /** Short id within its group, e.g. `create-location`. */
  name: string;
  title: string;
  /** E.g. `RFC 7644 §3.3`. */
  rfc: string;
  /** Features the check needs; skipped with the reason when /ServiceProviderConfig lacks one. */
  needs?: Feature[];
  /** Runs the check; throws a CheckFailure (through the context's expectations) when the server is wrong. */
  run(context: CheckContext): Promise<void>;
}

/** The checks of one group, in the order they run. */
export interface CheckSuite {
  group: CheckGroup;
  /** Features every check of the group needs. */
  needs?: Feature[];
  checks: Check[];
}
