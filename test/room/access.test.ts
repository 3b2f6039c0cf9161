import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testRoom } from "./harness.js";

type Room = Awaited<ReturnType<typeof testRoom>>;
let room: Room;
beforeAll(async () => {
  room = await testRoom();
});
afterAll(() => room.stop());

const instructorEndpoints: [string, string, unknown?][] = [
  ["GET", "/room/learners"],
  ["POST", "/room/learners/reset", {}],
  ["POST", "/room/close", {}],
  ["POST", "/room/open", {}],
  ["GET", "/room/progress.csv"],
  ["POST", "/room/tokens", { count: 1 }],
];

describe("joining a room", () => {
  it("gives a learner a token and the base URL; the token works at /scim/v2 and /room/me", async () => {
    const learner = await room.join("Ada");
    expect(learner.baseUrl).toBe(`${room.url}/scim/v2`);
    expect((await room.call(learner.token, "GET", "/scim/v2/Users")).status).toBe(200);
    const me = await room.call(learner.token, "GET", "/room/me");
    expect(me.json).toMatchObject({ room: "scimlab room", learner: { id: learner.learnerId, name: "Ada" } });
    expect(me.text).not.toContain(learner.token);
  });

  it("accepts the code in lower case with dashes, and refuses a wrong code with 403", async () => {
    const code = room.room.registry.code;
    const typed = `${code.slice(0, 5)}-${code.slice(5)}`.toLowerCase();
    expect((await room.call(undefined, "POST", "/room/join", { code: typed })).status).toBe(201);
    const wrong = await room.call(undefined, "POST", "/room/join", { code: "AAAAAAAAAA" });
    expect(wrong.status).toBe(403);
    expect(wrong.json.detail).toContain("not this room's code");
  });

  it("uses codes of 10 characters from an unambiguous alphabet", () => {
    expect(room.room.registry.code).toMatch(/^[34679ACDEFGHJKMNPQRTWXY]{10}$/);
  });

  it("refuses joins with 403 while the room is closed, and accepts them again once open", async () => {
    expect((await room.call(room.instructor, "POST", "/room/close", {})).json.closed).toBe(true);
    const refused = await room.call(undefined, "POST", "/room/join", { code: room.room.registry.code });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toContain("closed");
    expect((await room.call(room.instructor, "POST", "/room/open", {})).json.closed).toBe(false);
    expect((await room.call(undefined, "POST", "/room/join", { code: room.room.registry.code })).status).toBe(201);
  });

  it("limits join attempts per address: the 11th in a minute is 429 with Retry-After", async () => {
    const limited = await testRoom({ join: {} });
    try {
      for (let i = 0; i < 10; i++) expect((await limited.call(undefined, "POST", "/room/join", { code: "WRONGCODE1" })).status).toBe(403);
      const blocked = await limited.call(undefined, "POST", "/room/join", { code: limited.room.registry.code });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(blocked.json.status).toBe("429");
    } finally {
      await limited.stop();
    }
  });

  it("issues learners for a printed sheet; each pre-issued token works", async () => {
    const issued = await room.call(room.instructor, "POST", "/room/tokens", { count: 3 });
    expect(issued.status).toBe(201);
    expect(issued.json.Resources).toHaveLength(3);
    for (const learner of issued.json.Resources as { token: string }[]) {
      expect((await room.call(learner.token, "GET", "/room/me")).status).toBe(200);
    }
  });
});

describe("the instructor's endpoints", () => {
  it("refuse no token (401) and a learner's token (403)", async () => {
    const learner = await room.join();
    for (const [method, path, body] of instructorEndpoints) {
      expect((await room.call(undefined, method, path, body)).status, `${method} ${path}`).toBe(401);
      expect((await room.call(learner.token, method, path, body)).status, `${method} ${path}`).toBe(403);
    }
  });

  it("never show a token: not in the learner list, the CSV, /room/me or the request log", async () => {
    const learner = await room.join("Grace");
    await room.createUser(learner.token, "ghopper");
    const bodies = [
      (await room.call(room.instructor, "GET", "/room/learners")).text,
      (await room.call(room.instructor, "GET", `/room/learners/${learner.learnerId}`)).text,
      (await room.call(room.instructor, "GET", "/room/progress.csv")).text,
      (await room.call(learner.token, "GET", "/room/me")).text,
      (await room.call(learner.token, "GET", "/scimlab/requests")).text,
      (await room.call("wrong", "GET", "/scim/v2/Users")).text,
    ];
    for (const body of bodies) {
      expect(body).not.toContain(learner.token);
      expect(body).not.toContain(room.instructor);
    }
  });
});
