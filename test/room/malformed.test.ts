import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testRoom } from "./harness.js";

type Room = Awaited<ReturnType<typeof testRoom>>;
let room: Room;
let learner: { token: string; learnerId: string };
beforeAll(async () => {
  room = await testRoom();
  learner = await room.join("Toby");
});
afterAll(() => room.stop());

const badBodies: unknown[] = ["", "{", "null", "[]", '"text"', "42", { code: 7 }, { count: -1 }, { count: 1e9 }, { checkpoint: "nowhere" }, { exercise: "x", outcome: "correct", attempts: 1, hintsAsked: 0, answer: "42" }, { exercise: "<script>", outcome: "ok", attempts: 1.5, hintsAsked: 0 }];

describe("malformed input to the room's API", () => {
  const endpoints = (): [string, string, string | undefined][] => [
    ["POST", "/room/join", undefined],
    ["POST", "/room/checks", learner.token],
    ["POST", `/room/learners/${learner.learnerId}/checkpoint`, room.instructor],
    ["POST", "/room/tokens", room.instructor],
  ];

  it("answers every bad body with a 400 SCIM Error (status, scimType, detail), never a 5xx", async () => {
    for (const [method, path, token] of endpoints()) {
      for (const body of badBodies) {
        const answer = await room.call(token, method, path, body);
        const label = `${method} ${path} ${JSON.stringify(body)}`;
        expect(answer.status, label).toBe(400);
        expect(answer.json.schemas, label).toEqual(["urn:ietf:params:scim:api:messages:2.0:Error"]);
        expect(["invalidSyntax", "invalidValue"], label).toContain(answer.json.scimType);
        expect(answer.json.detail, label).toEqual(expect.any(String));
      }
    }
  });

  it("answers wrong methods with 405, unknown paths and learners with 404, a bad Authorization with 401", async () => {
    const cases: [string, string, string | undefined, number][] = [
      ["GET", "/room/join", undefined, 405],
      ["DELETE", "/room/learners", room.instructor, 405],
      ["GET", "/room/close", room.instructor, 405],
      ["GET", "/room/nowhere", room.instructor, 404],
      ["GET", "/room/learners/..%2f..%2froom", room.instructor, 404],
      ["POST", "/room/learners/000000000000/reset", room.instructor, 404],
      ["POST", `/room/learners/${learner.learnerId}/reset/extra`, room.instructor, 404],
      ["GET", "/room/me", "", 401],
      ["GET", "/room", room.instructor, 404],
    ];
    for (const [method, path, token, status] of cases) {
      const answer = await room.call(token, method, path);
      expect(answer.status, `${method} ${path}`).toBe(status);
      expect(answer.json.status, `${method} ${path}`).toBe(String(status));
    }
    const basic = await fetch(`${room.url}/room/me`, { headers: { authorization: "Basic eDp5" } });
    expect(basic.status).toBe(401);
  });

  it("still serves after all of it", async () => {
    expect((await room.call(learner.token, "GET", "/room/me")).status).toBe(200);
  });

  it("asks for a sign-in on the pages without a session, rather than a bare 401", async () => {
    for (const page of ["learner", "instructor"]) {
      const answer = await room.call(undefined, "GET", `/room/${page}`);
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('<form id="sign-in"');
    }
  });
});
