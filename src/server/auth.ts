import { timingSafeEqual } from "node:crypto";
import { UnauthorizedError } from "../scim/errors.js";

/** Checks an `Authorization` header; throws a 401 {@link UnauthorizedError} when it is wrong. */
export type BearerCheck = (authorization: string | undefined) => void;

/**
 * Bearer-token authentication (RFC 6750 §2.1, as RFC 7644 §2 suggests) on
 * every endpoint, discovery included. The presented token is compared with
 * `crypto.timingSafeEqual`, so the time taken does not reveal how much of it
 * is right (only whether its length is the expected one).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-2
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function bearerAuth(token: string): BearerCheck {
  const expected = Buffer.from(token, "utf8");
  return (authorization) => {
    if (authorization === undefined || authorization === "") {
      throw new UnauthorizedError("This request has no Authorization header; every endpoint needs a bearer token.", {
        hint: 'Send "Authorization: Bearer <token>" (the token printed by your setup, or .scimlab/dev-token).',
      });
    }
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (match === null) {
      throw new UnauthorizedError("The Authorization header is not a bearer token.", {
        hint: 'Use the form "Authorization: Bearer <token>"; Basic authentication is not supported.',
      });
    }
    const presented = Buffer.from(match[1] as string, "utf8");
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      throw new UnauthorizedError("The bearer token is not valid for this server.", {
        hint: "Use the token this server was started with (scimlab serve uses .scimlab/dev-token unless --token is given).",
      });
    }
  };
}

