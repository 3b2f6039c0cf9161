import { randomBytes } from "node:crypto";
import { UnauthorizedError } from "../scim/errors.js";
import type { ScimHttpRequest } from "../server/index.js";
import type { RoomRegistry } from "./registry.js";
import { resolveCaller, type Caller } from "./room-auth.js";

/** The session cookie's name; its value is a random id, never a token. */
export const sessionCookie = "scimlab_room";

/** How long a page session lasts: a long workshop day. */
const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/** Sessions kept at most; the oldest goes first (a room is at most a few hundred browsers). */
const maxSessions = 5000;

type Who = { readonly kind: "instructor" } | { readonly kind: "learner"; readonly learnerId: string };

/**
 * Browser sessions of the live pages. `EventSource` cannot send an
 * Authorization header, so a page trades its bearer token once
 * (`POST /room/session`) for a cookie: HttpOnly, SameSite=Strict, Path=/room,
 * holding a random id mapped here to the caller. Sessions live in memory: a
 * restarted room asks the pages to sign in again.
 */
export class RoomSessions {
  readonly #sessions = new Map<string, { who: Who; expires: number }>();

  /** Open a session for an authenticated caller; returns the `Set-Cookie` header value. */
  open(caller: Caller): string {
    const id = randomBytes(32).toString("base64url");
    const who: Who = caller.kind === "instructor" ? { kind: "instructor" } : { kind: "learner", learnerId: caller.learner.id };
    if (this.#sessions.size >= maxSessions) this.#sessions.delete(this.#sessions.keys().next().value as string);
    this.#sessions.set(id, { who, expires: Date.now() + sessionLifetimeMs });
    return `${sessionCookie}=${id}; HttpOnly; SameSite=Strict; Path=/room; Max-Age=${sessionLifetimeMs / 1000}`;
  }

  /** End the session the request's cookie names (if any); returns the `Set-Cookie` header that clears it. */
  close(request: ScimHttpRequest): string {
    const id = cookieOf(request.headers.cookie);
    if (id !== undefined) this.#sessions.delete(id);
    return `${sessionCookie}=; HttpOnly; SameSite=Strict; Path=/room; Max-Age=0`;
  }

  /**
   * The caller of a page read: the bearer token when the request has one,
   * else the session cookie's caller; a learner removed since is unknown. 401 otherwise.
   */
  resolve(request: ScimHttpRequest, registry: RoomRegistry, instructorToken: string): Caller {
    if (request.headers.authorization !== undefined && request.headers.authorization !== "") {
      return resolveCaller(request.headers.authorization, registry, instructorToken);
    }
    const id = cookieOf(request.headers.cookie);
    const session = id === undefined ? undefined : this.#sessions.get(id);
    if (id !== undefined && session !== undefined && session.expires > Date.now()) {
      if (session.who.kind === "instructor") return { kind: "instructor" };
      const learner = registry.learner(session.who.learnerId);
      if (learner !== undefined) return { kind: "learner", learner };
    }
    if (id !== undefined) this.#sessions.delete(id);
    throw new UnauthorizedError("This page's session is missing or has expired.", {
      hint: "Sign in on the page with your token (POST /room/session with Authorization: Bearer <token>).",
    });
  }
}

/** The session id in a Cookie header, if there is one. */
function cookieOf(header: string | undefined): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === sessionCookie && value.length > 0) return value.join("=");
  }
  return undefined;
}
