/** What a redacted secret is replaced with. */
export const REDACTED = "[redacted]";

/** Attribute names whose values are always redacted, compared case-insensitively (RFC 7643 §4.1.1 password). */
const SECRET_KEYS = new Set(["password", "authorization", "token", "access_token", "client_secret"]);

/**
 * Redact request headers for the exchange log: the `Authorization` value keeps its scheme
 * (`Bearer [redacted]`) so a learner can still see that a token was sent.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-2
 */
export function redactHeaders(headers: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === "authorization") {
      const scheme = value.split(" ")[0];
      result[name] = scheme && scheme !== value ? `${scheme} ${REDACTED}` : REDACTED;
    } else {
      result[name] = redactText(value, secrets);
    }
  }
  return result;
}

/**
 * Redact a JSON value: every `password` (and other secret-named) attribute at any depth, the `value`
 * of a PATCH operation whose `path` is `password`, and every occurrence of a known secret string (the
 * bearer token) anywhere in a string. Returns a copy.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.1
 */
export function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value !== null && typeof value === "object") {
    const result: Record<string, unknown> = {};
    const patchesSecret = isSecretPatchOperation(value);
    for (const [key, item] of Object.entries(value)) {
      const secret = SECRET_KEYS.has(key.toLowerCase()) || (patchesSecret && key === "value");
      result[key] = secret && item != null ? REDACTED : redactValue(item, secrets);
    }
    return result;
  }
  return value;
}

/**
 * A secret this short is redacted only where it stands alone (not inside a
 * longer run of token characters): a one-letter test token "t" must not turn
 * every "t" of a response body into "[redacted]".
 */
const SHORT_SECRET = 8;

/** The characters of a bearer token (RFC 6750 §2.1, b64token). */
const tokenCharacter = "[A-Za-z0-9\\-._~+/=]";

/** Replace every occurrence of each secret in `text` with `[redacted]` (a short secret: each standalone one). */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= SHORT_SECRET) result = result.split(secret).join(REDACTED);
    else if (secret.length > 0) {
      const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      result = result.replace(new RegExp(`(?<!${tokenCharacter})${escaped}(?!${tokenCharacter})`, "g"), REDACTED);
    }
  }
  return result;
}

function isSecretPatchOperation(value: object): boolean {
  const path = (value as { path?: unknown }).path;
  return typeof path === "string" && /(^|:)password$/i.test(path.trim());
}
