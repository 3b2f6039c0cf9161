import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { patch } from "../../src/scim/patch.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { courseSetup, courseTag, directoryEntry, loadCast, verifyCheckpoint } from "../../src/setup/index.js";

let server: RunningServer;
let client: ScimClient;

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: "course-setup-test-token", quiet: true });
  client = new ScimClient({ baseUrl: server.url, token: server.token });
});
afterAll(async () => {
  await client.close();
  await server.close();
});
/** Every test starts from the storyline's start. */
beforeEach(async () => {
  await courseSetup(client, { reset: true });
});

const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** The number of write requests (POST, PUT, PATCH, DELETE) the client sent while `run` ran. */
async function writesDuring(run: () => Promise<unknown>): Promise<number> {
  server.requestLog.clear();
  await run();
  return server.requestLog.entries().filter((entry) => entry.method !== "GET" && !entry.path.endsWith("/.search")).length;
}

describe("courseSetup(client): creates what is missing and leaves the rest alone", () => {
  it("creates the 15 employees and the Dunder Mifflin group with exactly them, each keyed by their entryUUID", async () => {
    const { groupId, users } = await courseSetup(client);
    expect(Object.keys(users).sort()).toEqual(loadCast().employees.map((e) => e.user.userName).sort());
    const group = await client.groups.get(groupId);
    expect(group.displayName).toBe("Dunder Mifflin");
    expect(group.members?.map((m) => m.value).sort()).toEqual(Object.values(users).sort());
    const michael = await client.users.get(users.mscott as string);
    expect(michael.externalId).toBe(directoryEntry("mscott").entryUUID);
    expect(michael.title).toBe("Regional Manager");
  });

  it("resolves managers from userNames to ids", async () => {
    const { users } = await courseSetup(client);
    const kevin = await client.users.get(users.kmalone as string);
    expect((kevin[enterprise] as { manager?: { value?: string } }).manager?.value).toBe(users.amartin);
    const toby = await client.users.get(users.tflenderson as string);
    expect((toby[enterprise] as { manager?: unknown }).manager).toBeUndefined();
  });

  it("is idempotent: a second run finds the same ids and writes nothing", async () => {
    const first = await courseSetup(client);
    expect(await writesDuring(() => courseSetup(client))).toBe(0);
    expect(await courseSetup(client)).toEqual(first);
    expect((await client.users.list({ count: 0 })).totalResults).toBe(15);
  });

  it("leaves a removed member out and a changed user changed (it only creates)", async () => {
    const { groupId, users } = await courseSetup(client);
    await client.groups.patch(groupId, patch().remove(`members[value eq "${users.pbeesly}"]`));
    await client.users.patch(users.jhalpert as string, patch().replace("title", "Co-Manager"));
    expect(await writesDuring(() => courseSetup(client))).toBe(0);
    expect((await client.groups.get(groupId)).members?.map((m) => m.value)).not.toContain(users.pbeesly);
    expect((await client.users.get(users.jhalpert as string)).title).toBe("Co-Manager");
  });

  it("recreates an employee someone deleted, and returns the ids of storyline people it did not create", async () => {
    const { users } = await courseSetup(client, { checkpoint: "charles-joined" });
    await client.users.delete(users.cbratton as string);
    const after = await courseSetup(client);
    expect(after.users.cbratton).toBeDefined();
    expect(after.users.cbratton).not.toBe(users.cbratton);
    expect(after.users.cminer).toBe(users.cminer);
  });
});

describe("courseSetup(client, { chapter | checkpoint | reset }): the story where it stands", () => {
  it("reaches every checkpoint on a fresh server, and reports it reached", async () => {
    for (const checkpoint of ["branch", "charles-joined", "michael-left", "paper-company", "buyback"] as const) {
      await courseSetup(client, { checkpoint });
      const report = await verifyCheckpoint(client, checkpoint);
      expect(report.facts.filter((fact) => !fact.holds), checkpoint).toEqual([]);
      expect(report.reached).toBe(true);
    }
  });

  it("goes back: chapter 03's start undoes the Paper Company and puts Pam and Ryan back, keeping ids", async () => {
    const end = await courseSetup(client, { checkpoint: "paper-company" });
    const start = await courseSetup(client, { chapter: "chapter03" });
    expect(start.groups["Michael Scott Paper Company"]).toBeUndefined();
    expect(start.users.rhoward).toBe(end.users.rhoward);
    const ryan = await client.users.get(start.users.rhoward as string);
    expect(ryan.displayName).toBe("Ryan Howard");
    expect(ryan.emails?.[0]?.value).toBe("ryan.howard@dundermifflin.com");
    const michael = await client.users.get(start.users.mscott as string);
    expect(michael.active).toBe(false);
    expect((await verifyCheckpoint(client, "michael-left")).reached).toBe(true);
  });

  it("chapter 03 alone: Michael, Pam and Ryan are not in Dunder Mifflin at its end, Charles is", async () => {
    const { groups, users } = await courseSetup(client, { checkpoint: "paper-company" });
    const dunderMifflin = await client.groups.get(groups["Dunder Mifflin"] as string);
    const members = new Set(dunderMifflin.members?.map((m) => m.value));
    for (const userName of ["mscott", "pbeesly", "rhoward"]) expect(members.has(users[userName])).toBe(false);
    expect(members.has(users.cminer)).toBe(true);
    const company = await client.groups.get(groups["Michael Scott Paper Company"] as string);
    expect(company.members?.map((m) => m.value).sort()).toEqual([users.mscott, users.pbeesly, users.rhoward].sort());
  });

  it("buyback (chapter 07's end) from a fresh server: Michael, Pam, Ryan back and active, Pam in Sales, Charles out, Angela renamed, Erin in", async () => {
    const fresh = await startServer({ port: 0, data: ":memory:", quiet: true });
    const other = new ScimClient({ baseUrl: fresh.url, token: fresh.token });
    try {
      const { groups, users } = await courseSetup(other, { chapter: "chapter08" });
      const members = new Set((await other.groups.get(groups["Dunder Mifflin"] as string)).members?.map((m) => m.value));
      for (const userName of ["mscott", "pbeesly", "rhoward", "ehannon"]) expect(members.has(users[userName]), userName).toBe(true);
      expect(members.has(users.cminer)).toBe(false);
      expect((await other.groups.get(groups["Michael Scott Paper Company"] as string)).members ?? []).toEqual([]);
      expect((await other.users.get(users.mscott as string)).active).toBe(true);
      expect((await other.users.get(users.cminer as string)).active).toBe(false);
      const pam = await other.users.get(users.pbeesly as string);
      expect([pam.title, (pam as Record<string, any>)["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]?.department]).toEqual([
        "Sales Representative",
        "Sales",
      ]);
      const angela = await other.users.get(users.amartin as string);
      expect([angela.userName, angela.name?.familyName, angela.externalId]).toEqual(["alipton", "Lipton", "6689dd45-d83c-48d1-a1b0-426c0af1aaa0"]);
      expect((await verifyCheckpoint(other, "buyback")).reached).toBe(true);
    } finally {
      await other.close();
      await fresh.close();
    }
  });

  it("verifyCheckpoint reports each fact of buyback that a server still at paper-company lacks", async () => {
    await courseSetup(client, { checkpoint: "paper-company" });
    const report = await verifyCheckpoint(client, "buyback");
    expect(report.reached).toBe(false);
    const failing = report.facts.filter((fact) => !fact.holds).map((fact) => `${fact.label}: ${fact.detail}`);
    expect(failing).toEqual([
      expect.stringMatching(/^Michael Scott \(mscott\).*differs in active, emails/),
      expect.stringMatching(/^Pam Beesly \(pbeesly\).*differs in title, emails, enterprise/),
      expect.stringMatching(/^Ryan Howard \(rhoward\).*differs in displayName, title, emails, enterprise/),
      expect.stringMatching(/^Angela Lipton \(alipton\).*differs in userName, displayName, name, emails/),
      expect.stringMatching(/^Charles Miner \(cminer\).*differs in active/),
      expect.stringMatching(/^Erin Hannon \(ehannon\).*not on the server/),
      expect.stringMatching(/^Dunder Mifflin has exactly .*missing mscott, pbeesly, rhoward, ehannon; also has cminer/),
      expect.stringMatching(/^Michael Scott Paper Company has no members: also has mscott, pbeesly, rhoward/),
    ]);
  });

  it("is idempotent: at the checkpoint already, it only reads", async () => {
    await courseSetup(client, { chapter: "chapter03" });
    expect(await writesDuring(() => courseSetup(client, { chapter: "chapter03" }))).toBe(0);
  });

  it("removes scratch resources, duplicates of a storyline group and people the story has not provisioned yet", async () => {
    const { users } = await courseSetup(client, { checkpoint: "charles-joined" });
    const tagged = await client.users.create({ userName: "scratch", externalId: `${courseTag}check:x` });
    const twin = await client.groups.create({ displayName: "Dunder Mifflin" });
    await courseSetup(client, { reset: true });
    for (const gone of [tagged.id, users.cminer, users.dwallace]) {
      await expect(client.users.get(gone as string)).rejects.toMatchObject({ status: 404 });
    }
    expect((await client.groups.list({ filter: 'displayName eq "Dunder Mifflin"' })).totalResults).toBe(1);
    expect(twin.id).toBeDefined();
    expect((await verifyCheckpoint(client, "branch")).reached).toBe(true);
  });

  it("finds people by their immutable key, so a renamed user is put back, not duplicated", async () => {
    const { users } = await courseSetup(client, { checkpoint: "charles-joined" });
    await client.users.patch(users.cminer as string, patch().replace("userName", "charles.miner"));
    const again = await courseSetup(client, { checkpoint: "charles-joined" });
    expect(again.users.cminer).toBe(users.cminer);
    expect((await client.users.get(users.cminer as string)).userName).toBe("cminer");
  });

  it("refuses two targets at once, and names the chapters for an unknown one", async () => {
    await expect(courseSetup(client, { chapter: "chapter01", reset: true })).rejects.toThrow(/only one/);
    await expect(courseSetup(client, { chapter: "chapter99" as never })).rejects.toThrow(/chapter00/);
    await expect(courseSetup(client, { checkpoint: "nowhere" as never })).rejects.toThrow(/branch/);
  });
});

describe("verifyCheckpoint", () => {
  it("names what differs from the story, fact by fact", async () => {
    const { users, groupId } = await courseSetup(client, { checkpoint: "michael-left" });
    await client.users.patch(users.mscott as string, patch().replace("active", true));
    await client.groups.patch(groupId, patch().add("members", [{ value: users.mscott as string }]));
    const report = await verifyCheckpoint(client, "michael-left");
    expect(report.reached).toBe(false);
    expect(report.facts.filter((fact) => !fact.holds)).toEqual([
      { label: "Michael Scott (mscott) is as the story says", holds: false, detail: "differs in active" },
      expect.objectContaining({ label: expect.stringMatching(/^Dunder Mifflin has exactly/), holds: false, detail: "also has mscott" }),
    ]);
  });
});
