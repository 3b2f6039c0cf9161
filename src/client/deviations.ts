/**
 * How a service provider departed from RFC 7643 / RFC 7644, as the client saw it: a REQUIRED attribute
 * missing, a string where a boolean belongs, a 400 without `scimType`, a PUT that merged… Recorded, with the
 * rule, the RFC section and the item, whenever the data stayed usable; a deviation that makes the data unusable
 * raises a typed error instead. `client.deviations` keeps them, so a learner who points the course at their own
 * service leaves with the list of what it bends.
 */
export interface Deviation {
  /**
   * `violation`: the server breaks a MUST, SHALL or REQUIRED of the RFC (the client read around it);
   * `variation`: the RFC allows what the server did, but it is not what the RFC recommends or what the
   * embedded server does (a PATCH answered 204, say), so what a chapter says of it may not hold here.
   */
  readonly kind: "violation" | "variation";
  /** The rule, in a sentence, e.g. `bulk.maxOperations is REQUIRED in the ServiceProviderConfig`. */
  readonly rule: string;
  /** The section it comes from, e.g. `RFC 7643 §5`. */
  readonly rfc: string;
  /** Where it was seen, e.g. `ServiceProviderConfig`, `User 2819c223`, `GET /Users page at 101, item 3`. */
  readonly item?: string;
  /** What the server did, e.g. `sent "true" (a string)`. */
  readonly detail?: string;
  /** The request that showed it, e.g. `GET /ServiceProviderConfig`. */
  readonly request?: string;
  /** How many times it was seen (a deviation is kept once per rule and item). */
  readonly count: number;
}

/** What a caller records; the log counts repeats. */
export type DeviationInput = Omit<Deviation, "count">;

/**
 * The deviations a client saw, oldest first, one entry per rule and item (a repeat counts up), at most
 * `capacity` of them: once full, a new item of a rule already recorded is dropped (repeats still
 * count), but a rule not yet recorded is always kept, so a long list of bent items never hides a
 * rule. Backs `client.deviations`.
 */
export class DeviationLog {
  readonly #capacity: number;
  readonly #entries = new Map<string, Deviation>();
  readonly #rules = new Set<string>();

  constructor(capacity = 200) {
    this.#capacity = capacity;
  }

  /** Record a deviation (or count a repeat of one already recorded); returns the entry. */
  record(deviation: DeviationInput): Deviation {
    const key = `${deviation.rfc}\u0000${deviation.rule}\u0000${deviation.item ?? ""}`;
    const seen = this.#entries.get(key);
    const entry = Object.freeze({ ...deviation, ...(seen ? { detail: seen.detail ?? deviation.detail } : {}), count: (seen?.count ?? 0) + 1 });
    const ruleKey = `${deviation.rfc}\u0000${deviation.rule}`;
    if (seen || this.#entries.size < this.#capacity || !this.#rules.has(ruleKey)) this.#entries.set(key, entry);
    this.#rules.add(ruleKey);
    return entry;
  }

  /** The recorded deviations, oldest first (a copy). */
  entries(): Deviation[] {
    return [...this.#entries.values()];
  }

  /** Forget every deviation. */
  clear(): void {
    this.#entries.clear();
    this.#rules.clear();
  }
}
