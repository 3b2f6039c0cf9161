import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecker, type CheckerReport } from "../../src/checker/index.js";
import { renderHtmlReport } from "../../src/checker/html-report.js";
import { renderJunit } from "../../src/checker/junit.js";
import { reportOf } from "../../src/checker/report.js";
import { startPeer } from "../peer/scimmy-peer.js";
import { parseXml, type XmlElement } from "../support/parse-xml.js";

const executablePath = "/usr/bin/chromium";
let peer: Awaited<ReturnType<typeof startPeer>>;
let report: CheckerReport;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: install Chromium ("apt-get install chromium").`);
  peer = await startPeer({ token: "peer-token-for-reports" });
  report = await runChecker({ baseUrl: peer.url, token: peer.token, only: ["crud", "etags", "robustness"] });
  browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await peer?.close();
});

const all = (element: XmlElement, name: string): XmlElement[] => [
  ...element.children.filter((child) => child.name === name),
  ...element.children.flatMap((child) => all(child, name)),
];

describe("--junit", () => {
  it("writes well-formed JUnit XML: testsuites, a testsuite per group, testcases with failure and skipped", () => {
    const root = parseXml(renderJunit(report));
    expect(root.name).toBe("testsuites");
    expect(root.attributes).toMatchObject({ tests: String(report.results.length), failures: String(report.failed), skipped: String(report.skipped) });
    expect(root.children.map((suite) => suite.attributes.name)).toEqual(["crud", "etags", "robustness"]);
    for (const suite of root.children) {
      expect(suite.name).toBe("testsuite");
      expect(Number(suite.attributes.tests)).toBe(suite.children.length);
      expect(Number(suite.attributes.failures)).toBe(suite.children.filter((testcase) => testcase.children.some((child) => child.name === "failure")).length);
      for (const testcase of suite.children) {
        expect(testcase.name).toBe("testcase");
        expect(testcase.attributes.classname).toBe(`scimlab.${suite.attributes.name}`);
      }
    }
    const location = all(root, "testcase").find((testcase) => testcase.attributes.name?.includes("Location header"));
    const failure = location?.children.find((child) => child.name === "failure");
    expect(failure?.text).toMatch(/request:\nPOST \/scim\/v2\/Users/);
    expect(all(root, "skipped")[0]?.attributes.message).toMatch(/etag\.supported is false/);
  });

  it("escapes what XML cannot hold as is", () => {
    const tricky = reportOf("http://x/<&>", [
      { id: "crud/x", group: "crud", title: `<b>"quoted" & 'single'</b>`, rfc: "RFC 7644 §3.3", status: "failed", expected: "]]> \u0001 <!--", fix: "&amp;", request: "GET /?a=<b>", response: "HTTP 500\n\n{\"detail\":\"<script>\"}" },
    ]);
    const root = parseXml(renderJunit(tricky));
    const testcase = all(root, "testcase")[0];
    expect(testcase?.attributes.name).toBe(`RFC 7644 §3.3: <b>"quoted" & 'single'</b>`);
    expect(testcase?.children[0]?.text).toContain('{"detail":"<script>"}');
  });
});

describe("--html", () => {
  it("opens in Chromium, self-contained, failures first with request, response, expected and fix", async () => {
    const folder = mkdtempSync(join(tmpdir(), "scimlab-report-"));
    const file = join(folder, "report.html");
    writeFileSync(file, renderHtmlReport(report));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on("request", (sent) => {
      if (!sent.url().startsWith("file:")) outside.push(sent.url());
    });
    await page.goto(pathToFileURL(file).href);
    expect(outside).toEqual([]);
    expect(await page.title()).toBe(`scimlab test: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("SCIM 2.0 conformance report");
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings).toEqual([`Failures (${report.failed})`, "All checks by RFC section"]);
    const failure = page.getByRole("article", { name: /Location header/ });
    const text = (await failure.textContent()) ?? "";
    for (const part of ["RFC 7644 §3.3", "Expected", "What to fix", "Request", "Response", "POST /scim/v2/Users", "HTTP 201"]) expect(text).toContain(part);
    expect(text).not.toContain(peer.token);
    expect(await page.getByRole("table").count()).toBeGreaterThan(3);
    const color = await page.locator(".status-failed").first().evaluate((cell) => (cell.ownerDocument.defaultView as { getComputedStyle(element: unknown): { color: string } }).getComputedStyle(cell).color);
    expect(color).toBe("rgb(164, 22, 26)");
    await context.close();
  });
});
