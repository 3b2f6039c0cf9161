import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerForm, providerSequences, type ProviderSequence } from "../../../src/providers/index.js";
import { startServer, type DialectName, type RunningServer } from "../../../src/server/index.js";
import { addBystander, checkState, type Live } from "./directory-state.js";
import { replay, send } from "./replay.js";

const entra = providerSequences.filter((sequence) => sequence.provider === "Microsoft Entra ID");
const okta = providerSequences.filter((sequence) => sequence.provider === "Okta");
const name = (sequence: ProviderSequence) => `${sequence.provider} (${sequence.variant})`;
const nonRfc = (formIds: readonly string[]) => formIds.filter((id) => !providerForm(id as never).conforms);

const servers: RunningServer[] = [];
async function server(dialect?: DialectName): Promise<RunningServer> {
  const started = await startServer({ token: "replay-token", quiet: true, ...(dialect === undefined ? {} : { dialect }) });
  servers.push(started);
  return started;
}
afterAll(async () => {
  for (const started of servers) await started.close();
});

/**
 * Replay a sequence against a server and check each step's status and the directory after it. With `probe`,
 * a step that uses a non-RFC form is first sent in that dialect (header) and must be refused, naming the
 * provider; then it is sent as configured.
 */
async function replayAndCheck(running: RunningServer, sequence: ProviderSequence, headers: Record<string, string> = {}, probe?: DialectName) {
  const live: Live = { url: running.url, token: running.token };
  const userName = `${sequence.variant.replace(/\W/g, "").toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`;
  const refused: string[] = [];
  const exchanges = await replay(running.url, running.token, sequence, {
    userName,
    headers,
    before: async (step, values) => {
      if (step.id === "add-member") await addBystander(live, values.groupId!, `${userName}-bystander`);
      if (probe === undefined || nonRfc(step.forms).length === 0) return;
      const { stepRequest } = await import("../../../src/providers/index.js");
      const request = stepRequest(step, values);
      const answer = await send(running.url, running.token, request.method, request.path, request.body, { "scimlab-dialect": probe });
      expect(answer.status, `${step.id} in ${probe}: ${JSON.stringify(answer.body)}`).toBe(400);
      expect(answer.body.detail).toContain(sequence.provider);
      expect(nonRfc(step.forms).some((id) => answer.body.detail.includes(`form ${id}`)), answer.body.detail).toBe(true);
      expect(["invalidSyntax", "invalidValue", "invalidFilter", "invalidPath"]).toContain(answer.body.scimType);
      refused.push(step.id);
    },
    after: (exchange, values) => checkState(live, sequence, exchange, values),
  });
  for (const exchange of exchanges) {
    expect(exchange.step.expectStatus, `${exchange.step.id}: ${exchange.status} ${JSON.stringify(exchange.body)}`).toContain(exchange.status);
  }
  return refused;
}

describe("strict refuses every non-RFC form of Entra's sequences, naming Entra; the entra header accepts them", () => {
  let running: RunningServer;
  beforeAll(async () => (running = await server()));

  it.each(entra.map((sequence) => [name(sequence), sequence] as const))("%s", async (_name, sequence) => {
    const refused = await replayAndCheck(running, sequence, { "scimlab-dialect": "entra" }, "strict");
    const expected = sequence.steps.filter((step) => nonRfc(step.forms).length > 0).map((step) => step.id);
    expect(refused).toEqual(expected);
    expect(refused.length).toBeGreaterThan(0);
  });
});

describe("scimlab serve --dialect entra: Entra's documented sequences end with the right directory", () => {
  let running: RunningServer;
  beforeAll(async () => (running = await server("entra")));

  it.each(entra.map((sequence) => [name(sequence), sequence] as const))("%s", async (_name, sequence) => {
    await replayAndCheck(running, sequence);
  });

  it("declares its dialect in the lab extension of /ServiceProviderConfig; a header overrides it", async () => {
    const urn = "urn:scimlab:params:scim:schemas:extension:lab:2.0:ServiceProviderConfig";
    const config = await send(running.url, running.token, "GET", "/ServiceProviderConfig");
    expect(config.body.schemas).toContain(urn);
    expect(config.body[urn]).toEqual({ dialects: ["strict", "entra", "okta", "lenient"], dialect: "entra", faultInjection: true });
    const strict = await send(running.url, running.token, "GET", "/ServiceProviderConfig", undefined, { "scimlab-dialect": "strict" });
    expect(strict.body[urn].dialect).toBe("strict");
  });
});

describe("Okta's documented sequences are RFC-valid: strict, okta and lenient all accept them", () => {
  it.each(okta.flatMap((sequence) => (["strict", "okta", "lenient"] as const).map((dialect) => [name(sequence), dialect, sequence] as const)))(
    "%s in %s",
    async (_name, dialect, sequence) => {
      const running = await server(dialect);
      await replayAndCheck(running, sequence);
    },
  );
});

describe("lenient accepts every sequence, Entra's and Okta's", () => {
  let running: RunningServer;
  beforeAll(async () => (running = await server("lenient")));

  it.each(providerSequences.map((sequence) => [name(sequence), sequence] as const))("%s", async (_name, sequence) => {
    await replayAndCheck(running, sequence);
  });

  it("okta refuses Entra's forms, naming Entra", async () => {
    const refused = await replayAndCheck(running, entra[0]!, {}, "okta");
    expect(refused.length).toBeGreaterThan(0);
  });
});
