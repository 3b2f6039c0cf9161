import { describe, expect, it } from "vitest";
import { harness, token } from "./harness.js";

const errorUrn = "urn:ietf:params:scim:api:messages:2.0:Error";
const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

describe("every error is a SCIM Error with the right status", () => {
  it("401 without a token, with a wrong token, or with Basic; WWW-Authenticate set; discovery too", async () => {
    const { call } = harness();
    for (const authorization of [undefined, "Bearer wrong", "Basic dXNlcjpwYXNz", "Bearer", `bearer ${token}x`]) {
      for (const path of ["/Users", "/ServiceProviderConfig", "/Schemas", "/nowhere"]) {
        const answer = await call("GET", path, undefined, { authorization });
        expect(answer.status, `${authorization} ${path}`).toBe(401);
        expect(answer.headers["www-authenticate"]).toBe('Bearer realm="scimlab"');
        expect(answer.json).toMatchObject({ schemas: [errorUrn], status: "401" });
      }
    }
    expect((await call("GET", "/Users", undefined, { authorization: `bearer ${token}` })).status).toBe(200);
  });

  it("400 invalidSyntax for malformed JSON and wrong body shapes", async () => {
    const { call, internalErrors } = harness();
    for (const body of ["{", "nope", "[]", '"text"', "null", "42", "{\"userName\": }"]) {
      const answer = await call("POST", "/Users", body);
      expect(answer.status, body).toBe(400);
      expect(answer.json.scimType, body).toBe("invalidSyntax");
    }
    const empty = await call("POST", "/Users", undefined);
    expect(empty.status).toBe(400);
    const noOps = await call("POST", "/.search", "[1]");
    expect(noOps.json.scimType).toBe("invalidSyntax");
    expect(internalErrors).toEqual([]);
  });

  it("400 invalidFilter names the position", async () => {
    const { call } = harness();
    const answer = await call("GET", `/Users?filter=${encodeURIComponent('userName eqq "x"')}`);
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidFilter");
    expect(answer.json.detail).toMatch(/position/);
  });

  it("400 invalidValue for non-integer paging", async () => {
    const { call } = harness();
    for (const query of ["count=ten", "startIndex=1.5", "count=", "startIndex=abc", "sortOrder=sideways"]) {
      const answer = await call("GET", `/Users?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.json.scimType, query).toBe("invalidValue");
    }
  });

  it("404 for unknown ids and endpoints; 405 with Allow for unsupported methods", async () => {
    const { call } = harness();
    expect((await call("GET", "/Users/unknown")).json).toMatchObject({ status: "404" });
    expect((await call("GET", "/Widgets")).status).toBe(404);
    expect((await call("GET", "/scim/v3/Users")).status).toBe(404);
    expect((await call("GET", "/Users/a/b")).status).toBe(404);
    const put = await call("PUT", "/Users", { userName: "x" });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe("GET, POST");
    expect(put.json).toMatchObject({ schemas: [errorUrn], status: "405" });
    expect((await call("DELETE", "/ServiceProviderConfig")).status).toBe(405);
    expect((await call("GET", "/Bulk")).status).toBe(405);
  });

  it("415 for a non-JSON content type; both JSON types accepted", async () => {
    const { call } = harness();
    const form = await call("POST", "/Users", "userName=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect(form.json.status).toBe("415");
    const json = await call("POST", "/Users", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "plainjson" }, { "content-type": "application/json; charset=utf-8" });
    expect(json.status).toBe(201);
  });

  it("413 for a body over maxPayloadSize", async () => {
    const { call } = harness({ limits: { maxPayloadSize: 1000 } });
    const answer = await call("POST", "/Users", { userName: "big", displayName: "x".repeat(2000) });
    expect(answer.status).toBe(413);
    expect(answer.json.status).toBe("413");
  });

  it("501 for /Me, saying why", async () => {
    const { call } = harness();
    const answer = await call("GET", "/Me");
    expect(answer.status).toBe(501);
    expect(answer.json.detail).toMatch(/Me/);
  });

  it("never answers 5xx to garbage input", async () => {
    const { call, createUser, createGroup, internalErrors } = harness();
    const user = await createUser("fuzz");
    const group = await createGroup("fuzzers", [user.id]);
    const bodies: unknown[] = [
      {}, { userName: 42 }, { userName: null }, { userName: ["a"] }, { displayName: {} }, { members: "x" }, { members: [1] },
      { members: [{ value: 5 }] }, { emails: "a@b" }, { emails: [{ value: 1 }] }, { name: "n" }, { active: "maybe" },
      { schemas: "x", userName: "s" }, { schemas: ["urn:bogus"], userName: "t" }, { Operations: "x" }, { Operations: [1] },
      { Operations: [{ op: "add", path: "title", value: "t" }] }, { schemas: [], Operations: [] }, { schemas: [PatchOp], Operations: [] },
      ...[
        { Operations: "x" }, { Operations: [1] }, { Operations: [{ op: "explode" }] }, { Operations: [{ op: "add", path: "[[", value: 1 }] },
        { Operations: [{ op: "remove" }] }, { Operations: [{ op: "replace", path: "members", value: [{ value: "ghost" }] }] },
        { Operations: [{ op: "add", path: "emails[type eq \"work\"].value", value: "w@x" }] },
        { Operations: [{ op: "add", path: "members", value: { value: "ghost" } }] }, { Operations: [{ op: "add", value: { emails: "x" } }] },
      ].map((body) => ({ schemas: [PatchOp], ...body })),
      "\u0000", "{\"a\":1}{",
    ];
    const targets = ["/Users", `/Users/${user.id}`, "/Groups", `/Groups/${group.id}`, "/.search", "/Users/.search", "/Bulk"];
    for (const target of targets) {
      for (const method of ["POST", "PUT", "PATCH"]) {
        for (const body of bodies) {
          const answer = await call(method, target, body);
          expect(answer.status, `${method} ${target} ${JSON.stringify(body)}: ${answer.body}`).toBeLessThan(500);
          if (answer.status >= 400) expect(answer.json.schemas).toEqual([errorUrn]);
        }
      }
    }
    for (const query of ["filter=%", "filter=(", "filter=a[b[c eq 1]]", "sortBy=..", "attributes=%%%", "count=-5", "startIndex=-3", "filter=meta.created gt \"yesterday\"", "filter=active gt true", "sortBy=emails&filter=emails pr"]) {
      const answer = await call("GET", `/Users?${query}`);
      expect(answer.status, `${query}: ${answer.body}`).toBeLessThan(500);
    }
    expect(internalErrors).toEqual([]);
  });
});
