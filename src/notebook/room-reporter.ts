/** The workshop room a notebook is connected to, as `GET /room/me` describes it. */
export interface RoomLink {
  /** The room's origin, e.g. `http://192.168.1.20:8890` (its API is under `/room/`). */
  readonly origin: string;
  /** The room's name. */
  readonly room: string;
  /** The learner's name, as the instructor sees it. */
  readonly learner: string;
  /** The learner's token (SCIM_TOKEN); never displayed. */
  readonly token: string;
}

/** What a `check()` reports to the room: never the answer, never the message. */
export interface CheckReport {
  /** The exercise id, e.g. `"chapter01.q1"`. */
  exercise: string;
  /** The check's outcome, e.g. `"correct"`. */
  outcome: string;
  /** How many times `check()` ran for this exercise, this one included. */
  attempts: number;
  /** How many times the learner called `hint()` for this exercise. */
  hintsAsked: number;
}

/**
 * How long a call to the room may take before it is given up.
 * @default 2000
 */
export const roomTimeoutMs = 2000;

let current: RoomLink | undefined;
/** Reports wait for the previous one, so the room records them in order. */
let queue: Promise<void> = Promise.resolve();

/**
 * Ask the server behind `baseUrl` whether it is a scimlab room
 * (`GET {origin}/room/me` with the learner's token). Resolves to the room
 * and learner, or `undefined` for any other answer (a plain SCIM server's
 * 404, an error, a timeout): never rejects.
 */
export async function findRoom(baseUrl: string, token: string | undefined, timeoutMs = roomTimeoutMs): Promise<RoomLink | undefined> {
  if (token === undefined || token === "") return undefined;
  try {
    const origin = new URL(baseUrl).origin;
    const response = await fetch(`${origin}/room/me`, {
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status !== 200) {
      await response.body?.cancel();
      return undefined;
    }
    const body = (await response.json()) as { room?: unknown; learner?: { name?: unknown } };
    if (typeof body.room !== "string" || typeof body.learner?.name !== "string") return undefined;
    return { origin, room: body.room, learner: body.learner.name, token };
  } catch {
    return undefined;
  }
}

/** Make `link` the room that checks report to; `undefined` when not in a room. `connect()` calls this. */
export function useRoom(link: RoomLink | undefined): void {
  current = link;
}

/** The room checks report to, if any. */
export function currentRoom(): RoomLink | undefined {
  return current;
}

/**
 * Report a check to the room (`POST /room/checks`), fire and forget: does
 * nothing outside a room, gives up after {@link roomTimeoutMs}, and ignores
 * every failure. The returned promise (for tests) never rejects.
 */
export function reportCheck(report: CheckReport): Promise<void> {
  const link = current;
  if (link === undefined) return Promise.resolve();
  const body = JSON.stringify({ exercise: report.exercise, outcome: report.outcome, attempts: report.attempts, hintsAsked: report.hintsAsked });
  queue = queue.then(() => send(link, body));
  return queue;
}

async function send(link: RoomLink, body: string): Promise<void> {
  try {
    const response = await fetch(`${link.origin}/room/checks`, {
      method: "POST",
      headers: { authorization: `Bearer ${link.token}`, "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(roomTimeoutMs),
    });
    await response.body?.cancel();
  } catch {
    // A report that cannot reach the room changes nothing for the learner.
  }
}
