import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/**
 * Room codes use letters and digits that cannot be misread when written on a
 * whiteboard or said aloud: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V.
 */
export const codeAlphabet = "34679ACDEFGHJKMNPQRTWXY";

/** Characters in a room code: 23^10 ≈ 4·10^13 codes, against 10 guesses a minute per address. @default 10 */
export const codeLength = 10;

/** A new room code of {@link codeLength} characters from {@link codeAlphabet}. */
export function newRoomCode(length = codeLength): string {
  let code = "";
  for (let i = 0; i < length; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return code;
}

/** A code as typed: upper case, spaces and dashes removed (`"acd-efg hjk"` reads as `"ACDEFGHJK"`). */
export function normalizeCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, "");
}

/** A new bearer token: 32 random bytes, base64url (43 characters, safe in a shell and a URL). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The SHA-256 of a token, hex: what the registry stores instead of the token.
 * Tokens are random 256-bit values, so a fast unsalted hash is enough (no
 * dictionary to attack); a stolen `room.db` gives no usable token.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Whether two secrets are equal, compared in constant time: both sides are
 * hashed first, so neither their lengths nor their common prefix show in the
 * time taken (as `bearerAuth` of the server does for one token).
 */
export function sameSecret(presented: string, expected: string): boolean {
  const a = createHash("sha256").update(presented, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}
