import { describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { DeviationLog } from "../../src/client/deviations.js";

const missingBulkNumbers = {
  kind: "violation",
  rule: "bulk.maxOperations is REQUIRED in the ServiceProviderConfig",
  rfc: "RFC 7643 §5",
  item: "ServiceProviderConfig",
} as const;

describe("the deviation log", () => {
  it("keeps one entry per rule and item, counting repeats, oldest first", () => {
    const log = new DeviationLog();
    log.record({ ...missingBulkNumbers, detail: "absent" });
    log.record({ kind: "variation", rule: "PATCH answered 204", rfc: "RFC 7644 §3.5.2", item: "User 1" });
    log.record({ ...missingBulkNumbers, detail: "absent again" });
    expect(log.entries()).toEqual([
      { ...missingBulkNumbers, detail: "absent", count: 2 },
      { kind: "variation", rule: "PATCH answered 204", rfc: "RFC 7644 §3.5.2", item: "User 1", count: 1 },
    ]);
  });

  it("holds at most its capacity of entries, and still counts repeats of those it holds", () => {
    const log = new DeviationLog(1);
    log.record(missingBulkNumbers);
    log.record({ ...missingBulkNumbers, item: "another" });
    log.record(missingBulkNumbers);
    expect(log.entries()).toEqual([{ ...missingBulkNumbers, count: 2 }]);
  });

  it("backs client.deviations, which a caller can add to and clear", async () => {
    const client = new ScimClient({ baseUrl: "http://127.0.0.1:9/scim/v2" });
    client.recordDeviation(missingBulkNumbers);
    expect(client.deviations).toEqual([{ ...missingBulkNumbers, count: 1 }]);
    client.clearDeviations();
    expect(client.deviations).toEqual([]);
    await client.close();
  });
});
