import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../src/client/retry-after.js";
import { retryDelay, shouldRetry } from "../../src/client/retry.js";
import { normalizeRetry } from "../../src/client/options.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-23T07:00:00Z");

  it("reads delay-seconds as milliseconds", () => {
    expect(parseRetryAfter("2", now)).toBe(2000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date relative to now", () => {
    expect(parseRetryAfter("Mon, 23 Nov 2026 07:00:03 GMT", now)).toBe(3000);
  });

  it("treats a date in the past as now", () => {
    expect(parseRetryAfter("Mon, 23 Nov 2026 06:59:00 GMT", now)).toBe(0);
  });

  it("ignores a missing or unreadable header", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-1", now)).toBeUndefined();
  });
});

describe("retryDelay", () => {
  const options = normalizeRetry({ baseDelayMs: 100, maxDelayMs: 1000 });

  it("backs off exponentially with jitter between half and all of the delay", () => {
    expect(retryDelay(1, options, undefined, () => 0)).toBe(50);
    expect(retryDelay(1, options, undefined, () => 1)).toBe(100);
    expect(retryDelay(3, options, undefined, () => 1)).toBe(400);
  });

  it("caps backoff at maxDelayMs, but returns Retry-After as asked (the engine refuses a longer one)", () => {
    expect(retryDelay(10, options, undefined, () => 1)).toBe(1000);
    expect(retryDelay(1, options, "120")).toBe(120_000);
  });

  it("prefers the server's Retry-After", () => {
    expect(retryDelay(1, options, "0")).toBe(0);
  });
});

describe("shouldRetry", () => {
  const options = normalizeRetry({ limit: 2 });

  it("retries 429 and 503 on idempotent requests up to the limit", () => {
    expect(shouldRetry(429, 1, true, options)).toBe(true);
    expect(shouldRetry(503, 2, true, options)).toBe(true);
    expect(shouldRetry(503, 3, true, options)).toBe(false);
  });

  it("retries 429 for every request, 502/503/504 only for idempotent ones, never 500", () => {
    expect(shouldRetry(429, 1, false, options)).toBe(true);
    for (const status of [502, 503, 504]) {
      expect(shouldRetry(status, 1, true, options)).toBe(true);
      expect(shouldRetry(status, 1, false, options)).toBe(false);
    }
    expect(shouldRetry(500, 1, true, options)).toBe(false);
  });
});
