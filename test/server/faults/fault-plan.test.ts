import { describe, expect, it } from "vitest";
import { parseFaultPlan } from "../../../src/server/faults/index.js";
import { FaultSessions } from "../../../src/server/faults/fault-sessions.js";

describe("parseFaultPlan", () => {
  it("reads every clause of the contract, in order, in any case and spacing", () => {
    const plan = parseFaultPlan("429 every 3 retry-after 1;  503 EVERY 5 Retry-After 2; 500 every 10; latency 200ms; drop every 7; latency 1s");
    expect(plan.clauses).toEqual([
      { kind: "status", status: 429, every: 3, retryAfter: 1 },
      { kind: "status", status: 503, every: 5, retryAfter: 2 },
      { kind: "status", status: 500, every: 10 },
      { kind: "latency", ms: 200 },
      { kind: "drop", every: 7 },
      { kind: "latency", ms: 1000 },
    ]);
    expect(parseFaultPlan("").clauses).toEqual([]);
  });

  it.each(["429 every 0", "418 every 2", "drop every", "latency fast", "500 every 2 retry-after", "latency 2m", "latency 61s"])(
    "throws a TypeError naming the bad clause %j",
    (clause) => {
      expect(() => parseFaultPlan(`latency 10ms; ${clause}`)).toThrow(TypeError);
      expect(() => parseFaultPlan(`latency 10ms; ${clause}`)).toThrow(JSON.stringify(clause));
    },
  );
});

describe("FaultSessions", () => {
  it("fires on the Nth, 2Nth… request of each session (token + spec), the first firing clause winning", () => {
    const spec = "429 every 2 retry-after 1; drop every 3; latency 5ms";
    const fresh = new FaultSessions();
    const kinds = [1, 2, 3, 4, 5, 6].map(() => {
      const decision = fresh.next("Bearer a", spec);
      expect(decision.latencyMs).toBe(5);
      return decision.outcome === undefined ? "ok" : decision.outcome.kind === "drop" ? "drop" : String(decision.outcome.status);
    });
    expect(kinds).toEqual(["ok", "429", "drop", "429", "ok", "429"]);
    // Another token, or another spec, is another session: its count starts again.
    expect(fresh.next("Bearer b", spec).count).toBe(1);
    expect(fresh.next("Bearer a", "429 every 2").count).toBe(1);
    expect(fresh.next("Bearer a", spec).count).toBe(7);
  });
});
