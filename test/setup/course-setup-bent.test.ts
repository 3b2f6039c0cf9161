import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { courseSetup, verifyCheckpoint, type CheckpointId } from "../../src/setup/index.js";
import { startBendingProxy, type BendingProxy } from "../support/bending-proxy.js";
import { bendNames, type BendName } from "../support/bends.js";

/** Forward through the story, then back to a checkpoint before the PUT that rewrites Ryan. */
const route: readonly CheckpointId[] = ["branch", "charles-joined", "michael-left", "paper-company", "michael-left"];

const runs: [string, readonly BendName[]][] = [["no bend", []], ...bendNames.map((name): [string, BendName[]] => [name, [name]]), ["every bend at once", bendNames]];

describe.each(runs)("courseSetup through the bending proxy: %s", (_label, names) => {
  let server: RunningServer;
  let proxy: BendingProxy;
  let client: ScimClient;

  beforeAll(async () => {
    server = await startServer({ port: 0, data: ":memory:", quiet: true });
    proxy = await startBendingProxy(server.url, names);
    client = new ScimClient({ baseUrl: proxy.url, token: server.token });
  });
  afterAll(async () => {
    await client.close();
    await proxy.close();
    await server.close();
  });

  it("reaches every checkpoint, forward and back, and verifyCheckpoint says so", async () => {
    for (const checkpoint of route) {
      await courseSetup(client, { checkpoint });
      const report = await verifyCheckpoint(client, checkpoint);
      expect(report.facts.filter((fact) => !fact.holds), checkpoint).toEqual([]);
    }
  });

  it("records a merging PUT as a deviation of RFC 7644 §3.5.1, and nothing on a server that bends nothing", () => {
    const sections = client.deviations.map((deviation) => deviation.rfc);
    if (names.includes("put-merges")) expect(sections).toContain("RFC 7644 §3.5.1");
    if (names.length === 0) expect(client.deviations).toEqual([]);
  });
});
