import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RoomEvents } from "../../src/room/index.js";
import { eventStream } from "../../src/room/room-event-stream.js";
import { testRoom } from "./harness.js";

type Room = Awaited<ReturnType<typeof testRoom>>;
let room: Room;
beforeAll(async () => {
  room = await testRoom();
});
afterAll(() => room.stop());

interface Sse {
  readonly status: number;
  readonly contentType: string | null;
  /** Every `event:`/`data:` block received so far, parsed. */
  readonly events: { event: string; data: Record<string, unknown> }[];
  /** Wait until `count` events arrived (or fail after `ms`). */
  until(count: number, ms?: number): Promise<void>;
  close(): void;
}

/** Open `/room/events` over real HTTP with these headers and collect its events. */
async function openStream(headers: Record<string, string>): Promise<Sse> {
  const abort = new AbortController();
  const response = await fetch(`${room.url}/room/events`, { headers, signal: abort.signal });
  const events: Sse["events"] = [];
  let raw = "";
  if (response.status === 200 && response.body !== null) {
    void (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          raw += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = raw.indexOf("\n\n")) !== -1) {
            const block = raw.slice(0, end);
            raw = raw.slice(end + 2);
            const event = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (event !== undefined && data !== undefined) events.push({ event, data: JSON.parse(data) });
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
  } else {
    await response.text();
  }
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    events,
    async until(count, ms = 2000) {
      const start = Date.now();
      while (events.length < count) {
        if (Date.now() - start > ms) throw new Error(`only ${events.length} of ${count} events after ${ms} ms: ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => abort.abort(),
  };
}

async function sessionCookie(token: string): Promise<string> {
  const answer = await room.call(token, "POST", "/room/session");
  expect(answer.status).toBe(201);
  const setCookie = answer.headers.get("set-cookie") ?? "";
  return setCookie.split(";")[0] as string;
}

describe("page sessions", () => {
  it("trade a bearer token for an HttpOnly, SameSite=Strict cookie on /room holding a random id, not the token", async () => {
    const learner = await room.join("Pam");
    const answer = await room.call(learner.token, "POST", "/room/session");
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ kind: "learner", learner: { id: learner.learnerId, name: "Pam" } });
    const cookie = answer.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^scimlab_room=[\w-]{40,}; HttpOnly; SameSite=Strict; Path=\/room; Max-Age=\d+$/);
    expect(cookie).not.toContain(learner.token);
    expect(answer.text).not.toContain(learner.token);
    const second = await sessionCookie(learner.token);
    expect(second).not.toBe(cookie.split(";")[0]);
  });

  it("are accepted on the pages' JSON, and refused when unknown, missing, or signed out", async () => {
    const learner = await room.join("Jim");
    const cookie = await sessionCookie(learner.token);
    const read = await fetch(`${room.url}/room/learner.json`, { headers: { cookie } });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { learner: unknown }).learner).toEqual({ id: learner.learnerId, name: "Jim" });
    expect((await fetch(`${room.url}/room/learner.json`, { headers: { cookie: "scimlab_room=forged" } })).status).toBe(401);
    expect((await fetch(`${room.url}/room/learner.json`)).status).toBe(401);
    expect((await fetch(`${room.url}/room/instructor.json`, { headers: { cookie } })).status).toBe(403);
    // A cookie is good for the pages only, not for SCIM or the instructor's API.
    expect((await fetch(`${room.url}/scim/v2/Users`, { headers: { cookie } })).status).toBe(401);
    const out = await fetch(`${room.url}/room/session`, { method: "DELETE", headers: { cookie } });
    expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
    expect((await fetch(`${room.url}/room/learner.json`, { headers: { cookie } })).status).toBe(401);
  });

  it("refuse a session for no token or a wrong one", async () => {
    expect((await room.call(undefined, "POST", "/room/session")).status).toBe(401);
    expect((await room.call("not-a-token", "POST", "/room/session")).status).toBe(401);
  });
});

describe("GET /room/events", () => {
  it("answers 401 without credentials, and with a forged cookie", async () => {
    expect((await openStream({})).status).toBe(401);
    expect((await openStream({ cookie: "scimlab_room=forged" })).status).toBe(401);
    expect((await openStream({ authorization: "Bearer nope" })).status).toBe(401);
  });

  it("gives a learner only their own writes and refusals, no bodies, queries or tokens; the instructor everyone's plus check reports", async () => {
    const pam = await room.join("Pam B");
    const ryan = await room.join("Ryan H");
    const pamStream = await openStream({ cookie: await sessionCookie(pam.token) });
    const ryanStream = await openStream({ authorization: `Bearer ${ryan.token}` });
    const teacher = await openStream({ cookie: await sessionCookie(room.instructor) });
    expect(pamStream.status).toBe(200);
    expect(pamStream.contentType).toBe("text/event-stream; charset=utf-8");
    await new Promise((resolve) => setTimeout(resolve, 50));

    const user = await room.createUser(pam.token, "pbeesly", { password: "s3cret-watercolour" });
    await room.createUser(ryan.token, "rhoward");
    const refused = await room.call(ryan.token, "GET", "/scim/v2/Users?filter=userName%20zz%20%22pbeesly%22");
    expect(refused.status).toBe(400);
    await room.call(pam.token, "POST", "/room/checks", { exercise: "01-charles-joins", outcome: "correct", attempts: 2, hintsAsked: 1 });
    await room.call(pam.token, "DELETE", `/scim/v2/Users/${user.id}`);

    await pamStream.until(2);
    await ryanStream.until(2);
    await teacher.until(5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pamStream.events.map((e) => `${e.event} ${e.data.method} ${e.data.path}`)).toEqual(["write POST /scim/v2/Users", `write DELETE /scim/v2/Users/${user.id}`]);
    expect(ryanStream.events.map((e) => `${e.event} ${e.data.method} ${e.data.path} ${e.data.status}`)).toEqual([
      "write POST /scim/v2/Users 201",
      "refused GET /scim/v2/Users 400",
    ]);
    expect(pamStream.events.every((e) => e.data.learnerId === undefined)).toBe(true);
    expect(teacher.events.map((e) => `${e.event} ${e.data.learnerId}`)).toEqual([
      `write ${pam.learnerId}`,
      `write ${ryan.learnerId}`,
      `refused ${ryan.learnerId}`,
      `check ${pam.learnerId}`,
      `write ${pam.learnerId}`,
    ]);
    const everything = JSON.stringify([pamStream.events, ryanStream.events, teacher.events]);
    for (const secret of ["s3cret-watercolour", pam.token, ryan.token, room.instructor, "pbeesly"]) expect(everything).not.toContain(secret);
    for (const stream of [pamStream, ryanStream, teacher]) stream.close();
  });

  it("unsubscribes when the browser goes away", async () => {
    const learner = await room.join("Toby");
    const before = room.room.events.size;
    const stream = await openStream({ authorization: `Bearer ${learner.token}` });
    expect(room.room.events.size).toBe(before + 1);
    stream.close();
    const start = Date.now();
    while (room.room.events.size !== before && Date.now() - start < 2000) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(room.room.events.size).toBe(before);
  });

  it("sends a keep-alive comment on its interval", () => {
    const chunks: string[] = [];
    const response = eventStream(new RoomEvents(), { kind: "instructor" }, 20);
    const stop = response.stream?.((chunk) => chunks.push(chunk));
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        stop?.();
        expect(chunks[0]).toContain("retry: 2000");
        expect(chunks.filter((chunk) => chunk === ": keep-alive\n\n").length).toBeGreaterThanOrEqual(2);
        resolve();
      }, 75);
    });
  });
});
