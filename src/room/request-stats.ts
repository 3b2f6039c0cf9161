/** A learner's requests, counted by status class, with the last error. */
export interface RequestCounts {
  /** Requests by status class: `"2xx"`, `"3xx"`, `"4xx"`, `"5xx"`. */
  readonly byClass: Readonly<Record<StatusClass, number>>;
  /** The last 4xx or 5xx: its status, the Error's `detail`, when. */
  readonly lastError: { readonly status: number; readonly detail: string; readonly at: string } | undefined;
  /** The last request, ISO 8601. */
  readonly lastActivity: string | undefined;
}

/** An HTTP status class. */
export type StatusClass = "2xx" | "3xx" | "4xx" | "5xx";

/**
 * Counts one learner's SCIM requests since the room started (or since their
 * reset), for the instructor's "errors hit" column. In memory: a restart
 * starts the counts again, the directory and the check reports stay.
 */
export class RequestStats {
  #byClass: Record<StatusClass, number> = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 };
  #lastError: RequestCounts["lastError"];
  #lastActivity: string | undefined;

  /** Count a response; `body` is read only for an error (its `detail`). */
  record(status: number, body: string, at: string): void {
    const statusClass = `${Math.min(5, Math.max(2, Math.floor(status / 100)))}xx` as StatusClass;
    this.#byClass[statusClass]++;
    this.#lastActivity = at;
    if (status >= 400) this.#lastError = { status, detail: errorDetail(body), at };
  }

  /** The counts so far (a copy). */
  snapshot(): RequestCounts {
    return { byClass: { ...this.#byClass }, lastError: this.#lastError, lastActivity: this.#lastActivity };
  }
}

/** The `detail` of a SCIM Error body (RFC 7644 §3.12), or `""`. */
function errorDetail(body: string): string {
  try {
    const detail = (JSON.parse(body) as { detail?: unknown }).detail;
    return typeof detail === "string" ? detail : "";
  } catch {
    return "";
  }
}
