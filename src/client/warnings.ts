/**
 * Something the client did on your behalf, or noticed, that you should know about: it left read-only
 * attributes out of a request, skipped a resource that did not match its schema, or repaired paging.
 * Nothing failed; `client.warnings` keeps them and the `onWarning` option is told.
 */
export interface ScimWarning {
  /** A stable code, e.g. `SCIM_READONLY_DROPPED`. */
  readonly code: string;
  /** What happened and what to do, e.g. `groups is readOnly (RFC 7643 §4.1.2): …`. */
  readonly message: string;
  /** The RFC section the rule comes from, e.g. `RFC 7643 §4.1.2`. */
  readonly rfc: string;
}

/** Called with each warning; the default writes each distinct message once to `console.warn`. */
export type WarningHandler = (warning: ScimWarning) => void;

/**
 * The default {@link WarningHandler}: `console.warn` (stderr, shown in a notebook cell), once per distinct
 * message for the client's lifetime, so a loop does not flood the output.
 */
export function warnOnce(): WarningHandler {
  const shown = new Set<string>();
  return (warning) => {
    if (shown.has(warning.message)) return;
    shown.add(warning.message);
    console.warn(`scimlab: ${warning.message}`);
  };
}

/**
 * A bounded list of warnings, newest last: once full, each new one drops the oldest. Backs
 * `client.warnings`; each warning is also handed to the `onWarning` handler.
 */
export class WarningLog {
  readonly #capacity: number;
  readonly #handler: WarningHandler;
  readonly #entries: ScimWarning[] = [];

  constructor(capacity: number, handler: WarningHandler) {
    this.#capacity = capacity;
    this.#handler = handler;
  }

  /** Record `warning` and tell the handler. */
  add(warning: ScimWarning): void {
    if (this.#capacity > 0) {
      this.#entries.push(Object.freeze({ ...warning }));
      if (this.#entries.length > this.#capacity) this.#entries.shift();
    }
    this.#handler(warning);
  }

  /** The kept warnings, oldest first (a copy). */
  entries(): ScimWarning[] {
    return [...this.#entries];
  }

  /** Forget every warning. */
  clear(): void {
    this.#entries.length = 0;
  }
}
