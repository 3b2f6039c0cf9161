import { beforeAll, describe, expect, it } from "vitest";
import { bulkIdRef } from "../../../src/client/index.js";
import type { ScimClient } from "../../../src/client/index.js";
import { chapter07 } from "../../../src/notebook/exercises/07-bulk-and-directory-sync.js";
import type { SmallDiff, SmallRecord, SmallUser } from "../../../src/notebook/exercises/07-bulk-and-directory-sync.js";
import { filter } from "../../../src/scim/filter/index.js";
import { patch } from "../../../src/scim/patch.js";
import { courseSetup } from "../../../src/setup/course-setup.js";
import { verifyCheckpoint } from "../../../src/setup/verify-checkpoint.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();

beforeAll(async () => {
  // The exercises are checked after the chapter's cells have run: the story at the checkpoint "buyback".
  await courseSetup(course.client, { checkpoint: "buyback" });
});

/** Each exercise: the solution and other right answers pass; each wrong answer fails without giving the solution away. */
function table(name: "q1" | "q2" | "q3", key: string, right: [string, unknown][], wrong: [string, unknown, RegExp?][]) {
  const exercise = chapter07[name];
  describe(`chapter 07 ${name}: ${exercise.title}`, () => {
    it("the solution passes, and the solution code holds the key text the messages must not give away", async () => {
      expect(exercise.solutionCode).toContain(key);
      const result = await exercise.evaluate(runSolution(exercise as never, { bulkIdRef, filter, patch }) as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(right)("right: %s", async (_label, answer) => {
      const result = await exercise.evaluate(answer as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(wrong)("wrong: %s", async (label, answer, says) => {
      const result = await exercise.evaluate(answer as never);
      if (process.env.SHOW_MESSAGES) console.log(`${name} ${label}: ${result.message}`);
      expect(result, result.message).toMatchObject({ outcome: "incorrect" });
      expect(result.message).not.toContain(key);
      if (says) expect(result.message).toMatch(says);
    });
    it("leaves the story where it found it", async () => {
      const report = await verifyCheckpoint(course.client, "buyback");
      expect(report.facts.filter((fact) => !fact.holds)).toEqual([]);
      for (const userName of ["scimlab-intern-1", "scimlab-intern-2"]) {
        expect((await course.client.users.list({ filter: filter.eq("userName", userName) })).totalResults).toBe(0);
      }
      expect((await course.client.groups.list({ filter: 'displayName eq "scimlab interns"' })).totalResults).toBe(0);
    });
  });
}

const user = (bulkId: string, userName: string) => ({ method: "POST" as const, path: "/Users", bulkId, data: { userName } });
const group = (members: unknown[], bulkId = "g") => ({ method: "POST" as const, path: "/Groups", bulkId, data: { displayName: "scimlab interns", members } });

table(
  "q1",
  'value: bulkIdRef("i1")',
  [
    ["the group first: the server resolves references in any order", { Operations: [group([{ value: "bulkId:a" }, { value: "bulkId:b" }]), user("a", "scimlab-intern-1"), user("b", "scimlab-intern-2")] }],
    ["references written out, with type and failOnErrors", { failOnErrors: 1, Operations: [user("x", "scimlab-intern-1"), user("y", "scimlab-intern-2"), group([{ value: "bulkId:x", type: "User" }, { value: "bulkId:y", type: "User" }])] }],
    ["users with more attributes", { Operations: [{ ...user("p", "scimlab-intern-1"), data: { userName: "scimlab-intern-1", displayName: "Intern One", active: true } }, user("q", "scimlab-intern-2"), group([{ value: bulkIdRef("p") }, { value: bulkIdRef("q") }])] }],
  ],
  [
    ["members by userName", { Operations: [user("i1", "scimlab-intern-1"), user("i2", "scimlab-intern-2"), group([{ value: "scimlab-intern-1" }, { value: "scimlab-intern-2" }])] }, /failed/],
    ["only one intern in the group", { Operations: [user("i1", "scimlab-intern-1"), user("i2", "scimlab-intern-2"), group([{ value: bulkIdRef("i1") }])] }, /not exactly the two interns/],
    ["no group", { Operations: [user("i1", "scimlab-intern-1"), user("i2", "scimlab-intern-2")] }, /created 2/],
    ["a POST without bulkId", { Operations: [{ method: "POST", path: "/Users", data: { userName: "scimlab-intern-1" } }, user("i2", "scimlab-intern-2"), group([{ value: bulkIdRef("i2") }])] }, /bulkId/],
    ["the same intern twice", { Operations: [user("i1", "scimlab-intern-1"), user("i2", "scimlab-intern-1"), group([{ value: bulkIdRef("i1") }, { value: bulkIdRef("i2") }])] }, /failed/],
    ["not a bulk request", [user("i1", "scimlab-intern-1")], /Operations/],
  ],
);

const diffRight = (records: SmallRecord[], users: SmallUser[]): SmallDiff => {
  const byKey = new Map(users.map((u) => [u.externalId, u]));
  return {
    create: records.filter((r) => r.status === "Active" && !byKey.has(r.entryUUID)).map((r) => r.entryUUID),
    deactivate: records.filter((r) => r.status === "Terminated" && byKey.get(r.entryUUID)?.active === true).map((r) => r.entryUUID),
    update: records
      .filter((r) => {
        const u = byKey.get(r.entryUUID);
        return r.status === "Active" && u !== undefined && (u.userName.toUpperCase() !== r.userName.toUpperCase() || u.title !== r.title || !u.active);
      })
      .map((r) => r.entryUUID),
  };
};
const byUserName = (records: SmallRecord[], users: SmallUser[]): SmallDiff =>
  diffRight(records, users.map((u) => ({ ...u, externalId: records.find((r) => r.userName.toLowerCase() === u.userName.toLowerCase())?.entryUUID ?? u.externalId })));

table(
  "q2",
  "user.externalId === r.entryUUID",
  [
    ["filters and a map, in another order", diffRight],
    ["async, results reversed and duplicated", async (records: SmallRecord[], users: SmallUser[]) => {
      const diff = diffRight(records, users);
      return { create: [...diff.create].reverse(), update: [...diff.update, ...diff.update].reverse(), deactivate: diff.deactivate };
    }],
    ["a loop with localeCompare", (records: SmallRecord[], users: SmallUser[]) => {
      const diff: SmallDiff = { create: [], update: [], deactivate: [] };
      for (const r of records) {
        const u = users.find((x) => x.externalId === r.entryUUID);
        if (!u) { if (r.status === "Active") diff.create.push(r.entryUUID); continue; }
        if (r.status === "Terminated") { if (u.active !== false) diff.deactivate.push(r.entryUUID); continue; }
        if (u.userName.localeCompare(r.userName, "en", { sensitivity: "accent" }) !== 0 || u.title !== r.title || u.active === false) diff.update.push(r.entryUUID);
      }
      return diff;
    }],
  ],
  [
    ["matches people by userName", byUserName, /same user|someone else/],
    ["compares userName with its case", (records: SmallRecord[], users: SmallUser[]) => {
      const diff = diffRight(records, users);
      const changed = records.filter((r) => users.some((u) => u.externalId === r.entryUUID && u.userName !== r.userName && r.status === "Active")).map((r) => r.entryUUID);
      return { ...diff, update: [...new Set([...diff.update, ...changed])] };
    }, /caseExact/],
    ["deactivates every Terminated record", (records: SmallRecord[], users: SmallUser[]) => ({ ...diffRight(records, users), deactivate: records.filter((r) => r.status === "Terminated").map((r) => r.entryUUID) }), /deactivate list holds/],
    ["ignores re-activations", (records: SmallRecord[], users: SmallUser[]) => {
      const diff = diffRight(records, users);
      const changed = (key: string) => {
        const r = records.find((x) => x.entryUUID === key);
        const u = users.find((x) => x.externalId === key);
        return r !== undefined && u !== undefined && (r.userName.toLowerCase() !== u.userName.toLowerCase() || r.title !== u.title);
      };
      return { ...diff, update: diff.update.filter(changed) };
    }, /update list misses mscott/],
    ["deactivates users the export does not name", (records: SmallRecord[], users: SmallUser[]) => {
      const diff = diffRight(records, users);
      const unnamed = users.filter((u) => !records.some((r) => r.entryUUID === u.externalId) && u.active !== false).map((u) => u.externalId as string);
      return { ...diff, deactivate: [...diff.deactivate, ...unnamed] };
    }],
    ["returns userNames instead of keys", (records: SmallRecord[], users: SmallUser[]) => {
      const diff = diffRight(records, users);
      const name = (key: string) => records.find((r) => r.entryUUID === key)?.userName ?? key;
      return { create: diff.create.map(name), update: diff.update.map(name), deactivate: diff.deactivate.map(name) };
    }],
    ["not a function", { create: [], update: [], deactivate: [] }, /function/],
  ],
);

type Record3 = { entryUUID: string; userName: string; displayName: string };
const findByKey = async (client: ScimClient, r: Record3) => (await client.users.list({ filter: `externalId eq "${r.entryUUID}"` })).Resources[0];

table(
  "q3",
  'filter.eq("externalId", record.entryUUID)',
  [
    ["PUT the whole user when it differs", async (client: ScimClient, r: Record3) => {
      const found = await findByKey(client, r);
      if (!found) return (await client.users.create({ userName: r.userName, displayName: r.displayName, externalId: r.entryUUID })).id;
      await client.users.replace(found.id as string, { userName: r.userName, displayName: r.displayName, externalId: r.entryUUID });
      return found.id;
    }],
    ["a PatchOp object, always sent", async (client: ScimClient, r: Record3) => {
      const found = await findByKey(client, r);
      if (!found) return (await client.users.create({ userName: r.userName, displayName: r.displayName, externalId: r.entryUUID })).id;
      await client.users.patch(found.id as string, { Operations: [{ op: "replace", value: { userName: r.userName, displayName: r.displayName } }] });
      return found.id;
    }],
    ["create, and on 409 look the key up", async (client: ScimClient, r: Record3) => {
      const found = await findByKey(client, r);
      if (found) {
        await client.users.patch(found.id as string, patch().replace("userName", r.userName).replace("displayName", r.displayName));
        return found.id;
      }
      return (await client.users.create({ userName: r.userName, displayName: r.displayName, externalId: r.entryUUID })).id;
    }],
  ],
  [
    ["always creates", async (client: ScimClient, r: Record3) => (await client.users.create({ userName: r.userName, displayName: r.displayName, externalId: r.entryUUID })).id, /second time.*409/],
    ["looks people up by userName", async (client: ScimClient, r: Record3) => {
      const found = (await client.users.list({ filter: `userName eq "${r.userName}"` })).Resources[0];
      if (found) return found.id;
      return (await client.users.create({ userName: r.userName, displayName: r.displayName, externalId: r.entryUUID })).id;
    }, /rename.*2 users carry the record's key/],
    ["finds by key but never updates", async (client: ScimClient, r: Record3) => {
      const found = await findByKey(client, r);
      return found?.id ?? (await client.users.create({ userName: r.userName, displayName: r.displayName, externalId: r.entryUUID })).id;
    }, /rename.*the record says/],
    ["creates without externalId", async (client: ScimClient, r: Record3) => {
      const found = (await client.users.list({ filter: `userName eq "${r.userName}"` })).Resources[0];
      return found?.id ?? (await client.users.create({ userName: r.userName, displayName: r.displayName })).id;
    }, /no user whose externalId/],
    ["returns nothing", async (client: ScimClient, r: Record3) => {
      const found = await findByKey(client, r);
      if (!found) await client.users.create({ userName: r.userName, displayName: r.displayName, externalId: r.entryUUID });
      else await client.users.patch(found.id as string, patch().replace("userName", r.userName).replace("displayName", r.displayName));
    }, /return the user's id/],
    ["not a function", "ensureUser", /function/],
  ],
);

describe("chapter 07 q1 on scimmy, which leaves a bulkId reference unresolved in a group's members", () => {
  it("still judges the solution correct, and a group of one intern incorrect", async () => {
    const { startPeer } = await import("../../peer/scimmy-peer.js");
    const { ScimClient } = await import("../../../src/client/index.js");
    const { useCourseClient } = await import("../../../src/notebook/course-client.js");
    const peer = await startPeer({ token: "peer-token-for-tests" });
    const client = new ScimClient({ baseUrl: peer.url, token: peer.token });
    try {
      useCourseClient(client);
      const solution = runSolution(chapter07.q1 as never, { bulkIdRef, filter, patch });
      const right = await chapter07.q1.evaluate(solution as never);
      expect(right, right.message).toMatchObject({ outcome: "correct" });
      const one = { Operations: [user("i1", "scimlab-intern-1"), user("i2", "scimlab-intern-2"), group([{ value: bulkIdRef("i1") }])] };
      expect(await chapter07.q1.evaluate(one as never)).toMatchObject({ outcome: "incorrect" });
    } finally {
      useCourseClient(course.client);
      await client.close();
      await peer.close();
    }
  }, 60_000);
});
