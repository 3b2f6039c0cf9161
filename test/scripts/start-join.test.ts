import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinRoom, parseStartArguments, roomKernelEnv } from "../../scripts/start-join.js";
import { testRoom } from "../room/harness.js";

let room: Awaited<ReturnType<typeof testRoom>>;
beforeAll(async () => {
  room = await testRoom();
});
afterAll(() => room.stop());

describe("npm start -- --join", () => {
  it("reads the room URL, the code and the name, beside the usual flags", () => {
    const parsed = parseStartArguments(["--join", "http://192.168.1.20:8890/", "ACD4FGH7KM", "--name", "Ada", "--no-browser"], {});
    expect(parsed.join).toEqual({ roomUrl: "http://192.168.1.20:8890", code: "ACD4FGH7KM", name: "Ada" });
    expect(parsed.flags["no-browser"]).toBe(true);
    expect(parseStartArguments(["--join", "http://room:8890", "CODE"], {}).join).toEqual({ roomUrl: "http://room:8890", code: "CODE", name: undefined });
  });

  it("keeps today's start without --join, and refuses what it cannot read", () => {
    expect(parseStartArguments(["--scim-port", "0"], {}).join).toBeUndefined();
    expect(() => parseStartArguments(["--join", "http://room:8890"], {})).toThrow("Give the room URL and the room code");
    expect(() => parseStartArguments(["--join", "room", "CODE"], {})).toThrow("is not a URL");
    expect(() => parseStartArguments(["CODE"], {})).toThrow("--join ROOM_URL CODE");
    expect(() => parseStartArguments(["--join", "http://room:8890", "CODE", "--data", "x.db"], {})).toThrow("--data");
  });

  it("joins a real room and gives the kernel the learner's SCIM_BASE_URL and SCIM_TOKEN, which work there", async () => {
    const joined = await joinRoom({ roomUrl: room.url, code: room.room.registry.code, name: "Ada" });
    expect(joined).toMatchObject({ baseUrl: `${room.url}/scim/v2`, room: "scimlab room", name: "Ada" });
    const env = roomKernelEnv(joined);
    expect(env).toEqual({ SCIM_BASE_URL: `${room.url}/scim/v2`, SCIM_TOKEN: joined.token });
    const me = await fetch(`${room.url}/room/me`, { headers: { authorization: `Bearer ${env.SCIM_TOKEN}` } });
    expect(((await me.json()) as { learner: { name: string } }).learner.name).toBe("Ada");
  });

  it("says why the room refused, without a token", async () => {
    await expect(joinRoom({ roomUrl: room.url, code: "AAAAAAAAAA" })).rejects.toThrow("refused to let you in (403): That is not this room's code.");
    await expect(joinRoom({ roomUrl: "http://127.0.0.1:9", code: "AAAAAAAAAA" })).rejects.toThrow("Could not reach the room at http://127.0.0.1:9");
  });
});
