import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createHandler } from "../../src/server/handler.js";
import { ResponseCache } from "../../src/server/response-cache.js";
import { SqliteStore } from "../../src/server/store/sqlite.js";
import { base, harness, token } from "./harness.js";

const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

describe("GET by id from the response cache", () => {
  it("never serves a stale resource: a PATCH, a new membership or a group rename shows at once", async () => {
    const h = harness();
    const pam = await h.createUser("pbeesly", { title: "Receptionist" });
    expect((await h.call("GET", `/Users/${pam.id}`)).json.title).toBe("Receptionist");
    await h.call("PATCH", `/Users/${pam.id}`, { schemas: [PatchOp], Operations: [{ op: "replace", path: "title", value: "Saleswoman" }] });
    const patched = await h.call("GET", `/Users/${pam.id}`);
    expect(patched.json.title).toBe("Saleswoman");
    expect(patched.headers.etag).toBe('W/"2"');

    const group = await h.createGroup("Sales", [pam.id]);
    expect((await h.call("GET", `/Users/${pam.id}`)).json.groups).toMatchObject([{ value: group.id, display: "Sales" }]);
    await h.call("PATCH", `/Groups/${group.id}`, { schemas: [PatchOp], Operations: [{ op: "replace", path: "displayName", value: "Sales Team" }] });
    expect((await h.call("GET", `/Users/${pam.id}`)).json.groups).toMatchObject([{ display: "Sales Team" }]);
    await h.call("DELETE", `/Users/${pam.id}`);
    expect((await h.call("GET", `/Users/${pam.id}`)).status).toBe(404);
  });

  it("answers 304 from the cache too, and 404 for a cached id under the other endpoint", async () => {
    const h = harness();
    const dwight = await h.createUser("dschrute");
    const first = await h.call("GET", `/Users/${dwight.id}`);
    expect((await h.call("GET", `/Users/${dwight.id}`, undefined, { "if-none-match": first.headers.etag })).status).toBe(304);
    expect((await h.call("GET", `/Groups/${dwight.id}`)).status).toBe(404);
  });

  it("sees a write committed by another process on the same database file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "scimlab-cache-")), "shared.db");
    const handlers = [new SqliteStore(file), new SqliteStore(file)].map((store) => createHandler({ store, token }));
    const call = (handler: (typeof handlers)[number], method: string, path: string, body?: unknown) =>
      handler({
        method,
        url: `${base}${path}`,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
        body: body === undefined ? "" : JSON.stringify(body),
      }).then((answer) => JSON.parse(answer.body || "null"));
    const [reader, writer] = handlers as [(typeof handlers)[number], (typeof handlers)[number]];
    const kevin = await call(writer, "POST", "/Users", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "kmalone", title: "Accountant" });
    expect((await call(reader, "GET", `/Users/${kevin.id}`)).title).toBe("Accountant");
    await call(writer, "PATCH", `/Users/${kevin.id}`, { schemas: [PatchOp], Operations: [{ op: "replace", path: "title", value: "Chili chef" }] });
    expect((await call(reader, "GET", `/Users/${kevin.id}`)).title).toBe("Chili chef");
  });
});

describe("ResponseCache", () => {
  it("keeps at most its capacity, dropping the oldest entry", () => {
    const cache = new ResponseCache(2);
    for (const id of ["a", "b", "c"]) cache.set(id, "g", { type: "User", etag: 'W/"1"', body: id });
    expect(cache.get("a", "g")).toBeUndefined();
    expect(cache.get("c", "g")?.body).toBe("c");
  });

  it("serves an entry only under the generation it was filled under", () => {
    const cache = new ResponseCache();
    cache.set("a", "1:0", { type: "User", etag: 'W/"1"', body: "{}" });
    expect(cache.get("a", "1:0")).toBeDefined();
    expect(cache.get("a", "2:0")).toBeUndefined();
  });
});
