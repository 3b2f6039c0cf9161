import { afterEach, describe, expect, it } from "vitest";
import { failed, issueSeats, joinRoom, learnerClient, runChapters } from "../../bench/learner.js";
import { testRoom } from "../room/harness.js";

describe("the room bench's simulated learner", () => {
  let room: Awaited<ReturnType<typeof testRoom>> | undefined;
  afterEach(() => room?.stop());

  it("joins (by code and by pre-issued token) and takes two learners through chapters 01–03 at once, with no error", async () => {
    room = await testRoom();
    const joined = await joinRoom(room.url, room.room.registry.code, "bench learner");
    const [issued] = await issueSeats(room.url, room.instructor, 1);
    const clients = [joined, issued!].map(learnerClient);
    try {
      await Promise.all(clients.map((client) => runChapters(client)));
      for (const client of clients) {
        expect(client.exchanges.length).toBeGreaterThan(20);
        expect(failed(client.exchanges)).toEqual([]);
      }
      const learners = room.room.registry.learners();
      expect(learners).toHaveLength(2);
      for (const learner of learners) expect((await room.room.progress(learner.id)).reached).toBe("paper-company");
    } finally {
      await Promise.all(clients.map((client) => client.close()));
    }
  });
});
