import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../../src/server/index.js";
import { send } from "./replay.js";

/** Every dialect answers malformed and odd requests with a SCIM Error or a success, never a 5xx (issue 10). */
let server: RunningServer;
let userId: string;
let groupId: string;
beforeAll(async () => {
  server = await startServer({ token: "fuzz-token", quiet: true });
  userId = (await send(server.url, server.token, "POST", "/Users", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "fuzz" })).body.id;
  groupId = (await send(server.url, server.token, "POST", "/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Fuzz", members: [{ value: userId }] })).body.id;
});
afterAll(() => server.close());

const operations: unknown[] = [
  null, 42, "Replace", [], {}, { op: 42 }, { op: "REPLACE" }, { op: "Replace", value: null }, { op: "Add", value: "x" },
  { op: "replace", value: { "name.": 1 } }, { op: "replace", value: { "[": 1 } }, { op: "replace", value: { "urn:x:y": "z" } },
  { op: "replace", value: { "emails[type eq \"work\"].primary": "True" } }, { op: "replace", value: { "name.givenName": { a: 1 } } },
  { op: "replace", path: "active", value: "maybe" }, { op: "replace", path: "emails", value: [{ primary: "TRUE", value: "a@b.c" }] },
  { op: "replace", path: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", value: { manager: { value: 1 } } },
  { op: "Remove", path: "members", value: {} }, { op: "remove", path: "emails[", value: [] }, { op: "remove", value: [{ value: "x" }] },
  { op: "remove", path: "members[value eq \"nobody\"]", value: [{ value: "nobody" }] },
];
const filters = ['emails[type eq "work"].value eq', 'emails[type eq "work"].value eq "', 'a[b].c eq "x"', 'emails[type eq "work"].value pr', '"]."', "x[[[]].y eq 1", 'emails[type eq "work"].value eq "a" or userName eq "fuzz"'];

describe.each(["strict", "entra", "okta", "lenient"])("the %s dialect", (dialect) => {
  const headers = { "scimlab-dialect": dialect };

  it("never answers a PATCH operation with a 5xx", async () => {
    for (const [index, operation] of operations.entries()) {
      for (const path of [`/Users/${userId}`, `/Groups/${groupId}`]) {
        const answer = await send(server.url, server.token, "PATCH", path, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [operation] }, headers);
        expect(answer.status, `#${index} ${JSON.stringify(operation)} on ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(500);
      }
    }
    for (const body of [{}, { Operations: "x" }, { schemas: "x" }, { operations: [{ op: "Replace", path: "displayName", value: "x" }] }]) {
      const answer = await send(server.url, server.token, "PATCH", `/Users/${userId}`, body, headers);
      expect(answer.status, JSON.stringify(body)).toBeLessThan(500);
    }
  });

  it("never answers a filter with a 5xx", async () => {
    for (const filter of filters) {
      const listed = await send(server.url, server.token, "GET", `/Users?filter=${encodeURIComponent(filter)}`, undefined, headers);
      expect(listed.status, `${filter}: ${JSON.stringify(listed.body)}`).toBeLessThan(500);
      const searched = await send(server.url, server.token, "POST", "/.search", { filter }, headers);
      expect(searched.status, filter).toBeLessThan(500);
    }
  });

  it("never answers a POST or PUT with a 5xx", async () => {
    for (const body of [{ schemas: ["http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"] }, { schemas: [null, 1], displayName: "x" }, { active: "True", userName: 7 }]) {
      for (const [method, path] of [["POST", "/Groups"], ["POST", "/Users"], ["PUT", `/Users/${userId}`]] as const) {
        const answer = await send(server.url, server.token, method, path, body, headers);
        expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      }
    }
  });
});
