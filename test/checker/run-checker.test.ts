import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecker, type CheckerReport, type CheckResultLine } from "../../src/checker/index.js";
import { renderHtmlReport } from "../../src/checker/html-report.js";
import { renderJunit } from "../../src/checker/junit.js";
import { renderTerminal } from "../../src/checker/terminal.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { startPeer } from "../peer/scimmy-peer.js";
import { startBendingProxy } from "../support/bending-proxy.js";

const ownToken = "own-secret-token-for-the-checker";
const peerToken = "peer-secret-token-for-the-checker";
let own: RunningServer;
let peer: Awaited<ReturnType<typeof startPeer>>;
let ownReport: CheckerReport;
let peerReport: CheckerReport;

/** Every userName / displayName on a server (to prove the checker left nothing behind). */
async function names(baseUrl: string, token: string): Promise<string[]> {
  const out: string[] = [];
  for (const [endpoint, attribute] of [["Users", "userName"], ["Groups", "displayName"]]) {
    const answer = await request(`${baseUrl}/${endpoint}?count=1000`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await answer.body.json()) as { Resources?: Record<string, string>[] };
    out.push(...(body.Resources ?? []).map((resource) => String(resource[attribute])));
  }
  return out;
}

const line = (report: CheckerReport, id: string): CheckResultLine => {
  const found = report.results.find((result) => result.id === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};

beforeAll(async () => {
  own = await startServer({ port: 0, data: ":memory:", token: ownToken, quiet: true });
  peer = await startPeer({ token: peerToken });
  [ownReport, peerReport] = await Promise.all([
    runChecker({ baseUrl: own.url, token: ownToken }),
    runChecker({ baseUrl: peer.url, token: peerToken }),
  ]);
}, 120_000);
afterAll(async () => {
  await own?.close();
  await peer?.close();
});

describe("runChecker against scimlab's own embedded server", () => {
  it("passes every check, in every group", () => {
    expect(ownReport.results.filter((result) => result.status !== "passed")).toEqual([]);
    expect(ownReport.passed).toBeGreaterThan(100);
    const groups = new Set(ownReport.results.map((result) => result.group));
    expect([...groups].sort()).toEqual(["bulk", "crud", "discovery", "etags", "filters", "groups", "paging", "patch", "projection", "robustness", "sorting"]);
  });

  it("cleans up: no resource with the run's prefix remains", async () => {
    expect((await names(own.url, ownToken)).filter((name) => name.startsWith("scimlab-check"))).toEqual([]);
  });
});

describe("runChecker against the scimmy peer names the peer's known gaps", () => {
  it("fails overall", () => {
    expect(peerReport.failed).toBeGreaterThan(0);
    expect(peerReport.passed).toBeGreaterThan(50);
  });

  it("no Location on 201 (RFC 7644 §3.3)", () => {
    const result = line(peerReport, "crud/create-location");
    expect(result).toMatchObject({ status: "failed", rfc: "RFC 7644 §3.3" });
    expect(result.expected).toMatch(/Location header/);
    expect(result.request).toMatch(/^POST \/scim\/v2\/Users/);
    expect(result.response).toMatch(/^HTTP 201/);
    expect(result.response).not.toMatch(/^location:/m);
  });

  it("case-sensitive userName eq (RFC 7643 §4.1.1)", () => {
    const result = line(peerReport, "filters/eq-case-insensitive");
    expect(result).toMatchObject({ status: "failed", rfc: "RFC 7643 §4.1.1" });
    expect(result.fix).toMatch(/case-insensitive/);
  });

  it("ETag and If-Match ignored (RFC 7644 §3.14): the write is applied, the ETag checks are skipped by its SPC", () => {
    const result = line(peerReport, "etags/if-match-never-issued");
    expect(result).toMatchObject({ status: "failed", rfc: "RFC 7644 §3.14" });
    expect(result.expected).toMatch(/ignored If-Match and applied the write and sends no ETag header/);
    expect(line(peerReport, "etags/if-none-match")).toMatchObject({ status: "skipped", reason: expect.stringMatching(/etag\.supported is false/) });
  });

  it("malformed filters answered with a 5xx", () => {
    const fiveHundreds = peerReport.results.filter((result) => result.id.startsWith("robustness/bad-filter") && result.response?.startsWith("HTTP 500"));
    expect(fiveHundreds.map((result) => result.id)).toEqual(expect.arrayContaining(["robustness/bad-filter-bare-value", "robustness/bad-filter-lone-and"]));
    for (const result of fiveHundreds) expect(result.expected).toMatch(/not HTTP 500/);
  });

  it("cleans up on the peer too", async () => {
    expect((await names(peer.url, peerToken)).filter((name) => name.startsWith("scimlab-check"))).toEqual([]);
  });
});

describe("the reports", () => {
  it("never show the token", () => {
    for (const [report, token] of [[ownReport, ownToken], [peerReport, peerToken]] as const) {
      for (const text of [JSON.stringify(report), renderTerminal(report), renderJunit(report), renderHtmlReport(report)]) {
        expect(text).not.toContain(token);
      }
    }
    expect(peerReport.results.some((result) => result.request?.includes("Authorization: Bearer [redacted]"))).toBe(true);
  });

  it("group the terminal output by RFC section and end with the summary line", () => {
    const text = renderTerminal(peerReport).split("\n");
    expect(text.at(-1)).toBe(`${peerReport.passed} passed, ${peerReport.failed} failed, ${peerReport.skipped} skipped`);
    const sections = text.filter((row) => /^RFC \d+/.test(row));
    expect(sections.indexOf("RFC 7643 §4.1.1")).toBeLessThan(sections.indexOf("RFC 7644 §3.3"));
    expect(sections.indexOf("RFC 7644 §3.5.2")).toBeLessThan(sections.indexOf("RFC 7644 §3.10"));
  });
});

describe("what /ServiceProviderConfig says is unsupported", () => {
  it("is skipped with the reason, not failed (a proxy bends the SPC to bulk.supported false)", async () => {
    const proxy = await startBendingProxy(own.url, ["discovery-without-numbers"]);
    try {
      const report = await runChecker({ baseUrl: proxy.url, token: ownToken, only: ["bulk"] });
      expect(report.results.length).toBeGreaterThan(0);
      for (const result of report.results) {
        expect(result).toMatchObject({ group: "bulk", status: "skipped", reason: "/ServiceProviderConfig says bulk.supported is false (RFC 7643 §5)" });
      }
      expect(report.failed).toBe(0);
    } finally {
      await proxy.close();
    }
  });
});
