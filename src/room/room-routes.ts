import { ForbiddenError, NotFoundError, ScimError } from "../scim/errors.js";
import { errorResponse, jsonResponse, type ScimHttpRequest, type ScimHttpResponse } from "../server/index.js";
import { learnerSummary, roomSummary } from "./learner-summary.js";
import { asset, page } from "./pages/page-routes.js";
import { progressCsv } from "./progress-csv.js";
import type { Learner } from "./registry.js";
import { resolveCaller } from "./room-auth.js";
import { eventStream } from "./room-event-stream.js";
import { CheckBodySchema, CheckpointBodySchema, JoinBodySchema, readBody, TokensBodySchema } from "./room-body.js";
import type { Room } from "./room.js";
import { normalizeCode, sameSecret } from "./secrets.js";

const json = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

/** A JSON answer of the room's API. */
function answer(status: number, body: unknown): ScimHttpResponse {
  return jsonResponse(status, body, json);
}

/**
 * The room's own API under `/room/` (JSON; every error a SCIM Error body,
 * RFC 7644 §3.12). `join` and the pages' assets need no token; the pages,
 * their `.json` and `events` take a bearer token or a session cookie
 * (`session`); `me` and `checks` a learner's; everything else the
 * instructor's (403 for a learner's).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export async function roomRoute(room: Room, request: ScimHttpRequest, path: string): Promise<ScimHttpResponse> {
  const method = request.method.toUpperCase();
  const [first, second, third] = path.split("/").filter((segment) => segment !== "").slice(1);
  if (first === "join" && second === undefined) return allow(method, "POST") ?? join(room, request);
  if (first === "assets" && second !== undefined && third === undefined) return allow(method, "GET") ?? asset(second);
  if (pages.has(first ?? "") && second === undefined) return allow(method, "GET") ?? (await page(room, request, first as string));
  if (first === "events" && second === undefined) {
    return allow(method, "GET") ?? eventStream(room.events, room.sessions.resolve(request, room.registry, room.instructorToken));
  }
  if (first === "session" && second === undefined) return session(room, request, method);
  const caller = callerOf(room, request, method);
  if ((first === "me" || first === "checks") && second === undefined) {
    if (caller.kind !== "learner") throw new ForbiddenError(`/room/${first} is a learner's: the instructor has no learner record.`);
    if (first === "me") return allow(method, "GET") ?? answer(200, { room: room.registry.name, learner: publicLearner(caller.learner) });
    return allow(method, "POST") ?? checks(room, caller.learner, request);
  }
  if (caller.kind !== "instructor") throw new ForbiddenError(`${path} is for the instructor: a learner's token cannot use it.`);
  if (first === "learners") {
    if (second === undefined) return allow(method, "GET") ?? answer(200, { Resources: await roomSummary(room) });
    if (second === "reset" && third === undefined) return allow(method, "POST") ?? resetAll(room);
    const learner = room.registry.learner(second);
    if (learner === undefined) throw new NotFoundError(`No learner ${second} in this room (GET /room/learners lists them).`);
    const prefix = `/room/learners/${second}`;
    if (third === undefined) return allow(method, "GET") ?? answer(200, await learnerSummary(room, learner));
    if (third === "reset" && path === `${prefix}/reset`) {
      return allow(method, "POST") ?? (room.reset(learner.id), answer(200, await learnerSummary(room, learner)));
    }
    if (third === "checkpoint" && path === `${prefix}/checkpoint`) {
      if (method !== "POST") return allow(method, "POST") as ScimHttpResponse;
      const { checkpoint } = readBody(request.body, CheckpointBodySchema, '{"checkpoint": "michael-left"}');
      await room.moveToCheckpoint(learner.id, checkpoint);
      return answer(200, await learnerSummary(room, learner));
    }
    if (third === "scim") {
      // The instructor reads (never writes) a learner's directory, as that learner would.
      return allow(method, "GET") ?? room.scim(learner.id, { ...request, url: request.url.slice(prefix.length) }, "instructor");
    }
  }
  if ((first === "close" || first === "open") && second === undefined) {
    if (method !== "POST") return allow(method, "POST") as ScimHttpResponse;
    room.registry.closed = first === "close";
    return answer(200, { room: room.registry.name, closed: room.registry.closed });
  }
  if (first === "progress.csv" && second === undefined) {
    if (method !== "GET") return allow(method, "GET") as ScimHttpResponse;
    const csv = progressCsv(await roomSummary(room));
    return { status: 200, headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="progress.csv"' }, body: csv };
  }
  if (first === "tokens" && second === undefined) {
    if (method !== "POST") return allow(method, "POST") as ScimHttpResponse;
    const { count } = readBody(request.body, TokensBodySchema, '{"count": 40}');
    const issued = Array.from({ length: count }, () => room.issue());
    return answer(201, { baseUrl: room.baseUrl, Resources: issued.map((learner) => ({ ...publicLearner(learner), token: learner.token })) });
  }
  throw new NotFoundError(`${path} is not an endpoint of the room.`);
}

/**
 * Who calls the API: the bearer token when there is one, else the page's
 * session cookie. A write by cookie must be JSON: a form on another site can
 * send the cookie's request only as a form or plain text (the cookie is also
 * SameSite=Strict; this is the second lock).
 * @see https://fetch.spec.whatwg.org/#cors-safelisted-request-header
 */
function callerOf(room: Room, request: ScimHttpRequest, method: string) {
  const bearer = request.headers.authorization;
  if ((bearer !== undefined && bearer !== "") || request.headers.cookie === undefined) return resolveCaller(bearer, room.registry, room.instructorToken);
  const caller = room.sessions.resolve(request, room.registry, room.instructorToken);
  const type = request.headers["content-type"] ?? "";
  if (method !== "GET" && !/^application\/json\b/i.test(type)) {
    throw new ForbiddenError("A page's request that changes the room must send JSON (Content-Type: application/json).");
  }
  return caller;
}

/** The live pages and their JSON twins (a session cookie or a bearer token). */
const pages = new Set(["learner", "instructor", "learner.json", "instructor.json"]);

/**
 * `POST /room/session`: trade the bearer token, once, for a session cookie
 * (HttpOnly, SameSite=Strict, Path=/room) the pages and their event stream
 * use; `DELETE` ends it. The cookie holds a random id, never the token.
 */
function session(room: Room, request: ScimHttpRequest, method: string): ScimHttpResponse {
  if (method === "DELETE") return { ...answer(200, { signedOut: true }), headers: { ...json, "set-cookie": room.sessions.close(request) } };
  if (method !== "POST") return allow(method, "POST") as ScimHttpResponse;
  const caller = resolveCaller(request.headers.authorization, room.registry, room.instructorToken);
  const cookie = room.sessions.open(caller);
  const who = caller.kind === "instructor" ? { kind: "instructor" } : { kind: "learner", learner: publicLearner(caller.learner) };
  return { ...answer(201, who), headers: { ...json, "set-cookie": cookie } };
}

/** `undefined` when `method` is the one allowed, else the 405 answer naming it. */
function allow(method: string, allowed: "GET" | "POST"): ScimHttpResponse | undefined {
  if (method === allowed) return undefined;
  return errorResponse(new ScimError(405, `This endpoint of the room answers ${allowed} only, not ${method}.`), { allow: allowed });
}

function publicLearner(learner: Learner): { id: string; name: string; joined: string } {
  return { id: learner.id, name: learner.name, joined: learner.created };
}

/** `POST /room/join`: rate-limited per address (429 + Retry-After), the code compared in constant time, refused when closed. */
function join(room: Room, request: ScimHttpRequest): ScimHttpResponse {
  const wait = room.joinLimiter.attempt(request.remoteAddress ?? "in-process");
  if (wait > 0) {
    return errorResponse(new ScimError(429, `Too many attempts to join from this address: try again in ${wait} s.`), { "retry-after": String(wait) });
  }
  const body = readBody(request.body, JoinBodySchema, '{"code": "ACD4FGH7KM", "name": "Ada"}');
  if (!sameSecret(normalizeCode(body.code), room.registry.code)) {
    throw new ForbiddenError("That is not this room's code.", { hint: "Check the code the instructor gave (letters and digits, no 0, O, 1 or I)." });
  }
  if (room.registry.closed) throw new ForbiddenError("The room is closed to new learners. Ask the instructor to open it, or for a pre-issued token.");
  const learner = room.issue(body.name);
  return answer(201, { learnerId: learner.id, name: learner.name, room: room.registry.name, token: learner.token, baseUrl: baseUrlFor(room, request) });
}

/** The base URL as this learner reached the room (the Host they used), so a room bound to 0.0.0.0 hands out a reachable URL. */
function baseUrlFor(room: Room, request: ScimHttpRequest): string {
  const host = request.headers.host;
  if (host === undefined || !/^[\w.\-:[\]]+$/.test(host)) return room.baseUrl;
  return `http://${host}${new URL(room.baseUrl).pathname}`;
}

function checks(room: Room, learner: Learner, request: ScimHttpRequest): ScimHttpResponse {
  const report = readBody(request.body, CheckBodySchema, '{"exercise": "01-charles-joins", "outcome": "correct", "attempts": 2, "hintsAsked": 1}');
  const recorded = room.registry.recordCheck(learner.id, report);
  room.events.emit({ type: "check", learnerId: learner.id, at: recorded.at });
  return answer(201, recorded);
}

function resetAll(room: Room): ScimHttpResponse {
  const learners = room.registry.learners();
  for (const learner of learners) room.reset(learner.id);
  return answer(200, { reset: learners.length });
}
