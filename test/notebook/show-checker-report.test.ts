import { describe, expect, it, vi } from "vitest";
import { reportOf } from "../../src/checker/report.js";
import { showCheckerReport } from "../../src/notebook/index.js";

describe("showCheckerReport", () => {
  it("outside a kernel prints the terminal text, ending with the summary line", () => {
    const report = reportOf("http://127.0.0.1:1/scim/v2", [
      { id: "crud/create-location", group: "crud", title: "Location on 201", rfc: "RFC 7644 §3.3", status: "failed", expected: "a Location header", fix: "Set it" },
      { id: "bulk/bulk-ids", group: "bulk", title: "bulkIds", rfc: "RFC 7644 §3.7.2", status: "skipped", reason: "/ServiceProviderConfig says bulk.supported is false (RFC 7643 §5)" },
    ]);
    const printed: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((text: unknown) => void printed.push(String(text)));
    try {
      showCheckerReport(report);
    } finally {
      log.mockRestore();
    }
    const text = printed.join("\n");
    expect(text).toContain("✗ [crud] Location on 201");
    expect(text).toContain("skipped: /ServiceProviderConfig says bulk.supported is false");
    expect(text.split("\n").at(-1)).toBe("0 passed, 1 failed, 1 skipped");
  });
});
