import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { ScimError } from "../../src/scim/errors.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";

let server: RunningServer;
let client: ScimClient;

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: "raw-request-token", quiet: true });
  client = new ScimClient({ baseUrl: server.url, token: server.token, retry: 0 });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

describe("raw: what the server answers to what the typed client refuses to send", () => {
  it("sends a body that is not JSON as it is and returns the 400 invalidSyntax unjudged, logged with the token redacted", async () => {
    const answer = await client.raw({ method: "POST", path: "/Users", body: "{not json" });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ status: "400", scimType: "invalidSyntax" });
    expect(ScimError.fromErrorBody(answer.body as never).scimType).toBe("invalidSyntax");
    const logged = client.lastExchange!;
    expect(logged.requestBody).toBe("{not json");
    expect(JSON.stringify(logged)).not.toContain(server.token);
  });

  it("keeps the query string: a filter that does not parse reaches the server (RFC 7644 §3.4.2.2)", async () => {
    const answer = await client.raw({ method: "GET", path: `/Users?filter=${encodeURIComponent("userName eq")}` });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ scimType: "invalidFilter" });
  });

  it("returns a 2xx body parsed", async () => {
    const answer = await client.raw({ method: "GET", path: "/ServiceProviderConfig" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toContain("application/scim+json");
  });
});

describe("derive: the same server and token, other options", () => {
  it("talks to the same server with the same token, with its own exchange log", async () => {
    const other = client.derive({ timeout: 5000 });
    try {
      const config = await other.serviceProviderConfig();
      expect(config.patch.supported).toBe(true);
      expect(other.exchanges).toHaveLength(1);
      expect(other.baseUrl).toBe(client.baseUrl);
    } finally {
      await other.close();
    }
  });
});
