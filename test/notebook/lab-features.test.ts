import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { labFeatures, showNeedsEmbedded } from "../../src/notebook/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { startPeer } from "../peer/scimmy-peer.js";

let embedded: RunningServer;
let peer: { url: string; token: string; close: () => Promise<void> };
beforeAll(async () => {
  embedded = await startServer({ token: "lab-token", quiet: true });
  peer = await startPeer({ token: "peer-lab-token" });
});
afterAll(async () => {
  await embedded.close();
  await peer.close();
});
afterEach(() => vi.restoreAllMocks());

describe("labFeatures(client)", () => {
  it("sees dialects and fault injection on the embedded server", async () => {
    expect(await labFeatures(new ScimClient({ baseUrl: embedded.url, token: embedded.token }))).toEqual({ dialects: true, faults: true });
  });

  it("sees neither on the scimmy peer, which ignores the Scimlab-* headers", async () => {
    const client = new ScimClient({ baseUrl: peer.url, token: peer.token, dialect: "entra", faults: "500 every 1" });
    expect(await labFeatures(client)).toEqual({ dialects: false, faults: false });
    await expect(client.users.list()).resolves.toBeDefined(); // no fault: the headers mean nothing there
  });

  it("sees neither, without throwing, when the server cannot be reached", async () => {
    const client = new ScimClient({ baseUrl: "http://127.0.0.1:9/scim/v2", retry: 0, timeout: 2000 });
    expect(await labFeatures(client)).toEqual({ dialects: false, faults: false });
  });
});

describe("showNeedsEmbedded(what, client)", () => {
  it("says the cell needs the embedded server, names the server (never the token) and moves on", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const text = showNeedsEmbedded("fault injection", new ScimClient({ baseUrl: peer.url, token: "secret-token" }));
    expect(text).toBe(`This cell needs scimlab's embedded server (fault injection); your server is ${peer.url} — moving on.`);
    expect(String(log.mock.calls[0]?.[0])).toBe(text);
    expect(text).not.toContain("secret-token");
    expect(showNeedsEmbedded("dialect profiles")).toContain("your server is another SCIM server");
  });
});
