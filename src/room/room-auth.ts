import { UnauthorizedError } from "../scim/errors.js";
import type { Learner, RoomRegistry } from "./registry.js";
import { sameSecret } from "./secrets.js";

/** Who sent a request, as the bearer token says. */
export type Caller = { readonly kind: "instructor" } | { readonly kind: "learner"; readonly learner: Learner };

/**
 * Resolve the caller once, at authentication (RFC 6750 §2.1): the
 * instructor's token, compared in constant time, or a learner's, found by
 * its SHA-256 in the registry (a lookup by hash reveals nothing of the token:
 * timing can at most tell something of the hash of a guess). No token, or an
 * unknown one, is the same 401 the single server answers.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function resolveCaller(authorization: string | undefined, registry: RoomRegistry, instructorToken: string): Caller {
  if (authorization === undefined || authorization === "") {
    throw new UnauthorizedError("This request has no Authorization header; every endpoint of the room needs a bearer token.", {
      hint: 'Send "Authorization: Bearer <token>": join the room with `scimlab join ROOM_URL CODE` to get yours.',
    });
  }
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (match === null) {
    throw new UnauthorizedError("The Authorization header is not a bearer token.", { hint: 'Use the form "Authorization: Bearer <token>".' });
  }
  const token = match[1] as string;
  if (sameSecret(token, instructorToken)) return { kind: "instructor" };
  const learner = registry.learnerByToken(token);
  if (learner === undefined) {
    throw new UnauthorizedError("The bearer token is not valid for this room.", {
      hint: "Use the token `scimlab join` printed for you (SCIM_TOKEN), or ask the instructor for one.",
    });
  }
  return { kind: "learner", learner };
}
