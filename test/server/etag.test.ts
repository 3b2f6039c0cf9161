import { describe, expect, it } from "vitest";
import { checkIfMatch, formatVersion, matchesVersion } from "../../src/server/etag.js";
import { harness } from "./harness.js";

const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

describe("ETags (RFC 7644 §3.14)", () => {
  it("compares weakly and accepts lists and *", () => {
    expect(formatVersion(3)).toBe('W/"3"');
    expect(matchesVersion('W/"3"', 'W/"3"')).toBe(true);
    expect(matchesVersion('"3"', 'W/"3"')).toBe(true);
    expect(matchesVersion('W/"1", W/"3"', 'W/"3"')).toBe(true);
    expect(matchesVersion("*", 'W/"9"')).toBe(true);
    expect(matchesVersion('W/"2"', 'W/"3"')).toBe(false);
    expect(() => checkIfMatch('W/"2"', 3)).toThrow(/W\/"3"/);
    expect(() => checkIfMatch(undefined, 3)).not.toThrow();
  });

  it("answers 304 to a matching If-None-Match and 200 otherwise", async () => {
    const { call, createUser } = harness();
    const user = await createUser("etag");
    const same = await call("GET", `/Users/${user.id}`, undefined, { "if-none-match": 'W/"1"' });
    expect(same.status).toBe(304);
    expect(same.body).toBe("");
    expect(same.headers.etag).toBe('W/"1"');
    const stale = await call("GET", `/Users/${user.id}`, undefined, { "if-none-match": 'W/"0"' });
    expect(stale.status).toBe(200);
  });

  it("answers 412 to a stale If-Match on PUT, PATCH and DELETE, and proceeds on a fresh one", async () => {
    const { call, createUser } = harness();
    const user = await createUser("etag2");
    const patch = { schemas: [PatchOp], Operations: [{ op: "replace", path: "displayName", value: "x" }] };
    const stalePut = await call("PUT", `/Users/${user.id}`, { userName: "etag2" }, { "if-match": 'W/"7"' });
    expect(stalePut.status).toBe(412);
    expect(stalePut.json.status).toBe("412");
    expect((await call("PATCH", `/Users/${user.id}`, patch, { "if-match": 'W/"7"' })).status).toBe(412);
    expect((await call("DELETE", `/Users/${user.id}`, undefined, { "if-match": 'W/"7"' })).status).toBe(412);
    const fresh = await call("PATCH", `/Users/${user.id}`, patch, { "if-match": 'W/"1"' });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.etag).toBe('W/"2"');
    expect((await call("DELETE", `/Users/${user.id}`, undefined, { "if-match": 'W/"2"' })).status).toBe(204);
  });
});
