import { InvalidValueError } from "../../scim/errors.js";

/**
 * The dialect profiles of scimlab's embedded server: which non-RFC forms of
 * identity providers it accepts (src/providers/forms.ts).
 *
 * - `strict` (the default): RFC 7643/7644 only; each known non-RFC form is
 *   refused with a 400 naming the form and the provider that sends it.
 * - `entra`: also Microsoft Entra ID's forms, rewritten into the RFC form
 *   before the request is handled.
 * - `okta`: also Okta's forms (Okta's documented requests are RFC-valid, so
 *   this accepts what `strict` does).
 * - `lenient`: every known form.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export type DialectName = "strict" | "entra" | "okta" | "lenient";

/** Every dialect, the default first. */
export const dialectNames: readonly DialectName[] = ["strict", "entra", "okta", "lenient"];

/** The request header that picks a dialect for one request (it beats the server's option). */
export const dialectHeader = "scimlab-dialect";

/** True when `name` is a {@link DialectName}. */
export function isDialectName(name: unknown): name is DialectName {
  return typeof name === "string" && (dialectNames as readonly string[]).includes(name);
}

/**
 * The dialect of one request: the `Scimlab-Dialect` header when present
 * (case-insensitive), else the server's.
 *
 * @throws InvalidValueError (400 invalidValue) for an unknown name, listing the names.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function requestDialect(header: string | undefined, serverDialect: DialectName): DialectName {
  if (header === undefined || header.trim() === "") return serverDialect;
  const name = header.trim().toLowerCase();
  if (isDialectName(name)) return name;
  throw new InvalidValueError(
    `Scimlab-Dialect: ${JSON.stringify(header)} is not a dialect of scimlab's server; the dialects are ${dialectNames.join(", ")}.`,
    { hint: "Send Scimlab-Dialect: entra (or strict, okta, lenient), or leave the header out for the server's dialect." },
  );
}
