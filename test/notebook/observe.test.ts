import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { patch } from "../../src/scim/patch.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import type { MimeBundle } from "../../src/notebook/kernel-output.js";
import { startBendingProxy, type BendingProxy } from "../support/bending-proxy.js";
import type { BendName } from "../support/bends.js";

const shown: MimeBundle[] = [];
vi.mock("../../src/notebook/kernel-output.js", async (original) => ({
  ...(await original<typeof import("../../src/notebook/kernel-output.js")>()),
  displayBundle: (bundle: MimeBundle) => shown.push(bundle),
}));

const {
  deviationsMimeType,
  groupsOf,
  membersOf,
  observeCreated,
  observeDerivedGroups,
  observeErrorType,
  observePatchAnswer,
  observePutReplaced,
  showDeviations,
  showQuery,
} = await import("../../src/notebook/observe/index.js");

const token = "observe-test-token-never-shown";
let server: RunningServer;
let direct: ScimClient;
let groupId: string;
let pamId: string;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token, quiet: true });
  direct = new ScimClient({ baseUrl: server.url, token });
  pamId = (await direct.users.create({ userName: "pbeesly", displayName: "Pam Beesly", locale: "en-US", active: true })).id as string;
  groupId = (await direct.groups.create({ displayName: "Reception <b>", members: [{ value: pamId }] })).id as string;
});
afterEach(() => {
  const text = JSON.stringify(shown);
  shown.length = 0;
  expect(text, "no display ever shows the token").not.toContain(token);
});
afterAll(async () => {
  for (const resource of opened.reverse()) await resource.close();
  await direct.close();
  await server.close();
});

/** A client talking to the embedded server through the named bends (none: directly). */
async function clientThrough(...bends: BendName[]): Promise<ScimClient> {
  const proxy: BendingProxy | undefined = bends.length ? await startBendingProxy(server.url, bends) : undefined;
  const client = new ScimClient({ baseUrl: proxy?.url ?? server.url, token });
  if (proxy) opened.push(proxy);
  opened.push(client);
  return client;
}

const plain = () => shown.map((bundle) => bundle["text/plain"]).join("\n");
const sections = (client: ScimClient) => client.deviations.map((deviation) => deviation.rfc);

describe("showDeviations", () => {
  it("says nothing was bent when the log is empty, in HTML, text and the deviations MIME", async () => {
    showDeviations(await clientThrough());
    expect(shown[0]?.["text/plain"]).toContain("Nothing: it followed the RFC wherever this chapter looked.");
    expect(JSON.parse(shown[0]?.[deviationsMimeType] ?? "")).toEqual([]);
  });

  it("lists each deviation with its rule, linked section, where and count, escaped", async () => {
    const client = await clientThrough();
    client.recordDeviation({ kind: "violation", rule: "rule <script>", rfc: "RFC 7644 §3.5.1", item: "User <i>x</i>" });
    client.recordDeviation({ kind: "violation", rule: "rule <script>", rfc: "RFC 7644 §3.5.1", item: "User <i>x</i>" });
    showDeviations(client);
    const html = shown[0]?.["text/html"] ?? "";
    expect(html).toContain('href="https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1"');
    expect(html).toContain("rule &lt;script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("2×");
    expect(JSON.parse(shown[0]?.[deviationsMimeType] ?? "")).toEqual(client.deviations);
  });
});

describe("observeCreated", () => {
  it("says one line when the server answers 201 with a Location and an ETag", async () => {
    const client = await clientThrough();
    await client.users.create({ userName: "created-direct" });
    const seen = observeCreated(client);
    expect(seen.findings.map((f) => f.matches)).toEqual([true]);
    expect(plain()).toMatch(/201 Created, a Location and an ETag, as RFC 7644 §3\.3 says\./);
  });

  it("says what a server without Location or ETag did, what the RFC says and what the embedded server does", async () => {
    const client = await clientThrough("no-location", "no-etags");
    await client.users.create({ userName: "created-bent" });
    const seen = observeCreated(client);
    expect(seen.findings.map((f) => f.matches)).toEqual([false, false]);
    expect(plain()).toContain("no Location header. RFC 7644 §3.3 says");
    expect(plain()).toContain("The embedded server answers 201 Created with a Location.");
  });

  it("has nothing to observe before any POST", async () => {
    expect(observeCreated(await clientThrough()).findings).toEqual([]);
  });
});

describe("observePatchAnswer", () => {
  it("sees a 200 with the resource on the embedded server, and a 204 through patch-204", async () => {
    for (const [bends, status, matches] of [[[], 200, true], [["patch-204"], 204, false]] as const) {
      const client = await clientThrough(...bends);
      await client.users.patch(pamId, patch().replace("title", "Receptionist"));
      const seen = observePatchAnswer(client);
      expect(seen.status).toBe(status);
      expect(seen.findings[0]?.matches).toBe(matches);
    }
  });
});

describe("observeErrorType", () => {
  it("sees the scimType of a 409 and of a 400 on the embedded server", async () => {
    const client = await clientThrough();
    const conflict = await client.users.create({ userName: "pbeesly" }).catch((error: unknown) => error);
    expect(observeErrorType(conflict, "uniqueness")).toMatchObject({ scimError: true, status: 409, scimType: "uniqueness" });
    const readOnly = await client.users.patch(pamId, patch().add("groups", [{ value: groupId }])).catch((error: unknown) => error);
    expect(observeErrorType(readOnly, "mutability").findings[0]?.matches).toBe(true);
  });

  it("says a 400 came without a scimType through errors-without-scimtype", async () => {
    const client = await clientThrough("errors-without-scimtype");
    const error = await client.users.patch(pamId, patch().add("groups", [{ value: groupId }])).catch((e: unknown) => e);
    const seen = observeErrorType(error, "mutability");
    expect(seen).toMatchObject({ scimError: true, status: 400 });
    expect(seen.findings[0]?.matches).toBe(false);
    expect(plain()).toContain("without a `scimType`");
  });

  it("shows an error that is no SCIM error as such, without throwing", () => {
    expect(observeErrorType(new Error("socket hang up")).scimError).toBe(false);
    expect(observeErrorType(undefined).scimError).toBe(false);
  });
});

describe("observeDerivedGroups and groupsOf", () => {
  it("see derived groups on the embedded server and record nothing", async () => {
    const client = await clientThrough();
    expect((await observeDerivedGroups(client, pamId, groupId)).derived).toBe(true);
    expect(await groupsOf(client, pamId)).toEqual([{ value: groupId, display: "Reception <b>" }]);
    expect(client.deviations).toEqual([]);
  });

  it("through no-derived-groups: say so, record RFC 7643 §4.1.2, and read membership from the groups", async () => {
    const client = await clientThrough("no-derived-groups", "sub-attribute-filters-refused");
    const seen = await observeDerivedGroups(client, pamId, groupId);
    expect(seen.derived).toBe(false);
    expect(plain()).toContain("RFC 7643 §4.1.2 says `groups` is read-only and derived");
    expect(await groupsOf(client, pamId)).toEqual([{ value: groupId, display: "Reception <b>" }]);
    expect(sections(client)).toContain("RFC 7643 §4.1.2");
  });

  it("have nothing to say of a user who is no member", async () => {
    const client = await clientThrough("no-derived-groups");
    const loner = await direct.users.create({ userName: "loner" });
    expect((await observeDerivedGroups(client, loner.id as string, groupId)).derived).toBeUndefined();
    expect(await groupsOf(client, loner.id as string)).toEqual([]);
    expect(client.deviations).toEqual([]);
  });
});

describe("membersOf", () => {
  it("gives the members with their values, on the embedded server and through hollow-attributes", async () => {
    for (const bends of [[], ["hollow-attributes"]] as BendName[][]) {
      const members = await membersOf(await clientThrough(...bends), groupId);
      expect(members.map((member) => member.value), bends.join() || "direct").toEqual([pamId]);
    }
  });
});

describe("observePutReplaced", () => {
  const sent = { userName: "kapoor", title: "Temp" };

  it("sees the omitted attributes cleared on the embedded server", async () => {
    const client = await clientThrough();
    const before = await client.users.create({ userName: "kapoor", displayName: "Ryan", locale: "en-US" });
    const after = await client.users.replace(before.id as string, sent);
    const seen = observePutReplaced(client, before, after, sent);
    expect(seen).toMatchObject({ replaced: true, kept: [], cleared: ["displayName", "locale"] });
    expect(client.deviations).toEqual([]);
  });

  it("sees them kept through put-merges, and records RFC 7644 §3.5.1", async () => {
    const client = await clientThrough("put-merges");
    const before = await client.users.create({ userName: "kapoor2", displayName: "Ryan", locale: "en-US" });
    const after = await client.users.replace(before.id as string, { ...sent, userName: "kapoor2" });
    const seen = observePutReplaced(client, before, after, { ...sent, userName: "kapoor2" });
    expect(seen).toMatchObject({ replaced: false, kept: ["displayName", "locale"] });
    expect(sections(client)).toContain("RFC 7644 §3.5.1");
  });
});

describe("showQuery", () => {
  it("shows what a query found", async () => {
    const outcome = await showQuery(await clientThrough(), { on: "/Groups", filter: `members.value eq "${pamId}"` });
    expect(outcome.resources.map((group) => group.id)).toEqual([groupId]);
    expect(outcome.refused).toBeUndefined();
    expect(plain()).toContain("1 found");
  });

  it("shows a refusal as a lesson, without throwing", async () => {
    const outcome = await showQuery(await clientThrough("sub-attribute-filters-refused"), { on: "/Users", filter: `groups.value eq "${groupId}"` });
    expect(outcome).toMatchObject({ resources: [], refused: { status: 400, scimType: "invalidPath" } });
    expect(plain()).toContain("Your server refused");
    expect(plain()).toContain("The embedded server answers this query.");
  });
});
