import { describe, expect, it } from "vitest";
import { connect } from "../../src/notebook/connect.js";
import { renderConnection, renderConnectionText } from "../../src/notebook/render-connection.js";
import { currentRoom } from "../../src/notebook/room-reporter.js";
import { startServer } from "../../src/server/index.js";
import { roomKernel } from "./support/room-kernel.js";

const kernel = roomKernel("scimlab-connect-room-");
const { printed } = kernel;

describe("connect in a room", () => {
  it("finds the room from SCIM_BASE_URL and SCIM_TOKEN and says Room …, learner …, token hidden", async () => {
    const learner = await kernel.room.join("Ada");
    process.env.SCIM_BASE_URL = learner.baseUrl;
    process.env.SCIM_TOKEN = learner.token;
    const client = await connect();
    expect(client.baseUrl).toBe(learner.baseUrl);
    expect(printed()).toContain("Room scimlab room, learner Ada");
    expect(printed()).toContain(learner.baseUrl);
    expect(printed()).toContain("Token: set (hidden)");
    expect(printed()).not.toContain(learner.token);
    expect(currentRoom()).toMatchObject({ origin: kernel.room.url, room: "scimlab room", learner: "Ada" });
    expect((await client.users.list({ count: 0 })).totalResults).toBe(0);
  });

  it("changes nothing on a plain SCIM server (no /room/me), and forgets a room connected before", async () => {
    const learner = await kernel.room.join("Bob");
    process.env.SCIM_BASE_URL = learner.baseUrl;
    process.env.SCIM_TOKEN = learner.token;
    await connect({ quiet: true });
    expect(currentRoom()).toBeDefined();
    const server = await startServer({ port: 0, data: ":memory:", token: "plain-server-secret", quiet: true });
    try {
      process.env.SCIM_BASE_URL = server.url;
      process.env.SCIM_TOKEN = server.token;
      const client = await connect();
      expect(client.baseUrl).toBe(server.url);
      expect(currentRoom()).toBeUndefined();
      expect(printed()).toContain("Server: SCIM service (SCIM_BASE_URL)");
      expect(printed()).not.toContain("Room ");
    } finally {
      await server.close();
    }
  });

  it("changes nothing when the token is not the room's (401), nor when the server cannot be reached", async () => {
    process.env.SCIM_BASE_URL = `${kernel.room.url}/scim/v2`;
    process.env.SCIM_TOKEN = "not-a-learner-token";
    await connect();
    expect(currentRoom()).toBeUndefined();
    process.env.SCIM_BASE_URL = "http://127.0.0.1:9/scim/v2";
    await expect(connect()).resolves.toBeDefined();
    expect(currentRoom()).toBeUndefined();
    expect(printed()).not.toContain("Room ");
  });

  it("starts the embedded server as before when nothing is configured, out of any room", async () => {
    delete process.env.SCIM_BASE_URL;
    delete process.env.SCIM_TOKEN;
    await connect();
    expect(currentRoom()).toBeUndefined();
    expect(printed()).toContain("embedded in this kernel");
  });

  it("escapes the room's and the learner's names in the HTML box", () => {
    const info = { baseUrl: "http://room/scim/v2", source: "SCIM_BASE_URL" as const, embedded: false, tokenSet: true, room: { name: "R&D", learner: "<b>Ada</b>" } };
    expect(renderConnection(info)).toContain("Connected: Room R&amp;D, learner &lt;b&gt;Ada&lt;/b&gt;");
    expect(renderConnectionText(info)).toMatch(/^Connected: Room R&D, learner <b>Ada<\/b>\n {2}Base URL: http:\/\/room\/scim\/v2\n {2}Server: scimlab room \(SCIM_BASE_URL\)/);
  });
});
