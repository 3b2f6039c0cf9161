import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecker, type CheckerReport } from "../../src/checker/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";

const token = "replay-secret-token";
let strict: RunningServer;
let entra: RunningServer;

/**
 * A proxy that reads a PATCH `remove` of `members` the RFC-literal way: the value list is dropped, so the path
 * "members" alone removes every member (RFC 7644 §3.5.2.2) — what a server that ignores Entra's value does.
 */
async function literalRemoveProxy(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        let body = Buffer.concat(chunks).toString("utf8");
        if (req.method === "PATCH" && body) {
          const json = JSON.parse(body) as { Operations?: { op?: string; path?: string; value?: unknown }[] };
          for (const operation of json.Operations ?? []) {
            if (operation.op?.toLowerCase() === "remove" && operation.path === "members") delete operation.value;
          }
          body = JSON.stringify(json);
        }
        const path = (req.url ?? "/").replace(/^\/scim\/v2/, "");
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string" && !["host", "content-length", "connection"].includes(name)) headers[name] = value;
        const answer = await request(`${target}${path}`, { method: req.method as "GET", headers, body: body || undefined });
        const text = await answer.body.text();
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(answer.headers)) if (typeof value === "string" && !["content-length", "connection", "keep-alive", "transfer-encoding"].includes(name)) out[name] = value;
        res.writeHead(answer.statusCode, out).end(text);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim/v2`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function leftovers(baseUrl: string): Promise<string[]> {
  const out: string[] = [];
  for (const [endpoint, attribute] of [["Users", "userName"], ["Groups", "displayName"]]) {
    const answer = await request(`${baseUrl}/${endpoint}?count=1000`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await answer.body.json()) as { Resources?: Record<string, string>[] };
    out.push(...(body.Resources ?? []).map((resource) => String(resource[attribute])).filter((name) => name.startsWith("scimlab-check")));
  }
  return out;
}

const failedIds = (report: CheckerReport) => report.results.filter((result) => result.status === "failed").map((result) => result.id);

beforeAll(async () => {
  strict = await startServer({ port: 0, data: ":memory:", token, quiet: true });
  entra = await startServer({ port: 0, data: ":memory:", token, quiet: true, dialect: "entra" });
});
afterAll(async () => {
  await strict?.close();
  await entra?.close();
});

describe("scimlab test --as entra|okta", () => {
  it("replays both Entra sequences step by step; a server speaking Entra's dialect passes them all", async () => {
    const report = await runChecker({ baseUrl: entra.url, token, only: ["entra"], as: "entra" });
    expect(report.results.every((result) => result.group === "entra")).toBe(true);
    expect(report.results.map((result) => result.id)).toEqual(expect.arrayContaining(["entra/default/remove-member", "entra/aadoptscim062020/remove-member"]));
    expect(failedIds(report)).toEqual([]);
    expect(await leftovers(entra.url)).toEqual([]);
  });

  it("on a strict server, names the Entra forms it refuses and what to accept", async () => {
    const report = await runChecker({ baseUrl: strict.url, token, only: ["entra"], as: "entra" });
    const deactivate = report.results.find((result) => result.id === "entra/default/deactivate-user");
    expect(deactivate).toMatchObject({ status: "failed", rfc: "RFC 7644 §3.5.2" });
    expect(deactivate?.expected).toMatch(/Entra's default deactivation would fail on this server/);
    expect(deactivate?.fix).toMatch(/"op" in title case/);
    expect(failedIds(report)).toContain("entra/default/create-group");
    expect(report.results.find((result) => result.id === "entra/default/remove-member")).toMatchObject({ status: "skipped", reason: expect.stringMatching(/earlier step/) });
    expect(await leftovers(strict.url)).toEqual([]);
  });

  it('detects "Entra\'s default member removal would remove every member of your group" by the members left', async () => {
    const proxy = await literalRemoveProxy(entra.url);
    try {
      const report = await runChecker({ baseUrl: proxy.url, token, only: ["entra"], as: "entra" });
      const removal = report.results.find((result) => result.id === "entra/default/remove-member");
      expect(removal?.status).toBe("failed");
      expect(removal?.expected).toMatch(/^Entra's default member removal would remove every member of your group; Microsoft Entra ID means \[[0-9a-f-]+\]$/);
      expect(removal?.fix).toMatch(/members\[value eq/);
      expect(report.results.find((result) => result.id === "entra/aadoptscim062020/remove-member")?.status).toBe("passed");
      expect(await leftovers(entra.url)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it("replays both Okta sequences (OIN, App Integration Wizard), which a strict server passes", async () => {
    const report = await runChecker({ baseUrl: strict.url, token, only: ["okta"], as: "okta" });
    expect(new Set(report.results.map((result) => result.id.split("/")[1]))).toEqual(new Set(["oin-app", "app-integration-wizard-app"]));
    expect(failedIds(report)).toEqual([]);
    expect(await leftovers(strict.url)).toEqual([]);
  });
});
