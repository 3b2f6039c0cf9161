import { describe, expect, it } from "vitest";
import { ExchangeLog } from "../../src/client/exchange-log.js";
import { ScimClient } from "../../src/client/scim-client.js";
import { patch } from "../../src/scim/patch.js";
import { useTestServer } from "./support/client-context.js";
import { TOKEN, errorBody, userResource } from "./support/fixtures.js";

const { server, client } = useTestServer();

describe("client.exchanges", () => {
  it("records method, url, status, headers, bodies, duration and start time", async () => {
    server().reply({ status: 201, headers: { location: "/scim/v2/Users/u1" }, body: userResource() });
    const scim = client();
    await scim.users.create({ userName: "bjensen" });
    const exchange = scim.lastExchange!;
    expect(exchange).toMatchObject({
      method: "POST",
      url: `${server().url}/Users`,
      status: 201,
      requestBody: { userName: "bjensen" },
      responseBody: { userName: "bjensen" },
    });
    expect(exchange.requestHeaders["content-type"]).toBe("application/scim+json");
    expect(exchange.responseHeaders.location).toBe("/scim/v2/Users/u1");
    expect(exchange.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(exchange.startedAt)).not.toBeNaN();
    expect(scim.exchanges).toEqual([exchange]);
  });

  it("keeps only the last N exchanges", async () => {
    server().reply({ status: 200, body: userResource() });
    const scim = client({ exchangeLog: 2 });
    for (const id of ["a", "b", "c"]) await scim.users.get(id);
    expect(scim.exchanges.map((e) => e.url.split("/").pop())).toEqual(["b", "c"]);
    scim.clearExchanges();
    expect(scim.lastExchange).toBeUndefined();
  });

  it("redacts the Authorization header and password values", async () => {
    server().reply({ status: 201, body: userResource({ password: "t1meMa$heen" }) }, { status: 200, body: userResource() });
    const scim = client();
    await scim.users.create({ userName: "bjensen", password: "t1meMa$heen" });
    await scim.users.patch("u1", patch().replace("password", "n3wPa$$"));
    const [created, patched] = scim.exchanges;
    expect(created?.requestHeaders.authorization).toBe("Bearer [redacted]");
    expect(created?.requestBody).toMatchObject({ password: "[redacted]" });
    expect(created?.responseBody).toMatchObject({ password: "[redacted]" });
    expect(patched?.requestBody).toMatchObject({ Operations: [{ op: "replace", path: "password", value: "[redacted]" }] });
    const everything = JSON.stringify(scim.exchanges);
    expect(everything).not.toContain("t1meMa$heen");
    expect(everything).not.toContain("n3wPa$$");
  });

  it("never contains the token, even when the server echoes it", async () => {
    server().reply({ status: 401, body: errorBody(401, `Bearer ${TOKEN} rejected`) });
    const scim = client();
    const error = await scim.users.get("u1").catch((e: unknown) => e as Error);
    expect(JSON.stringify(scim.exchanges)).not.toContain(TOKEN);
    expect(error.message).not.toContain(TOKEN);
    expect(String(error.stack)).not.toContain(TOKEN);
    // The request really carried it.
    expect(server().requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("records an exchange that got no answer, with the error", async () => {
    const scim = new ScimClient({ baseUrl: "http://127.0.0.1:1/scim/v2", token: TOKEN });
    await scim.users.get("u1").catch(() => undefined);
    await scim.close();
    expect(scim.lastExchange?.status).toBeUndefined();
    expect(scim.lastExchange?.error).toMatch(/npm start/);
    expect(JSON.stringify(scim.exchanges)).not.toContain(TOKEN);
  });

  it("does not show the token when the client itself is inspected", async () => {
    const { inspect } = await import("node:util");
    expect(inspect(client(), { depth: 10 })).not.toContain(TOKEN);
    expect(JSON.stringify(client())).not.toContain(TOKEN);
  });
});

describe("ExchangeLog", () => {
  it("keeps nothing with capacity 0", () => {
    const log = new ExchangeLog(0);
    log.record({} as never);
    expect(log.entries()).toEqual([]);
  });
});
