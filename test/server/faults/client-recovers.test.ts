import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../../src/client/index.js";
import { NetworkError } from "../../../src/client/errors/network-error.js";
import { isScimError } from "../../../src/scim/errors.js";
import { startServer, type RunningServer } from "../../../src/server/index.js";
import { labFeatures } from "../../../src/notebook/lab-features.js";

let server: RunningServer;
const clients: ScimClient[] = [];
beforeAll(async () => (server = await startServer({ token: "faults-token", quiet: true })));
afterAll(async () => {
  for (const client of clients) await client.close();
  await server.close();
});

/** A client of the real server whose session has `faults` (sent as Scimlab-Faults on every request). */
function client(faults: string, retry: Record<string, number> = {}) {
  const scim = new ScimClient({ baseUrl: server.url, token: server.token, faults, retry: { baseDelayMs: 10, ...retry }, onWarning: () => {} });
  clients.push(scim);
  return scim;
}
const userCount = async () => (await new ScimClient({ baseUrl: server.url, token: server.token }).users.list({ count: 0 })).totalResults;

describe("fault injection, as the client sees it (RFC 6585 §4, RFC 7231 §7.1.3)", () => {
  it("429 with Retry-After: the client waits what it was told and recovers", async () => {
    const scim = client("429 every 2 retry-after 1");
    await scim.users.list({ count: 1 }); // request 1
    const started = performance.now();
    await scim.users.list({ count: 1 }); // request 2: 429, then request 3 succeeds
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    const statuses = scim.exchanges.slice(-2).map((exchange) => exchange.status);
    expect(statuses).toEqual([429, 200]);
    const injected = scim.exchanges.at(-2)!;
    expect(injected.responseHeaders["retry-after"]).toBe("1");
    expect(JSON.stringify(injected.responseBody)).toContain("injected by scimlab (Scimlab-Faults: 429 every 2 retry-after 1)");
    // The server's request log records the injected answer too.
    expect(server.requestLog.entries().some((entry) => entry.status === 429 && entry.responseBody.includes("injected by scimlab"))).toBe(true);
  });

  it("429 is retried for a POST too (it was not processed), and the user is created once", async () => {
    const before = await userCount();
    const scim = client("429 every 1 retry-after 0");
    // every 1: every request is refused, so the client gives up after its retries, having created nothing.
    await expect(scim.users.create({ userName: "never" })).rejects.toMatchObject({ status: 429 });
    expect(await userCount()).toBe(before);
    const once = client("429 every 2 retry-after 0");
    await once.users.list({ count: 0 });
    await once.users.create({ userName: "created-once" }); // request 2: 429, request 3: created
    expect(await userCount()).toBe(before + 1);
  });

  it("503 with Retry-After: a GET is retried and recovers; a POST is not retried and changes nothing", async () => {
    const scim = client("503 every 2 retry-after 0");
    await scim.users.list({ count: 0 });
    await expect(scim.users.list({ count: 0 })).resolves.toMatchObject({ schemas: expect.any(Array) });
    expect(scim.exchanges.slice(-2).map((exchange) => exchange.status)).toEqual([503, 200]);
    const before = await userCount();
    const poster = client("503 every 1 retry-after 0");
    const error = await poster.users.create({ userName: "not-created" }).catch((caught: unknown) => caught);
    expect(isScimError(error) && error.status).toBe(503);
    expect(poster.exchanges).toHaveLength(1);
    expect(await userCount()).toBe(before);
  });

  it("500 is a SCIM Error saying it was injected", async () => {
    const scim = client("500 every 1");
    const error = await scim.users.list().catch((caught: unknown) => caught);
    expect(isScimError(error) && error.status).toBe(500);
    expect(isScimError(error) && error.detail).toContain("injected by scimlab (Scimlab-Faults: 500 every 1)");
  });

  it("drop: a GET gets a NetworkError and is retried; a POST fails with NetworkError and creates nothing", async () => {
    const scim = client("drop every 2");
    await scim.users.list({ count: 0 });
    await expect(scim.users.list({ count: 0 })).resolves.toBeDefined(); // request 2 dropped, request 3 answered
    expect(scim.exchanges.slice(-2).map((exchange) => exchange.status)).toEqual([undefined, 200]);
    const before = await userCount();
    const poster = client("drop every 1");
    await expect(poster.users.create({ userName: "dropped" })).rejects.toBeInstanceOf(NetworkError);
    expect(await userCount()).toBe(before);
    expect(server.requestLog.entries().some((entry) => entry.status === 0 && entry.responseBody.includes("connection dropped"))).toBe(true);
  });

  it("latency delays every answer", async () => {
    const scim = client("latency 200ms");
    const started = performance.now();
    await scim.users.list({ count: 0 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("counts per session: another spec (or token) starts its own count", async () => {
    const a = client("500 every 2");
    const b = client("500 every 2; latency 0ms");
    await a.users.list({ count: 0 });
    await b.users.list({ count: 0 });
    await expect(a.users.list({ count: 0 })).rejects.toMatchObject({ status: 500 });
  });

  it("answers a bad Scimlab-Faults header with 400 invalidValue naming the clause", async () => {
    const response = await fetch(`${server.url}/Users`, { headers: { authorization: `Bearer ${server.token}`, "scimlab-faults": "teapot every 2" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { scimType: string; detail: string };
    expect(body.scimType).toBe("invalidValue");
    expect(body.detail).toContain('"teapot every 2"');
  });

  it("leaves unauthenticated requests alone (401, not counted)", async () => {
    const response = await fetch(`${server.url}/Users`, { headers: { authorization: "Bearer wrong", "scimlab-faults": "500 every 1" } });
    expect(response.status).toBe(401);
  });

  it("labFeatures sees the lab extension (and a server option's faults are overridden by the header)", async () => {
    expect(await labFeatures(client("latency 0ms"))).toEqual({ dialects: true, faults: true });
    const faulty = await startServer({ token: "t2", quiet: true, faults: "503 every 1 retry-after 0" });
    try {
      const plain = new ScimClient({ baseUrl: faulty.url, token: "t2", retry: 0 });
      await expect(plain.users.list()).rejects.toMatchObject({ status: 503 });
      const calm = new ScimClient({ baseUrl: faulty.url, token: "t2", faults: "latency 0ms" });
      await expect(calm.users.list()).resolves.toBeDefined();
      await plain.close();
      await calm.close();
    } finally {
      await faulty.close();
    }
  });
});

describe("startServer options", () => {
  it("refuses a bad dialect or fault spec with a TypeError", async () => {
    await expect(startServer({ dialect: "azure" as never })).rejects.toThrow(TypeError);
    await expect(startServer({ faults: "drop sometimes" })).rejects.toThrow(/drop sometimes/);
  });

  it("the client refuses an unknown dialect", () => {
    expect(() => new ScimClient({ dialect: "azure" as never })).toThrow(TypeError);
  });
});
