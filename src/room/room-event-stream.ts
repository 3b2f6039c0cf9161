import type { ScimHttpResponse } from "../server/index.js";
import type { Caller } from "./room-auth.js";
import type { RoomEvent, RoomEvents } from "./room-events.js";

/** A comment line every 15 s keeps proxies and browsers from closing an idle stream. @default 15000 */
export const keepAliveMs = 15_000;

/**
 * `GET /room/events`: the room's events as Server-Sent Events. A learner gets
 * only their own directory's writes and resets, without their learner id; the
 * instructor gets everyone's writes, joins, resets and check reports. Events
 * carry no body and no token: the pages re-read their JSON on each one.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
export function eventStream(events: RoomEvents, caller: Caller, keepAlive = keepAliveMs): ScimHttpResponse {
  const pass = caller.kind === "instructor" ? forInstructor : forLearner(caller.learner.id);
  return {
    status: 200,
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" },
    body: "",
    stream(write) {
      write("retry: 2000\n: connected\n\n");
      const stop = events.subscribe((event) => {
        const data = pass(event);
        if (data !== undefined) write(`event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`);
      });
      const timer = setInterval(() => write(": keep-alive\n\n"), keepAlive);
      return () => {
        clearInterval(timer);
        stop();
      };
    },
  };
}

function forInstructor(event: RoomEvent): object {
  if (event.type === "write") return { type: event.type, learnerId: event.learnerId, method: event.method, path: event.path, status: event.status, at: event.at, by: event.by };
  if (event.type === "refused") return { type: event.type, learnerId: event.learnerId, method: event.method, path: event.path, status: event.status, at: event.at };
  return { type: event.type, learnerId: event.learnerId, at: event.at };
}

function forLearner(learnerId: string): (event: RoomEvent) => object | undefined {
  return (event) => {
    if (event.learnerId !== learnerId) return undefined;
    if (event.type === "write") return { type: event.type, method: event.method, path: event.path, status: event.status, at: event.at, by: event.by };
    if (event.type === "refused") return { type: event.type, method: event.method, path: event.path, status: event.status, at: event.at };
    if (event.type === "reset") return { type: event.type, at: event.at };
    return undefined;
  };
}
