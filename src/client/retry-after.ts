/**
 * Read a `Retry-After` header: how long the server asks the client to wait, in milliseconds.
 *
 * The value is either a number of seconds (`Retry-After: 2`) or an HTTP date
 * (`Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`); a date in the past means "now" (0).
 * Returns `undefined` when the header is missing or unreadable, so the caller falls back to backoff.
 *
 * SCIM servers send it with 429 Too Many Requests and 503 Service Unavailable.
 *
 * @param value - the header value, if any
 * @param now - the current time in milliseconds since the epoch
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-4
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names its day and zone (IMF-fixdate); bare numbers like "-1" are not dates.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
