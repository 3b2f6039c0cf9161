/** Options of {@link JoinLimiter}. */
export interface JoinLimiterOptions {
  /** Attempts allowed per address in a window. @default 10 */
  attempts?: number;
  /** The window in milliseconds. @default 60000 */
  windowMs?: number;
}

/**
 * A fixed-window rate limit on join attempts per client address, so that a
 * room code cannot be guessed: 10 attempts a minute by default, then 429
 * with the seconds to wait (RFC 6585 §4). Every attempt counts, right or
 * wrong, so a classroom behind one NAT address should raise `attempts`.
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-4
 */
export class JoinLimiter {
  readonly #attempts: number;
  readonly #windowMs: number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(options: JoinLimiterOptions = {}) {
    this.#attempts = options.attempts ?? 10;
    this.#windowMs = options.windowMs ?? 60_000;
  }

  /** Count an attempt from `address`: `0` when allowed, else the seconds to wait before the next. */
  attempt(address: string, now = Date.now()): number {
    let window = this.#windows.get(address);
    if (window === undefined || now - window.start >= this.#windowMs) {
      if (this.#windows.size > 10_000) this.#forgetOld(now);
      window = { start: now, count: 0 };
      this.#windows.set(address, window);
    }
    window.count++;
    return window.count <= this.#attempts ? 0 : Math.ceil((window.start + this.#windowMs - now) / 1000);
  }

  #forgetOld(now: number): void {
    for (const [address, window] of this.#windows) if (now - window.start >= this.#windowMs) this.#windows.delete(address);
  }
}
