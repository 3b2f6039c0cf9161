import { MockAgent } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RetryOptions } from "../../src/client/retry.js";
import { RetryAfterTooLongError } from "../../src/client/errors/retry-after-too-long-error.js";
import { ScimClient } from "../../src/client/scim-client.js";
import { ScimError } from "../../src/scim/errors.js";
import { patch } from "../../src/scim/patch.js";
import { TOKEN, errorBody, listOf, userResource } from "./support/fixtures.js";

const ORIGIN = "http://scim.test";
const SCIM_JSON = { headers: { "content-type": "application/scim+json" } };

let agent: MockAgent;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});

afterEach(async () => {
  await agent.close();
});

function client(retry: Partial<RetryOptions> = {}) {
  return new ScimClient({ baseUrl: `${ORIGIN}/scim/v2`, token: TOKEN, dispatcher: agent, retry: { baseDelayMs: 5, ...retry } });
}

function busy(method: string, path: string, status: 429 | 503, retryAfter?: string) {
  const headers: Record<string, string> = { "content-type": "application/scim+json" };
  if (retryAfter !== undefined) headers["retry-after"] = retryAfter;
  agent.get(ORIGIN).intercept({ method, path }).reply(status, errorBody(status, "Slow down"), { headers });
}

function ok(method: string, path: string, status: number, body: unknown) {
  agent.get(ORIGIN).intercept({ method, path }).reply(status, JSON.stringify(body), SCIM_JSON);
}

describe("retries of idempotent requests on 429 and 503", () => {
  it("waits the Retry-After seconds, then succeeds", async () => {
    busy("GET", "/scim/v2/Users/u1", 429, "1");
    ok("GET", "/scim/v2/Users/u1", 200, userResource());
    const scim = client();
    const started = Date.now();
    await expect(scim.users.get("u1")).resolves.toMatchObject({ userName: "bjensen" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(scim.exchanges.map((e) => e.status)).toEqual([429, 200]);
  });

  it("waits until a Retry-After HTTP date", async () => {
    busy("GET", "/scim/v2/Users/u1", 503, new Date(Date.now() + 2000).toUTCString());
    ok("GET", "/scim/v2/Users/u1", 200, userResource());
    const started = Date.now();
    await client().users.get("u1");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("does not retry early when Retry-After is longer than maxDelayMs: it says how long the server asked", async () => {
    busy("GET", "/scim/v2/Users/u1", 503, "120");
    ok("GET", "/scim/v2/Users/u1", 200, userResource());
    const scim = client({ maxDelayMs: 50 });
    const error = await scim.users.get("u1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterTooLongError);
    expect(error).toMatchObject({ code: "SCIM_RETRY_AFTER_TOO_LONG", status: 503, retryAfterMs: 120_000, allowedMs: 50 });
    expect((error as Error).message).toMatch(/asking to wait 120 s .*retry\.maxDelayMs/);
    expect((error as Error).cause).toBeInstanceOf(ScimError);
    expect(scim.exchanges).toHaveLength(1);
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it("backs off without Retry-After and gives up after the limit, throwing the last error", async () => {
    for (let i = 0; i < 3; i++) busy("GET", "/scim/v2/Users?count=1", 429);
    const scim = client({ limit: 2 });
    const error = await scim.users.list({ count: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScimError);
    expect((error as ScimError).status).toBe(429);
    expect((error as ScimError).hint).toMatch(/retries ran out/);
    expect(scim.exchanges).toHaveLength(3);
    expect(agent.pendingInterceptors()).toHaveLength(0);
  });

  it("retries PUT, DELETE and POST /.search, which are idempotent", async () => {
    busy("PUT", "/scim/v2/Users/u1", 503, "0");
    ok("PUT", "/scim/v2/Users/u1", 200, userResource());
    busy("DELETE", "/scim/v2/Users/u1", 503, "0");
    agent.get(ORIGIN).intercept({ method: "DELETE", path: "/scim/v2/Users/u1" }).reply(204, "");
    busy("POST", "/scim/v2/Users/.search", 429, "0");
    ok("POST", "/scim/v2/Users/.search", 200, listOf([userResource()]));
    const scim = client();
    await scim.users.replace("u1", { userName: "bjensen" });
    await scim.users.delete("u1");
    await scim.users.search({ filter: 'userName eq "bjensen"' });
    expect(scim.exchanges.map((e) => `${e.method} ${e.status}`)).toEqual([
      "PUT 503", "PUT 200", "DELETE 503", "DELETE 204", "POST 429", "POST 200",
    ]);
  });

  it("does not retry when retry is 0", async () => {
    busy("GET", "/scim/v2/Users/u1", 503, "0");
    ok("GET", "/scim/v2/Users/u1", 200, userResource());
    const scim = new ScimClient({ baseUrl: `${ORIGIN}/scim/v2`, dispatcher: agent, retry: 0 });
    await expect(scim.users.get("u1")).rejects.toMatchObject({ status: 503 });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });
});

describe("requests that are not retried on 5xx", () => {
  it("POST create is not retried on 503 (a retry could create the user twice)", async () => {
    busy("POST", "/scim/v2/Users", 503, "0");
    ok("POST", "/scim/v2/Users", 201, userResource());
    const scim = client({ limit: 5 });
    await expect(scim.users.create({ userName: "bjensen" })).rejects.toMatchObject({ status: 503 });
    expect(scim.exchanges).toHaveLength(1);
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it("POST create is retried on 429: the server did not process it (RFC 6585 §4)", async () => {
    busy("POST", "/scim/v2/Users", 429, "0");
    ok("POST", "/scim/v2/Users", 201, userResource());
    await expect(client().users.create({ userName: "bjensen" })).resolves.toMatchObject({ userName: "bjensen" });
    expect(agent.pendingInterceptors()).toHaveLength(0);
  });

  it("PATCH is not retried on 503 (an add could be applied twice)", async () => {
    busy("PATCH", "/scim/v2/Users/u1", 503, "0");
    ok("PATCH", "/scim/v2/Users/u1", 200, userResource());
    await expect(client().users.patch("u1", patch().add("emails", [{ value: "b@x.org" }]))).rejects.toMatchObject({
      status: 503,
    });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });
});
