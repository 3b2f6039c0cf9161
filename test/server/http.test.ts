import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/index.js";

const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

const UserUrn = "urn:ietf:params:scim:schemas:core:2.0:User";

describe("over HTTP on 127.0.0.1", () => {
  let server: RunningServer;
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${server.token}`, ...(body === undefined ? {} : { "content-type": "application/scim+json" }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });

  beforeAll(async () => {
    server = await startServer({ port: 0, data: ":memory:", token: "http-test-token", quiet: true });
  });
  afterAll(() => server.close());

  it("serves at http://127.0.0.1:PORT/scim/v2", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
  });

  it("creates, reads, lists and deletes with the SCIM content type", async () => {
    const created = await send("POST", "/Users", { schemas: [UserUrn], userName: "http-user", password: "pa55word" });
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toBe("application/scim+json; charset=utf-8");
    const user = (await created.json()) as { id: string };
    expect(created.headers.get("location")).toBe(`${server.url}/Users/${user.id}`);
    expect(created.headers.get("etag")).toBe('W/"1"');
    const got = await send("GET", `/Users/${user.id}`);
    expect(got.status).toBe(200);
    const notModified = await send("GET", `/Users/${user.id}`, undefined, { "if-none-match": 'W/"1"' });
    expect(notModified.status).toBe(304);
    const list = await send("GET", `/Users?filter=${encodeURIComponent('userName eq "HTTP-USER"')}&count=5`);
    expect(((await list.json()) as { totalResults: number }).totalResults).toBe(1);
    const search = await send("POST", "/.search", { schemas: ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], filter: 'userName sw "http"', count: 0 });
    expect(await search.json()).toMatchObject({ totalResults: 1, Resources: [] });
    expect((await send("DELETE", `/Users/${user.id}`)).status).toBe(204);
  });

  it("answers 401 with WWW-Authenticate, and 415, 404, 405 as SCIM Errors", async () => {
    const anonymous = await fetch(`${server.url}/ServiceProviderConfig`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toBe('Bearer realm="scimlab"');
    expect(await anonymous.json()).toMatchObject({ status: "401" });
    const text = await send("POST", "/Users", "userName=x", { "content-type": "text/plain" });
    expect(text.status).toBe(415);
    expect((await send("GET", "/Nothing")).status).toBe(404);
    expect((await fetch(`${server.url.replace("/scim/v2", "")}/other`, { headers: { authorization: `Bearer ${server.token}` } })).status).toBe(404);
    const wrongMethod = await send("PATCH", "/Users", {});
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST");
  });

  it("answers 413 to a body over 1 MiB, and keeps serving", async () => {
    const huge = JSON.stringify({ schemas: [UserUrn], userName: "huge", displayName: "x".repeat(2 * 1024 * 1024) });
    const answer = await send("POST", "/Users", huge);
    expect(answer.status).toBe(413);
    expect(await answer.json()).toMatchObject({ status: "413" });
    expect((await send("GET", "/ServiceProviderConfig")).status).toBe(200);
  });

  it("serves discovery: ServiceProviderConfig, ResourceTypes, Schemas with full attributes", async () => {
    const config = (await (await send("GET", "/ServiceProviderConfig")).json()) as Record<string, { supported: boolean }>;
    expect(config.patch?.supported).toBe(true);
    expect(config.etag?.supported).toBe(true);
    const types = (await (await send("GET", "/ResourceTypes")).json()) as { totalResults: number };
    expect(types.totalResults).toBe(2);
    const user = (await (await send("GET", "/ResourceTypes/User")).json()) as { endpoint: string; meta: { location: string } };
    expect(user.endpoint).toBe("/Users");
    expect(user.meta.location).toBe(`${server.url}/ResourceTypes/User`);
    const schemas = (await (await send("GET", "/Schemas")).json()) as { Resources: { id: string }[] };
    expect(schemas.Resources.map((schema) => schema.id)).toContain(UserUrn);
    const userSchema = (await (await send("GET", `/Schemas/${UserUrn}`)).json()) as { attributes: { name: string; subAttributes?: unknown[] }[] };
    expect(userSchema.attributes.find((attribute) => attribute.name === "name")?.subAttributes?.length).toBeGreaterThan(3);
    expect((await send("GET", "/Schemas/urn:nope")).status).toBe(404);
    expect((await send("GET", "/ResourceTypes?filter=name%20eq%20%22User%22")).status).toBe(403);
  });

  it("keeps every member when 50 PATCHes add members to one group concurrently", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const answer = await send("POST", "/Users", { schemas: [UserUrn], userName: `concurrent-${i}` });
      ids.push(((await answer.json()) as { id: string }).id);
    }
    const group = (await (await send("POST", "/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Everyone" })).json()) as { id: string };
    const answers = await Promise.all(
      ids.map((id) => send("PATCH", `/Groups/${group.id}`, { schemas: [PatchOp], Operations: [{ op: "add", path: "members", value: [{ value: id }] }] })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(ids.map(() => 200));
    const final = (await (await send("GET", `/Groups/${group.id}`)).json()) as { members: { value: string }[]; meta: { version: string } };
    expect(new Set(final.members.map((member) => member.value))).toEqual(new Set(ids));
    expect(final.meta.version).toBe('W/"51"');
  });

  it("records exchanges, redacting secrets, at GET /scimlab/requests", async () => {
    await send("POST", "/Users", { schemas: [UserUrn], userName: "logged", password: "TopSecret1" });
    const entries = server.requestLog.entries();
    const last = entries[entries.length - 1]!;
    expect(last).toMatchObject({ method: "POST", path: "/scim/v2/Users", status: 201 });
    expect(last.requestBody).not.toContain("TopSecret1");
    expect(last.requestHeaders.authorization).toBe("[redacted]");
    expect(last.durationMs).toBeGreaterThanOrEqual(0);
    const base = server.url.replace("/scim/v2", "");
    expect((await fetch(`${base}/scimlab/requests`)).status).toBe(401);
    const viaHttp = (await (await fetch(`${base}/scimlab/requests?limit=1`, { headers: { authorization: `Bearer ${server.token}` } })).json()) as { entries: unknown[] };
    expect(viaHttp.entries).toHaveLength(1);
    expect(JSON.stringify(viaHttp)).not.toContain(server.token);
  });

  it("answers bad input over the wire with 4xx SCIM Errors, never 5xx", async () => {
    const cases: [string, string, string | undefined, Record<string, string>, number, string?][] = [
      ["POST", "/Users", "{not json", {}, 400, "invalidSyntax"],
      ["POST", "/Users", "[]", {}, 400, "invalidSyntax"],
      ["POST", "/Users", JSON.stringify({ schemas: [UserUrn], userName: 7 }), {}, 400, "invalidValue"],
      ["GET", `/Users?filter=${encodeURIComponent('userName eq "x" and')}`, undefined, {}, 400, "invalidFilter"],
      ["GET", "/Users?count=1e3", undefined, {}, 400, "invalidValue"],
      ["GET", "/Users/does-not-exist", undefined, {}, 404],
      ["GET", "/Me", undefined, {}, 501],
      ["PUT", "/Groups/nope", JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "x" }), {}, 404],
      ["POST", "/Users", JSON.stringify({ userName: "x" }), { "content-type": "text/xml" }, 415],
      ["POST", "/Users", JSON.stringify({ userName: "x" }), { authorization: "Bearer nope" }, 401],
    ];
    for (const [method, path, body, headers, status, scimType] of cases) {
      const answer = await send(method, path, body, headers);
      const json = (await answer.json()) as { status: string; scimType?: string; schemas: string[] };
      expect(answer.status, `${method} ${path}`).toBe(status);
      expect(json.status).toBe(String(status));
      expect(json.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:Error"]);
      if (scimType) expect(json.scimType).toBe(scimType);
    }
  });

  it("stores unicode userNames and finds them case-insensitively", async () => {
    for (const userName of ["Ωmega", "名前", "Øyvind.ÅSE", "emoji-🙂"]) {
      const created = await send("POST", "/Users", { schemas: [UserUrn], userName });
      expect(created.status, userName).toBe(201);
      const found = (await (await send("GET", `/Users?filter=${encodeURIComponent(`userName eq "${userName.toLowerCase()}"`)}`)).json()) as { totalResults: number; Resources: { userName: string }[] };
      expect(found.totalResults, userName).toBe(1);
      expect(found.Resources[0]?.userName).toBe(userName);
    }
    const clash = await send("POST", "/Users", { schemas: [UserUrn], userName: "øyvind.åse" });
    expect(clash.status).toBe(409);
  });

  it("honours If-Match over HTTP (412) and runs a Bulk with bulkId references", async () => {
    const created = await send("POST", "/Users", { schemas: [UserUrn], userName: "versioned" });
    const { id } = (await created.json()) as { id: string };
    const stale = await send("DELETE", `/Users/${id}`, undefined, { "if-match": 'W/"99"' });
    expect(stale.status).toBe(412);
    const bulk = await send("POST", "/Bulk", {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
      Operations: [
        { method: "POST", path: "/Users", bulkId: "n", data: { schemas: [UserUrn], userName: "bulk-http" } },
        { method: "POST", path: "/Groups", bulkId: "g", data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Bulk HTTP", members: [{ value: "bulkId:n" }] } },
        { method: "DELETE", path: `/Users/${id}`, version: 'W/"1"' },
      ],
    });
    const result = (await bulk.json()) as { Operations: { status: string; location?: string }[] };
    expect(result.Operations.map((op) => op.status)).toEqual(["201", "201", "204"]);
    expect(result.Operations[0]!.location).toMatch(new RegExp(`^${server.url}/Users/`));
  });

  it("answered no request with a 5xx (those would be bugs)", () => {
    // 501 from /Me is deliberate; any other 5xx would be a bug.
    expect(server.requestLog.entries().filter((entry) => entry.status >= 500 && entry.status !== 501)).toEqual([]);
  });
});
