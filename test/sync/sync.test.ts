import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { courseSetup, verifyCheckpoint } from "../../src/setup/index.js";
import { applyPlan, parseHrExport, planSize, planSync, readDirectory, readHrExport } from "../../src/sync/index.js";

let server: RunningServer;
let client: ScimClient;
const managedGroups = ["Dunder Mifflin", "Michael Scott Paper Company"];
beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: "sync-test-token", quiet: true });
  client = new ScimClient({ baseUrl: server.url, token: server.token });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

const plan = async () => {
  const records = readHrExport();
  return planSync(records, await readDirectory(client, records, managedGroups));
};

describe("the HR export", () => {
  it("holds the course's people by entryUUID, Charles as a leaver, his title quoted (it has a comma)", () => {
    const records = readHrExport();
    expect(records).toHaveLength(18);
    expect(records.find((record) => record.userName === "cminer")).toMatchObject({ status: "Terminated", title: "Vice President, Northeast Sales", groups: [] });
  });

  it("refuses a record without a key, an unknown status, a missing column", () => {
    const header = "entryUUID,userName,givenName,familyName,displayName,title,department,employeeNumber,email,status,groups";
    expect(() => parseHrExport(`${header}\r\n,x,a,b,c,d,e,f,g,Active,\r\n`)).toThrow(/empty entryUUID/);
    expect(() => parseHrExport(`${header}\r\nk,x,a,b,c,d,e,f,g,Gone,\r\n`)).toThrow(/Active or Terminated/);
    expect(() => parseHrExport("entryUUID,userName\r\nk,x\r\n")).toThrow(/no column "givenName"/);
  });
});

describe("a sync of the buyback export against the story at paper-company", () => {
  it("plans one create, four updates, one deactivation and the membership changes", async () => {
    await courseSetup(client, { checkpoint: "paper-company" });
    const before = await plan();
    expect(before.creates.map((c) => c.userName)).toEqual(["ehannon"]);
    expect(before.updates.map((u) => [u.userName, u.changes.map((c) => c.attribute)])).toEqual([
      ["mscott", ['emails[type eq "work"].value', "active"]],
      ["pbeesly", ["title", 'emails[type eq "work"].value', "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"]],
      [
        "rhoward",
        [
          "displayName",
          "title",
          'emails[type eq "work"].value',
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
        ],
      ],
      ["alipton", ["userName", "name.familyName", "name.formatted", "displayName", 'emails[type eq "work"].value']],
    ]);
    expect(before.deactivations.map((d) => d.userName)).toEqual(["cminer"]);
    expect(before.memberships.map((m) => [m.group, m.add.map((p) => p.userName), m.remove.map((p) => p.userName)])).toEqual([
      ["Dunder Mifflin", ["mscott", "pbeesly", "rhoward", "ehannon"], ["cminer"]],
      ["Michael Scott Paper Company", [], ["mscott", "pbeesly", "rhoward"]],
    ]);
    expect(before.problems).toEqual([]);
    expect(planSize(before)).toBe(14);
  });

  it("applied, reaches buyback; planned again, is empty and applying it sends nothing", async () => {
    await courseSetup(client, { checkpoint: "paper-company" });
    const report = await applyPlan(client, await plan());
    expect(report.failed, JSON.stringify(report.steps)).toBe(0);
    expect((await verifyCheckpoint(client, "buyback")).facts.filter((fact) => !fact.holds)).toEqual([]);
    const again = await plan();
    expect(planSize(again)).toBe(0);
    const writes = client.exchanges.length;
    expect(await applyPlan(client, again)).toEqual({ steps: [], done: 0, failed: 0 });
    expect(client.exchanges.length).toBe(writes);
  });

  it("recovers from a partial failure: one op fails (a userName taken), the rest apply; re-planned, only it remains", async () => {
    await courseSetup(client, { checkpoint: "paper-company" });
    const squatter = await client.users.create({ userName: "alipton", externalId: "scimlab:squatter" });
    const first = await applyPlan(client, await plan());
    expect(first.steps.filter((step) => !step.ok)).toEqual([expect.objectContaining({ kind: "update", subject: "alipton", status: 409 })]);
    expect(first.done).toBe(first.steps.length - 1);
    const rest = await plan();
    expect(rest.updates.map((u) => u.userName)).toEqual(["alipton"]);
    expect(planSize(rest)).toBe(1);
    await client.users.delete(squatter.id as string);
    expect((await applyPlan(client, rest)).failed).toBe(0);
    expect(planSize(await plan())).toBe(0);
    expect((await verifyCheckpoint(client, "buyback")).reached).toBe(true);
  });
});
