import { z } from "zod";

/**
 * The `name` attribute of a User. RFC 7643 §4.1.1: "The components of the
 * user's real name. Providers MAY return just the full name as a single
 * string in the formatted sub-attribute, or they MAY return just the
 * individual component attributes using the other sub-attributes, or they MAY
 * return both."
 *
 * For "Ms. Barbara J Jensen, III": `formatted` is the whole string,
 * `familyName` "Jensen", `givenName` "Barbara", `middleName` "Jane",
 * `honorificPrefix` "Ms.", `honorificSuffix` "III".
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.1
 */
export const NameSchema = z
  .object({
    /** "The full name, including all middle names, titles, and suffixes as appropriate, formatted for display." */
    formatted: z.string().optional(),
    /** "The family name of the User, or last name in most Western languages." */
    familyName: z.string().optional(),
    /** "The given name of the User, or first name in most Western languages." */
    givenName: z.string().optional(),
    /** "The middle name(s) of the User." */
    middleName: z.string().optional(),
    /** "The honorific prefix(es) of the User, or title in most Western languages." */
    honorificPrefix: z.string().optional(),
    /** "The honorific suffix(es) of the User, or suffix in most Western languages." */
    honorificSuffix: z.string().optional(),
  })
  .passthrough();

/** A User's name, RFC 7643 §4.1.1 (see {@link NameSchema}). */
export interface Name {
  /** The full name, formatted for display. */
  formatted?: string;
  /** The family name, or last name in most Western languages. */
  familyName?: string;
  /** The given name, or first name in most Western languages. */
  givenName?: string;
  /** The middle name(s). */
  middleName?: string;
  /** The honorific prefix(es), or title in most Western languages. */
  honorificPrefix?: string;
  /** The honorific suffix(es), or suffix in most Western languages. */
  honorificSuffix?: string;
  [attribute: string]: unknown;
}
