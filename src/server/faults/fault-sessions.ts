import { createHash } from "node:crypto";
import { parseFaultPlan, type FaultPlan } from "./fault-plan.js";

/** What fault injection does to one request. */
export interface FaultDecision {
  /** The plan's spec, for messages. */
  spec: string;
  /** The request's number in its session, from 1. */
  count: number;
  /** Wait this long first. */
  latencyMs: number;
  /** Then answer with this status instead of handling the request, or drop the connection; undefined: handle it. */
  outcome?: { kind: "status"; status: 429 | 500 | 503; retryAfter?: number } | { kind: "drop" };
}

/**
 * The request counters of fault injection, one per session: a session is a
 * bearer token (kept only as a hash) with a fault spec. The Nth, 2Nth…
 * request of a session gets the clause's fault; the first clause that fires
 * wins.
 */
export class FaultSessions {
  readonly #counts = new Map<string, number>();
  readonly #plans = new Map<string, FaultPlan>();

  /**
   * Count one request of the session (`authorization`, `spec`) and decide its fault.
   *
   * @throws TypeError when `spec` cannot be parsed ({@link parseFaultPlan}).
   */
  next(authorization: string | undefined, spec: string): FaultDecision {
    const plan = this.#plan(spec);
    const key = `${createHash("sha256").update(authorization ?? "").digest("hex")}\n${plan.spec}`;
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, count);
    const decision: FaultDecision = { spec: plan.spec, count, latencyMs: 0 };
    for (const clause of plan.clauses) {
      if (clause.kind === "latency") decision.latencyMs += clause.ms;
      else if (decision.outcome === undefined && count % clause.every === 0) {
        decision.outcome =
          clause.kind === "drop"
            ? { kind: "drop" }
            : { kind: "status", status: clause.status, ...(clause.retryAfter === undefined ? {} : { retryAfter: clause.retryAfter }) };
      }
    }
    return decision;
  }

  #plan(spec: string): FaultPlan {
    let plan = this.#plans.get(spec);
    if (plan === undefined) {
      plan = parseFaultPlan(spec);
      if (this.#plans.size > 1000) this.#plans.clear();
      this.#plans.set(spec, plan);
    }
    return plan;
  }
}
