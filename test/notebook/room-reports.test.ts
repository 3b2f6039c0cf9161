import { createServer, type Server, type Socket } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { expectThat } from "../../src/notebook/check-errors.js";
import { connect } from "../../src/notebook/connect.js";
import { defineExercise } from "../../src/notebook/exercise.js";
import { reportCheck, useRoom } from "../../src/notebook/room-reporter.js";
import { roomKernel } from "./support/room-kernel.js";

const kernel = roomKernel("scimlab-room-reports-", () => useRoom(undefined));
const { printed } = kernel;
let counter = 0;
const secret = 'userName eq "secret-answer-7f3a"';
/** A fresh exercise (ids are unique in the registry) whose right answer is `secret`. */
function secretExercise() {
  const id = `testroom${String(++counter).padStart(2, "0")}.q1`;
  return defineExercise<string>({
    id,
    hints: ["First hint.", "Second hint."],
    solution: `const answer = '${secret}';`,
    check(answer) {
      expectThat(answer === secret, `wrong-message-9c1e: \`${answer}\` is not it.`);
    },
  });
}

/** Join the room and connect to it as that learner, as a chapter's first cell does. */
async function joinAndConnect(name: string) {
  const learner = await kernel.room.join(name);
  process.env.SCIM_BASE_URL = learner.baseUrl;
  process.env.SCIM_TOKEN = learner.token;
  await connect({ quiet: true });
  return learner;
}

/** The instructor's view of one learner's checks (GET /room/learners). */
async function checksOf(learnerId: string) {
  const answer = await kernel.room.call(kernel.room.instructor, "GET", "/room/learners");
  return (answer.json.Resources as { id: string; checks: unknown[] }[]).find((learner) => learner.id === learnerId)?.checks ?? [];
}


describe("check() in a room", () => {
  it("reports the exercise, outcome, attempts and hints asked; the instructor sees them, never the answer", async () => {
    const learner = await joinAndConnect("Ada");
    const q1 = secretExercise();
    await q1.check('userName eq "dschrute"');
    q1.hint();
    q1.hint();
    await q1.check(secret);
    await expect
      .poll(() => checksOf(learner.learnerId), { timeout: 5_000, interval: 50 })
      .toEqual([{ exercise: q1.id, outcome: "correct", attempts: 2, hintsAsked: 2, at: expect.any(String) }]);

    const q2 = secretExercise();
    await q2.check('userName eq "wrong-one-5d2b"');
    await expect
      .poll(() => checksOf(learner.learnerId), { timeout: 5_000, interval: 50 })
      .toContainEqual({ exercise: q2.id, outcome: "incorrect", attempts: 1, hintsAsked: 0, at: expect.any(String) });

    const everything = [
      (await kernel.room.call(kernel.room.instructor, "GET", "/room/learners")).text,
      (await kernel.room.call(kernel.room.instructor, "GET", `/room/learners/${learner.learnerId}`)).text,
      (await kernel.room.call(kernel.room.instructor, "GET", "/room/progress.csv")).text,
    ].join("\n");
    for (const leaked of ["secret-answer-7f3a", "dschrute", "wrong-one-5d2b", "wrong-message-9c1e", "Correct!"]) {
      expect(everything).not.toContain(leaked);
    }
  });

  it("reports nothing outside a room", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    try {
      useRoom(undefined);
      const q = secretExercise();
      await q.check(secret);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it("keeps the check's outcome and display when the room is gone", async () => {
    await joinAndConnect("Bob");
    useRoom({ origin: "http://127.0.0.1:9", room: "gone", learner: "Bob", token: "t" });
    const q = secretExercise();
    await expect(q.check(secret)).resolves.toBeUndefined();
    expect(printed()).toContain(`(${q.id}): Correct!`);
    await expect(reportCheck({ exercise: q.id, outcome: "correct", attempts: 1, hintsAsked: 0 })).resolves.toBeUndefined();
  });

  it("does not wait for a room that never answers", async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as { port: number };
      useRoom({ origin: `http://127.0.0.1:${port}`, room: "silent", learner: "Eve", token: "t" });
      const q = secretExercise();
      const started = Date.now();
      await q.check('userName eq "nope"');
      expect(Date.now() - started).toBeLessThan(500);
      expect(printed()).toContain(`(${q.id}):`);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});
