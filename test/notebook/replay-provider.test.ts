import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { replayProvider } from "../../src/notebook/replay-provider.js";
import { providerSequences } from "../../src/providers/index.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";

let server: RunningServer;
let client: ScimClient;

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: "replay-tests", quiet: true });
  client = new ScimClient({ baseUrl: server.url, token: server.token });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

describe.each(providerSequences.map((sequence) => [`${sequence.provider} (${sequence.variant})`, sequence] as const))(
  "replayProvider: %s",
  (_name, sequence) => {
    it("sends every step in order, one row each, and leaves no scratch user or group behind", async () => {
      const report = await replayProvider(client, sequence);
      expect(report.rows.map((row) => row.step)).toEqual(sequence.steps.map((step) => step.id));
      expect(report.rows.every((row) => row.status === undefined || row.status < 500)).toBe(true);
      const users = await client.users.list({ filter: 'userName sw "scimlab-replay-"' });
      const groups = await client.groups.list({ filter: 'displayName sw "scimlab-replay-"' });
      expect([users.totalResults, groups.totalResults]).toEqual([0, 0]);
    });

    it("in its own provider's dialect, every step answers as the provider expects", async () => {
      const dialect = sequence.provider === "Okta" ? "okta" : "entra";
      const report = await replayProvider(client, sequence, { dialect });
      expect(report.rows.filter((row) => !row.ok)).toEqual([]);
    });
  },
);

it("a step whose id was never captured is reported as not sent, and the replay goes on", async () => {
  const [sequence] = providerSequences;
  const broken = { ...sequence!, steps: sequence!.steps.filter((step) => step.id !== "create-user") };
  const report = await replayProvider(client, broken, { userName: "scimlab-replay-broken" });
  const notSent = report.rows.filter((row) => row.status === undefined);
  expect(notSent.length).toBeGreaterThan(0);
  expect(notSent[0]?.detail).toMatch(/needs \{userId\}, which the step that creates it did not return/);
});
