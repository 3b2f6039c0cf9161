import { loadCast, type CastMember } from "../../setup/cast.js";

/**
 * The RFC 9562 namespace for X.500 distinguished names (§6.6, Appendix A):
 * what a UUIDv5 of a DN is computed in.
 * @see https://www.rfc-editor.org/rfc/rfc9562#section-6.6
 */
export const X500_NAMESPACE = "6ba7b814-9dad-11d1-80b4-00c04fd430c8";

/** A storyline person's directory record (DN, manager, User input), by userName. */
export function directoryPerson(userName: string): CastMember {
  const cast = loadCast();
  const person = [...cast.employees, cast.charlesMiner].find((member) => member.user.userName === userName);
  if (person === undefined) throw new Error(`${userName} is not in the course's directory.`);
  return person;
}
