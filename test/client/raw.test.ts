import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";

let server: RunningServer;
let client: ScimClient;

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: "raw-request-secret", quiet: true });
  client = new ScimClient({ baseUrl: server.url, token: server.token });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

describe("client.raw", () => {
  it("sends a body as given (no schemas filled in, op as written) and returns the answer whatever its status", async () => {
    const user = await client.users.create({ userName: "raw-bjensen" });
    const answer = await client.raw({ method: "PATCH", path: `/Users/${user.id}`, body: { Operations: [{ op: "replace", path: "title", value: "x" }] } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ status: "400", scimType: "invalidSyntax" });
    const sent = client.lastExchange;
    expect(sent?.requestBody).toEqual({ Operations: [{ op: "replace", path: "title", value: "x" }] });
    expect(sent?.requestHeaders.authorization).toBe("Bearer [redacted]");
    expect(JSON.stringify(client.exchanges)).not.toContain("raw-request-secret");
  });

  it("keeps a query string and extra headers, and reads a 204 as no body", async () => {
    const user = await client.users.create({ userName: "raw-query" });
    const found = await client.raw({ method: "GET", path: '/Users?filter=userName eq "raw-query"' });
    expect(found).toMatchObject({ status: 200, body: { totalResults: 1 } });
    const gone = await client.raw({ method: "DELETE", path: `/Users/${user.id}`, headers: { "x-test": "1" } });
    expect(gone).toMatchObject({ status: 204, body: undefined });
    expect(client.lastExchange?.requestHeaders["x-test"]).toBe("1");
  });
});
