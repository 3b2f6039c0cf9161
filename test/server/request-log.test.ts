import { describe, expect, it } from "vitest";
import { RequestLog, redactBody, type RequestLogEntry } from "../../src/server/request-log.js";
import { harness } from "./harness.js";

const entry = (n: number, requestBody = ""): RequestLogEntry => ({
  at: new Date(0).toISOString(),
  method: "POST",
  path: `/scim/v2/Users/${n}`,
  status: 201,
  durationMs: 1,
  requestHeaders: { authorization: "Bearer secret-token", "content-type": "application/scim+json" },
  requestBody,
  responseBody: "{}",
});

describe("RequestLog", () => {
  it("keeps the newest entries, oldest first", () => {
    const log = new RequestLog(3);
    for (let n = 1; n <= 5; n++) log.record(entry(n));
    expect(log.entries().map((e) => e.path)).toEqual(["/scim/v2/Users/3", "/scim/v2/Users/4", "/scim/v2/Users/5"]);
    expect(log.entries(1).map((e) => e.path)).toEqual(["/scim/v2/Users/5"]);
    expect(log.size).toBe(3);
    log.clear();
    expect(log.entries()).toEqual([]);
  });

  it("redacts the Authorization header and passwords, in bodies and PATCH operations", () => {
    const log = new RequestLog(5);
    log.record(entry(1, JSON.stringify({ userName: "a", password: "p1", nested: { PassWord: "p2" } })));
    log.record(entry(2, JSON.stringify({ Operations: [{ op: "replace", path: "password", value: "p3" }] })));
    log.record(entry(3, `{"password": "p4", broken`));
    log.record(entry(4, JSON.stringify({ password: "p5", filler: "x".repeat(100_000) })));
    const text = JSON.stringify(log.entries());
    for (const secret of ["secret-token", "p1", "p2", "p3", "p4", "p5"]) expect(text).not.toContain(`"${secret}"`);
    expect(text).not.toContain("secret-token");
    expect(log.entries()[0]!.requestHeaders.authorization).toBe("[redacted]");
    expect(log.entries()[3]!.requestBody.length).toBeLessThan(70_000);
  });

  it("leaves bodies without passwords unchanged", () => {
    expect(redactBody('{"userName":"bjensen"}')).toBe('{"userName":"bjensen"}');
  });
});

describe("GET /scimlab/requests", () => {
  it("lists, limits and clears the log with the bearer token; other methods are 405", async () => {
    const { call, createUser } = harness();
    await createUser("one");
    await createUser("two");
    const listed = await call("GET", "/scimlab/requests");
    expect(listed.status).toBe(200);
    expect(listed.json.entries.map((entry: { path: string }) => entry.path)).toEqual(["/scim/v2/Users", "/scim/v2/Users"]);
    expect((await call("GET", "/scimlab/requests?limit=1")).json.entries).toHaveLength(1);
    expect((await call("POST", "/scimlab/requests", {})).status).toBe(405);
    expect((await call("GET", "/scimlab/requests", undefined, { authorization: undefined })).status).toBe(401);
    expect((await call("DELETE", "/scimlab/requests")).status).toBe(204);
    expect((await call("GET", "/scimlab/requests")).json.entries).toEqual([]);
  });
});
