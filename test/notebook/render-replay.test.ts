import { describe, expect, it } from "vitest";
import { renderReplay, renderReplayText } from "../../src/notebook/render-replay.js";
import type { ReplayReport } from "../../src/notebook/replay-provider.js";

const row = (status: number, ok: boolean, detail?: string) => ({
  step: "deactivate-user",
  title: "Deactivate the <user>",
  request: "PATCH /Users/{userId}",
  forms: ["op-capitalised", "boolean-as-string"] as ReplayReport["rows"][number]["forms"],
  status,
  ok,
  ...(detail === undefined ? {} : { detail }),
});
const report = (dialect: ReplayReport["dialect"], rows: ReplayReport["rows"]): ReplayReport => ({
  provider: "Microsoft Entra ID",
  variant: "default",
  source: "https://learn.microsoft.com/x?a=1&b=2",
  dialect,
  rows,
});
const strict = report("strict", [row(400, false, 'invalidValue: "op" must be "add", "replace" or "remove"; "Replace" is what Microsoft Entra ID sends')]);
const entra = report("entra", [row(200, true)]);

describe("renderReplay", () => {
  it("shows a column per dialect: green status when expected, red with the server's detail naming the provider when not", () => {
    const html = renderReplay([strict, entra]);
    expect(html).toContain("<th style=\"text-align:left\">strict</th>");
    expect(html).toContain("<th style=\"text-align:left\">entra</th>");
    expect(html).toContain('<span style="color:#cf222e">✗ 400</span>');
    expect(html).toContain("is what Microsoft Entra ID sends");
    expect(html).toContain('<span style="color:#1a7f37">✓ 200</span>');
    expect(html).toContain("<code>op-capitalised</code> <code>boolean-as-string</code>");
    expect(html).toContain("strict: 1 broken · entra: 0 broken");
  });

  it("escapes every value (titles, details, the source URL)", () => {
    const html = renderReplay([strict]);
    expect(html).toContain("Deactivate the &lt;user&gt;");
    expect(html).toContain("&quot;Replace&quot;");
    expect(html).toContain('href="https://learn.microsoft.com/x?a=1&amp;b=2"');
    expect(html).not.toContain("<user>");
  });

  it("says so when nothing was replayed", () => {
    expect(renderReplay([])).toContain("Nothing replayed");
    expect(renderReplayText([])).toBe("Nothing replayed.");
  });
});

describe("renderReplayText", () => {
  it("summarises each dialect and lists the steps that broke, with status and detail", () => {
    const text = renderReplayText([strict, entra]);
    expect(text.split("\n")).toEqual([
      "Microsoft Entra ID (default): https://learn.microsoft.com/x?a=1&b=2",
      "  strict: 0 of 1 steps answered as expected",
      `    ✗ deactivate-user (PATCH /Users/{userId}): 400 ${strict.rows[0]?.detail}`,
      "  entra: 1 of 1 steps answered as expected",
    ]);
  });
});
