import { describe, expect, it } from "vitest";
import { NetworkError } from "../../src/client/errors/network-error.js";
import { RequestAbortedError } from "../../src/client/errors/request-aborted-error.js";
import { RetryAfterTooLongError } from "../../src/client/errors/retry-after-too-long-error.js";
import { TimeoutError } from "../../src/client/errors/timeout-error.js";
import { ScimError } from "../../src/scim/errors.js";
import { patch } from "../../src/scim/patch.js";
import { useTestServer } from "./support/client-context.js";
import { TOKEN, errorBody, listOf, userResource } from "./support/fixtures.js";
import type { CannedResponse } from "./support/test-server.js";

const { server, client } = useTestServer();

const reset: CannedResponse = { status: 0, reset: true };
const status = (code: number, retryAfter?: string): CannedResponse => ({
  status: code,
  body: errorBody(code, "Try later"),
  headers: retryAfter === undefined ? {} : { "retry-after": retryAfter },
});

describe("retries on a real server: a reset connection", () => {
  it("retries GET, PUT, DELETE and POST /.search", async () => {
    const scim = client();
    server().reply(reset, { status: 200, body: userResource() });
    await expect(scim.users.get("u1")).resolves.toMatchObject({ userName: "bjensen" });
    server().reply(reset, { status: 200, body: userResource() });
    await scim.users.replace("u1", { userName: "bjensen" });
    server().reply(reset, { status: 204 });
    await scim.users.delete("u1");
    server().reply(reset, { status: 200, body: listOf([userResource()]) });
    await scim.users.search({ filter: 'userName eq "bjensen"' });
    expect(server().requests.map((r) => r.method)).toEqual(["GET", "GET", "PUT", "PUT", "DELETE", "DELETE", "POST", "POST"]);
  });

  it("never retries POST create or PATCH (they may have been applied)", async () => {
    const scim = client();
    server().reply(reset, { status: 201, body: userResource() });
    await expect(scim.users.create({ userName: "bjensen" })).rejects.toBeInstanceOf(NetworkError);
    server().reply(reset, { status: 200, body: userResource() });
    await expect(scim.users.patch("u1", patch().replace("active", false))).rejects.toBeInstanceOf(NetworkError);
    expect(server().requests.map((r) => r.method)).toEqual(["POST", "PATCH"]);
  });
});

describe("retries on a real server: 502, 503, 504", () => {
  it("retries a GET through each of them", async () => {
    server().reply(status(502), status(503, "0"), { status: 200, body: userResource() });
    await expect(client({ retry: { limit: 3, baseDelayMs: 1 } }).users.get("u1")).resolves.toMatchObject({ id: expect.any(String) });
    server().reply(status(504), { status: 200, body: userResource() });
    await client().users.get("u1");
    expect(server().requests).toHaveLength(5);
  });

  it("never retries POST create or PATCH on 503", async () => {
    server().reply(status(503, "0"), { status: 201, body: userResource() });
    await expect(client().users.create({ userName: "bjensen" })).rejects.toMatchObject({ status: 503 });
    server().reply(status(502), { status: 200, body: userResource() });
    await expect(client().users.patch("u1", patch().replace("active", false))).rejects.toBeInstanceOf(Error);
    expect(server().requests).toHaveLength(2);
  });
});

describe("429 with Retry-After on a real server", () => {
  it("retries POST create and PATCH after the time asked (not processed, RFC 6585 §4)", async () => {
    const scim = client();
    server().reply(status(429, "1"), { status: 201, body: userResource() });
    const started = Date.now();
    await expect(scim.users.create({ userName: "bjensen" })).resolves.toMatchObject({ userName: "bjensen" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    server().reply(status(429, "0"), { status: 200, body: userResource() });
    await scim.users.patch("u1", patch().replace("active", false));
    expect(server().requests.map((r) => r.method)).toEqual(["POST", "POST", "PATCH", "PATCH"]);
  });

  it("gives up with RetryAfterTooLongError when Retry-After is past maxDelayMs, without retrying early", async () => {
    server().reply(status(429, "30"), { status: 201, body: userResource() });
    const error = await client({ retry: { maxDelayMs: 1000 } }).users.create({ userName: "bjensen" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterTooLongError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 30_000, allowedMs: 1000 });
    expect((error as Error).cause).toBeInstanceOf(ScimError);
    expect((error as Error).message).not.toContain(TOKEN);
    expect(server().requests).toHaveLength(1);
  });

  it("gives up when Retry-After is past what remains of the deadline", async () => {
    server().reply(status(503, "5"), { status: 200, body: userResource() });
    const error = await client().users.get("u1", { deadline: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterTooLongError);
    expect((error as Error).message).toMatch(/remaining deadline/);
    expect(server().requests).toHaveLength(1);
  });
});

describe("per-call timeout, deadline and signal", () => {
  it("times out one request with the call's timeout", async () => {
    server().reply({ status: 200, body: userResource(), delayMs: 300 });
    const error = await client().users.get("u1", { timeout: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, limit: "timeout" });
  });

  it("ends the call at its deadline, across retries", async () => {
    server().reply({ ...status(503, "0"), delayMs: 40 });
    const error = await client({ retry: { limit: 50, baseDelayMs: 1 } }).users.get("u1", { deadline: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(server().requests.length).toBeGreaterThan(1);
    if (error instanceof TimeoutError) expect(error.limit).toBe("deadline");
    else expect(error).toMatchObject({ status: 503 });
  });

  it("aborts a request on the wire with the caller's signal, keeping the reason", async () => {
    server().reply({ status: 200, body: userResource(), delayMs: 500 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user cancelled")), 30);
    const error = await client().users.get("u1", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as Error).cause).toMatchObject({ message: "user cancelled" });
  });

  it("aborts the wait before a retry, and sends nothing when already aborted", async () => {
    server().reply(status(503, "2"), { status: 200, body: userResource() });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(client().users.list({}, { signal: controller.signal })).rejects.toBeInstanceOf(RequestAbortedError);
    expect(server().requests).toHaveLength(1);
    await expect(client().serviceProviderConfig({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(RequestAbortedError);
    expect(server().requests).toHaveLength(1);
  });

  it("stops all() mid-iteration when the signal aborts", async () => {
    const page = (from: number) => listOf([userResource({ id: `u${from}` }), userResource({ id: `u${from + 1}` })], 10, from);
    server().respond((request) => ({ status: 200, body: page(Number(new URL(request.url, "http://x").searchParams.get("startIndex"))) }));
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const user of client().users.all({ count: 2 }, { signal: controller.signal })) {
        seen.push(user.id);
        if (seen.length === 3) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(seen).toHaveLength(3);
  });
});
