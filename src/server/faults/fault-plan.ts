/**
 * One clause of a fault plan:
 * - `429 every 3 retry-after 1`, `503 every 5 retry-after 2`, `500 every 10`:
 *   answer the Nth, 2Nth… request of the session with that status (and a
 *   `Retry-After` in seconds, RFC 7231 §7.1.3, when given);
 * - `drop every 7`: destroy the connection of the Nth, 2Nth… request without
 *   answering;
 * - `latency 200ms` (or `1s`): wait before answering every request.
 */
export type FaultClause =
  | { kind: "status"; status: 429 | 500 | 503; every: number; retryAfter?: number }
  | { kind: "drop"; every: number }
  | { kind: "latency"; ms: number };

/** A parsed fault spec: the spec as written, and its clauses in order. */
export interface FaultPlan {
  readonly spec: string;
  readonly clauses: readonly FaultClause[];
}

/** The request header that sets a session's fault plan (it beats the server's option). */
export const faultsHeader = "scimlab-faults";

const statusClause = /^(429|500|503)\s+every\s+(\d+)(?:\s+retry-after\s+(\d+))?$/i;
const dropClause = /^drop\s+every\s+(\d+)$/i;
const latencyClause = /^latency\s+(\d+)\s*(ms|s)$/i;

const grammar =
  '"429 every N retry-after S", "503 every N retry-after S", "500 every N", "drop every N" or "latency Nms", separated by ";"';

/**
 * Parse a fault spec: clauses separated by `;`, e.g.
 * `"429 every 3 retry-after 1; latency 200ms"`. Case and spaces are free;
 * an empty spec has no clause. N counts from 1.
 *
 * @throws TypeError naming the clause it cannot read and the grammar.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function parseFaultPlan(spec: string): FaultPlan {
  const clauses: FaultClause[] = [];
  for (const raw of spec.split(";")) {
    const text = raw.trim().replace(/\s+/g, " ");
    if (text === "") continue;
    clauses.push(parseClause(text));
  }
  return { spec: spec.trim(), clauses };
}

function parseClause(text: string): FaultClause {
  const fail = (why: string): never => {
    throw new TypeError(`Fault clause ${JSON.stringify(text)} ${why}; write ${grammar}.`);
  };
  const positive = (digits: string) => {
    const value = Number(digits);
    return value >= 1 && Number.isSafeInteger(value) ? value : fail("needs a count of at least 1");
  };
  let match = statusClause.exec(text);
  if (match !== null) {
    const status = Number(match[1]) as 429 | 500 | 503;
    const clause: FaultClause = { kind: "status", status, every: positive(match[2]!) };
    if (match[3] !== undefined) clause.retryAfter = Number(match[3]);
    return clause;
  }
  match = dropClause.exec(text);
  if (match !== null) return { kind: "drop", every: positive(match[1]!) };
  match = latencyClause.exec(text);
  if (match !== null) {
    const ms = Number(match[1]) * (match[2]!.toLowerCase() === "s" ? 1000 : 1);
    return ms <= 60_000 ? { kind: "latency", ms } : fail("asks for more than 60 s of latency");
  }
  return fail("is not a fault");
}
