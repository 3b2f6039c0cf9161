import type { Exchange } from "./exchange.js";

/**
 * Thrown by a check when the server does not behave as the RFC says: what was expected, what to fix, and the
 * exchange that showed it.
 */
export class CheckFailure extends Error {
  override readonly name = "CheckFailure";
  readonly expected: string;
  readonly fix: string;
  readonly exchange: Exchange | undefined;

  constructor(expected: string, fix: string, exchange?: Exchange) {
    super(expected);
    this.expected = expected;
    this.fix = fix;
    this.exchange = exchange;
  }
}

/** Guard for {@link CheckFailure}. */
export function isCheckFailure(error: unknown): error is CheckFailure {
  return error instanceof CheckFailure;
}

/** Thrown by a check that cannot run for a reason that is not the server's fault (e.g. an earlier step failed). */
export class CheckSkipped extends Error {
  override readonly name = "CheckSkipped";
}

/** Guard for {@link CheckSkipped}. */
export function isCheckSkipped(error: unknown): error is CheckSkipped {
  return error instanceof CheckSkipped;
}
