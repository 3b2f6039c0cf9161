import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoomEvent } from "../../src/room/index.js";
import { RoomEvents } from "../../src/room/index.js";
import { testRoom } from "./harness.js";

type Room = Awaited<ReturnType<typeof testRoom>>;
let room: Room;
beforeAll(async () => {
  room = await testRoom();
});
afterAll(() => room.stop());

describe("the instructor", () => {
  it("moves a learner to a checkpoint; the learner list shows the steps reached, the CSV too", async () => {
    const learner = await room.join("Pam");
    const moved = await room.call(room.instructor, "POST", `/room/learners/${learner.learnerId}/checkpoint`, { checkpoint: "michael-left" });
    expect(moved.status).toBe(200);
    expect(moved.json.progress.reached).toBe("michael-left");
    const holds = Object.fromEntries(moved.json.progress.steps.map((step: { label: string; holds: boolean }) => [step.label, step.holds]));
    expect(holds).toMatchObject({ "Charles created": true, "Michael deactivated": true, "Michael out of Dunder Mifflin": true, "Paper Company has 3 members": false });
    // Ryan has been a temp since the start: chapter 07's "back as a temp" is not credited before the story gets there.
    expect(holds).toMatchObject({ "Michael active again": false, "Ryan back as a temp": false });
    // The learner sees the directory through their own token; the move is not in their request counts.
    const michael = await room.call(learner.token, "GET", `/scim/v2/Users?filter=${encodeURIComponent('userName eq "mscott"')}`);
    expect(michael.json.Resources[0].active).toBe(false);
    const csv = (await room.call(room.instructor, "GET", "/room/progress.csv")).text.split("\r\n");
    expect(csv[0]).toContain("Michael deactivated");
    expect(csv.find((line) => line.startsWith("Pam,"))).toContain(",michael-left,yes,yes,yes,yes,yes,yes,yes,no");
  });

  it("moves a learner to buyback (chapter 07's end): every step holds, those it undid (Michael deactivated, Pam out) included", async () => {
    const learner = await room.join("Erin");
    const moved = await room.call(room.instructor, "POST", `/room/learners/${learner.learnerId}/checkpoint`, { checkpoint: "buyback" });
    expect(moved.status).toBe(200);
    expect(moved.json.progress.reached).toBe("buyback");
    expect(moved.json.progress.steps.filter((step: { holds: boolean }) => !step.holds)).toEqual([]);
    const back = await room.call(room.instructor, "POST", `/room/learners/${learner.learnerId}/checkpoint`, { checkpoint: "paper-company" });
    expect(back.json.progress.reached).toBe("paper-company");
    const holds = Object.fromEntries(back.json.progress.steps.map((step: { label: string; holds: boolean }) => [step.label, step.holds]));
    expect(holds).toMatchObject({ "Michael deactivated": true, "Pam moves to Sales": false, "Erin joins as receptionist": false });
  });

  it("credits no step to an empty directory: nobody who was never provisioned has left a group (regression)", async () => {
    const learner = await room.join("Toby");
    await room.call(learner.token, "POST", "/scim/v2/Groups", {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
      displayName: "Dunder Mifflin",
    });
    const summary = (await room.call(room.instructor, "GET", `/room/learners/${learner.learnerId}`)).json;
    const holding = summary.progress.steps.filter((step: { holds: boolean }) => step.holds).map((step: { label: string }) => step.label);
    expect(holding).toEqual([]);
    expect(summary.progress.reached).toBeUndefined();
  });

  it("counts a learner's requests by status class with the last error's detail", async () => {
    const learner = await room.join("Ryan");
    await room.call(learner.token, "GET", "/scim/v2/Users/nobody");
    await room.call(learner.token, "GET", "/scim/v2/Users");
    const summary = (await room.call(room.instructor, "GET", `/room/learners/${learner.learnerId}`)).json;
    expect(summary.requests.byClass).toMatchObject({ "2xx": 1, "4xx": 1 });
    expect(summary.requests.lastError).toMatchObject({ status: 404 });
    expect(summary.requests.lastError.detail).toContain("nobody");
    expect(summary.lastActivity).not.toBeNull();
  });

  it("resets one learner (an empty directory, same token) and everyone", async () => {
    const learner = await room.join("Kevin");
    const other = await room.join("Oscar");
    await room.createUser(learner.token, "kmalone");
    await room.createUser(other.token, "omartinez");
    expect((await room.call(room.instructor, "POST", `/room/learners/${learner.learnerId}/reset`, {})).status).toBe(200);
    expect((await room.call(learner.token, "GET", "/scim/v2/Users")).json.totalResults).toBe(0);
    expect((await room.call(other.token, "GET", "/scim/v2/Users")).json.totalResults).toBe(1);
    expect((await room.call(room.instructor, "POST", "/room/learners/reset", {})).status).toBe(200);
    expect((await room.call(other.token, "GET", "/scim/v2/Users")).json.totalResults).toBe(0);
  });

  it("reads (only reads) a learner's directory at /room/learners/{id}/scim/v2", async () => {
    const learner = await room.join("Angela");
    const user = await room.createUser(learner.token, "amartin");
    expect((await room.call(room.instructor, "GET", `/room/learners/${learner.learnerId}/scim/v2/Users/${user.id}`)).json.userName).toBe("amartin");
    expect((await room.call(room.instructor, "DELETE", `/room/learners/${learner.learnerId}/scim/v2/Users/${user.id}`)).status).toBe(405);
    expect((await room.call(learner.token, "GET", `/scim/v2/Users/${user.id}`)).status).toBe(200);
  });
});

describe("the room's events", () => {
  it("tell each successful write with learner, method, path, status, time and writer, and each refusal; no reads, no bodies", async () => {
    const events: RoomEvent[] = [];
    const stop = room.room.events.subscribe((event) => events.push(event));
    const learner = await room.join("Dwight");
    const user = await room.createUser(learner.token, "dschrute", { password: "beets" });
    await room.call(learner.token, "GET", `/scim/v2/Users/${user.id}`);
    await room.call(learner.token, "POST", "/scim/v2/Users/.search", { schemas: ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"] });
    await room.call(learner.token, "DELETE", "/scim/v2/Users/nobody");
    await room.call(learner.token, "DELETE", `/scim/v2/Users/${user.id}`);
    stop();
    const line = (event: RoomEvent) =>
      event.type === "write" ? `${event.method} ${event.path} ${event.status} ${event.by}` : event.type === "refused" ? `refused ${event.method} ${event.path} ${event.status}` : event.type;
    expect(events.map(line)).toEqual([
      "joined",
      "POST /scim/v2/Users 201 learner",
      "refused DELETE /scim/v2/Users/nobody 404",
      `DELETE /scim/v2/Users/${user.id} 204 learner`,
    ]);
    expect(events.every((event) => event.learnerId === learner.learnerId && !Number.isNaN(Date.parse(event.at)))).toBe(true);
    expect(JSON.stringify(events)).not.toContain("beets");
    expect(JSON.stringify(events)).not.toContain(learner.token);
  });

  it("keep delivering when a listener throws, and stop once unsubscribed", () => {
    const bus = new RoomEvents();
    const seen: string[] = [];
    bus.subscribe(() => {
      throw new Error("a closed stream");
    });
    const stop = bus.subscribe((event) => seen.push(event.learnerId));
    bus.emit({ type: "check", learnerId: "a", at: "now" });
    stop();
    bus.emit({ type: "check", learnerId: "b", at: "now" });
    expect(seen).toEqual(["a"]);
    expect(bus.size).toBe(1);
  });
});
