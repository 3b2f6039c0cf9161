import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../../src/server/index.js";
import { send } from "./replay.js";

const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
let server: RunningServer;
let userId: string;
beforeAll(async () => {
  server = await startServer({ token: "forms-token", quiet: true });
  const created = await send(server.url, server.token, "POST", "/Users", {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    userName: "pbeesly",
    emails: [{ type: "work", value: "pam@example.com" }],
  });
  userId = created.body.id;
});
afterAll(() => server.close());

const patch = (...Operations: unknown[]) => ({ schemas: [PatchOp], Operations });

/** Each non-RFC form alone, as its provider sends it: the request, the form, the provider and the scimType of the refusal. */
const probes = [
  { form: "op-capitalised", who: "Microsoft Entra ID", scimType: "invalidSyntax", request: () => ["PATCH", `/Users/${userId}`, patch({ op: "Replace", path: "displayName", value: "Pam" })] },
  { form: "boolean-as-string", who: "Microsoft Entra ID", scimType: "invalidValue", request: () => ["PATCH", `/Users/${userId}`, patch({ op: "replace", path: "active", value: "False" })] },
  { form: "boolean-as-string", who: "Microsoft Entra ID", scimType: "invalidValue", request: () => ["PUT", `/Users/${userId}`, { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "pbeesly", active: "True" }] },
  { form: "no-path-dotted-keys", who: "Microsoft Entra ID", scimType: "invalidPath", request: () => ["PATCH", `/Users/${userId}`, patch({ op: "replace", value: { "name.givenName": "Pam", [`${ENTERPRISE}:department`]: "Sales" } })] },
  { form: "filter-value-path-then-attribute", who: "Microsoft Entra ID", scimType: "invalidFilter", request: () => ["GET", `/Users?filter=${encodeURIComponent('emails[type eq "work"].value eq "pam@example.com"')}`] },
  { form: "filter-value-path-then-attribute", who: "Microsoft Entra ID", scimType: "invalidFilter", request: () => ["POST", "/Users/.search", { schemas: ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], filter: 'emails[type eq "work"].value eq "pam@example.com"' }] },
  { form: "group-schema-adscim", who: "Microsoft Entra ID", scimType: "invalidValue", request: () => ["POST", "/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group", "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"], displayName: "Probe" }] },
  { form: "remove-members-with-value", who: "Microsoft Entra ID", scimType: "invalidSyntax", request: () => ["PATCH", `/Users/${userId}`, patch({ op: "remove", path: "emails", value: [{ value: "pam@example.com" }] })] },
  { form: "patch-without-schemas", who: "hand-written clients", scimType: "invalidSyntax", request: () => ["PATCH", `/Users/${userId}`, { Operations: [{ op: "replace", path: "displayName", value: "Pam" }] }] },
] as const;

describe("strict (the default) refuses each non-RFC form with a 400 naming the form and who sends it", () => {
  it.each(probes.map((probe, index) => [`${probe.form} #${index}`, probe] as const))("%s", async (_label, probe) => {
    const before = (await send(server.url, server.token, "GET", `/Users/${userId}`)).body.meta.version;
    const [method, path, body] = probe.request() as [string, string, unknown?];
    const answer = await send(server.url, server.token, method, path, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.body.scimType).toBe(probe.scimType);
    expect(answer.body.detail).toContain(`form ${probe.form}`);
    expect(answer.body.detail).toContain(probe.who);
    expect((await send(server.url, server.token, "GET", `/Users/${userId}`)).body.meta.version).toBe(before);
  });

  it('says "op" must be lower case, and that "Replace" is what Microsoft Entra ID sends', async () => {
    const answer = await send(server.url, server.token, "PATCH", `/Users/${userId}`, patch({ op: "Replace", path: "displayName", value: "Pam" }));
    expect(answer.body.detail).toMatch(/^"op" must be "add", "replace" or "remove"; "Replace" is what Microsoft Entra ID sends/);
  });

  it("lenient accepts each of them (Scimlab-Dialect: lenient), entra all of Entra's", async () => {
    for (const probe of probes) {
      const [method, path, body] = probe.request() as [string, string, unknown?];
      const lenient = await send(server.url, server.token, method, path, body, { "scimlab-dialect": "lenient" });
      expect(lenient.status, `${probe.form}: ${JSON.stringify(lenient.body)}`).toBeLessThan(300);
      if (probe.who !== "Microsoft Entra ID") {
        const entra = await send(server.url, server.token, method, path, body, { "scimlab-dialect": "entra" });
        expect(entra.status).toBe(400);
      }
    }
    const user = (await send(server.url, server.token, "GET", `/Users/${userId}`)).body;
    expect(user.name.givenName).toBe("Pam");
    expect(user[ENTERPRISE].department).toBe("Sales");
  });

  it("rewrites the Entra filter into the RFC one, and finds the same users", async () => {
    const entra = await send(server.url, server.token, "GET", `/Users?filter=${encodeURIComponent('emails[type eq "work"].value eq "pam@example.com"')}`, undefined, { "scimlab-dialect": "entra" });
    const rfc = await send(server.url, server.token, "GET", `/Users?filter=${encodeURIComponent('emails[type eq "work" and value eq "pam@example.com"]')}`);
    expect(entra.status).toBe(200);
    expect(entra.body.totalResults).toBe(rfc.body.totalResults);
  });

  it("answers an unknown Scimlab-Dialect with 400 invalidValue listing the dialects", async () => {
    const answer = await send(server.url, server.token, "GET", "/Users", undefined, { "scimlab-dialect": "azure" });
    expect(answer.status).toBe(400);
    expect(answer.body.scimType).toBe("invalidValue");
    expect(answer.body.detail).toContain("strict, entra, okta, lenient");
  });

  it("applies the dialect to Bulk operations too", async () => {
    const bulk = {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
      Operations: [{ method: "PATCH", path: `/Users/${userId}`, data: patch({ op: "Replace", path: "nickName", value: "Pammy" }) }],
    };
    const strict = await send(server.url, server.token, "POST", "/Bulk", bulk);
    expect(strict.body.Operations[0].status).toBe("400");
    expect(strict.body.Operations[0].response.detail).toContain("Microsoft Entra ID");
    const entra = await send(server.url, server.token, "POST", "/Bulk", bulk, { "scimlab-dialect": "entra" });
    expect(entra.body.Operations[0].status).toBe("200");
  });
});
