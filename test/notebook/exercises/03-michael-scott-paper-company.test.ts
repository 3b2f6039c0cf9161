import { beforeAll, describe, expect, it } from "vitest";
import { chapter03 } from "../../../src/notebook/exercises/03-michael-scott-paper-company.js";
import { filter } from "../../../src/scim/filter/index.js";
import { patch, patchPath } from "../../../src/scim/patch.js";
import { courseSetup, type CourseSetupResult } from "../../../src/setup/course-setup.js";
import { verifyCheckpoint } from "../../../src/setup/verify-checkpoint.js";
import { ScimClient } from "../../../src/client/index.js";
import { useCourseClient } from "../../../src/notebook/course-client.js";
import { startPeer } from "../../peer/scimmy-peer.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();
const E = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const address = "ryan.howard@michaelscottpaper.com";
let story: CourseSetupResult;
let mspcId: string;
let dunderMifflinId: string;

beforeAll(async () => {
  // The exercises are checked after the chapter's cells have run: the story at the checkpoint "paper-company".
  story = await courseSetup(course.client, { checkpoint: "paper-company" });
  mspcId = story.groups["Michael Scott Paper Company"] as string;
  dunderMifflinId = story.groupId;
});

/** An answer that needs ids, which exist only once beforeAll has run (it.each reads its table earlier). */
class Lazy {
  constructor(readonly make: () => unknown) {}
}
const lazy = (make: () => unknown) => new Lazy(make);
const resolve = (answer: unknown) => (answer instanceof Lazy ? answer.make() : answer);

/** Each exercise: the solution and other right answers pass; each wrong answer fails without giving the solution away. */
function table(
  name: "q1" | "q2" | "q3" | "q4" | "q5",
  key: string,
  right: () => [string, unknown][],
  wrong: () => [string, unknown, RegExp?][],
  scope: () => Record<string, unknown> = () => ({}),
) {
  const exercise = chapter03[name];
  describe(`chapter 03 ${name}: ${exercise.title}`, () => {
    it("the solution passes, and the solution code holds the key text the messages must not give away", async () => {
      expect(exercise.solutionCode).toContain(key);
      const result = await exercise.evaluate(runSolution(exercise as never, scope()) as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(right().map(([label, answer]) => [label, answer] as const))("right: %s", async (_label, answer) => {
      const result = await exercise.evaluate(resolve(answer) as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(wrong().map(([label, answer, says]) => [label, answer, says] as const))("wrong: %s", async (_label, answer, says) => {
      const result = await exercise.evaluate(resolve(answer) as never);
      if (process.env.SHOW_MESSAGES) console.log(`${name} ${_label}: ${result.message}`);
      expect(result, result.message).toMatchObject({ outcome: "incorrect" });
      expect(result.message).not.toContain(key);
      if (says) expect(result.message).toMatch(says);
    });
    it("leaves the story where it found it", async () => {
      const report = await verifyCheckpoint(course.client, "paper-company");
      expect(report.facts.filter((fact) => !fact.holds)).toEqual([]);
      const leftovers = await course.client.users.list({ filter: 'externalId sw "scimlab:"', attributes: ["userName"] });
      expect(leftovers.totalResults).toBe(0);
      const groups = await course.client.groups.list({ filter: 'externalId sw "scimlab:"', attributes: ["displayName"] });
      expect(groups.totalResults).toBe(0);
    });
  });
}


table(
  "q1",
  'displayName eq "Michael Scott Paper Company"',
  () => [
    ["filter.eq built", filter.eq("displayName", "Michael Scott Paper Company")],
    ["another case (displayName is not caseExact)", 'displayName eq "michael scott paper company"'],
    ["attribute and operator in another case", 'DisplayName EQ "Michael Scott Paper Company"'],
    ["ends with, which only the company does", 'displayName ew "Paper Company"'],
  ],
  () => [
    ["another group", 'displayName eq "Dunder Mifflin"', /Dunder Mifflin/],
    ["a prefix: also finds the decoy", 'displayName sw "Michael Scott Paper"', /\(old\)/],
    ["contains: also finds the decoy", filter.co("displayName", "Company"), /\(old\)/],
    ["part of the name with eq: nothing", 'displayName eq "Michael Scott Paper"', /no group/],
    ["every group", "displayName pr"],
    ["not a filter", 42, /Expected the filter/],
  ],
);

table(
  "q2",
  "groups.value eq",
  () => [
    ["value path", lazy(() => `groups[value eq "${mspcId}"]`)],
    ["filter.eq built", lazy(() => filter.eq("groups.value", mspcId))],
    ["filter.valuePath built", lazy(() => filter.valuePath("groups", filter.eq("value", mspcId)))],
    ["by the group's display name", 'groups.display eq "Michael Scott Paper Company"'],
  ],
  () => [
    ["today's people by userName", 'userName eq "mscott" or userName eq "pbeesly" or userName eq "rhoward"', /for a moment/],
    ["Dunder Mifflin's members", lazy(() => `groups.value eq "${dunderMifflinId}"`)],
    ["anyone in a group", "groups pr"],
    ["a filter that does not parse", 'groups.value = "x"', /failed/],
  ],
  () => ({ mspc: { id: mspcId } }),
);

table(
  "q3",
  'emails[type eq "work"].value',
  () => [
    ["replace the work item whole, primary kept", patch().replace('emails[type eq "work"]', { value: address, type: "work", primary: true })],
    ["remove then add, primary kept", patch().remove('emails[type eq "work"]').add("emails", [{ value: address, type: "work", primary: true }])],
    ["a PatchOp object, op in another case", { Operations: [{ op: "Replace", path: 'emails[type eq "work"].value', value: address }] }],
    ["select the primary item", patch().replace("emails[primary eq true].value", address)],
    ["a path built with patchPath", patch().replace(patchPath("emails", filter.eq("type", "work"), "value"), address)],
  ],
  () => [
    ["replace the whole array", patch().replace("emails", [{ value: address, type: "work", primary: true }]), /home/],
    ["add a second work address", patch().add("emails", [{ value: address, type: "work" }]), /2 work addresses/],
    ["remove then add, primary dropped", patch().remove('emails[type eq "work"]').add("emails", [{ value: address, type: "work" }]), /primary/],
    ["replace the work item with only a value", patch().replace('emails[type eq "work"]', { value: address }), /no work address/],
    ["primary as the string \"true\"", patch().replace('emails[type eq "work"]', { value: address, type: "work", primary: "true" }), /2\.3\.2/],
    ["change the home address", patch().replace('emails[type eq "home"].value', address), /home/],
  ],
  () => ({ patch }),
);

const syncByOperations = (current: string[], target: string[]) => {
  const add = target.filter((id) => !current.includes(id)).map((value) => ({ op: "add", path: "members", value: [{ value }] }));
  const gone = current.filter((id) => !target.includes(id));
  const remove = gone.length === 0 ? [] : [{ op: "remove", path: `members[${gone.map((id) => `value eq "${id}"`).join(" or ")}]` }];
  return add.length + remove.length === 0 ? null : { Operations: [...remove, ...add] };
};
const syncWithSets = (current: string[], target: string[]) => {
  const have = new Set(current);
  const want = new Set(target);
  const body = patch();
  let changed = false;
  for (const id of have) if (!want.has(id)) ((changed = true), body.remove(patchPath("members", filter.eq("value", id))));
  const toAdd = [...want].filter((id) => !have.has(id));
  if (toAdd.length > 0) ((changed = true), body.add("members", toAdd.map((value) => ({ value }))));
  return changed ? body : undefined;
};

table(
  "q4",
  "target.filter((id) => !current.includes(id))",
  () => [
    ["PatchOp objects, one add per member, one remove with or", syncByOperations],
    ["sets and patchPath", syncWithSets],
    ["async, Add/Remove in another case", async (current: string[], target: string[]) => {
      const result = syncByOperations(current, target);
      return result && { Operations: result.Operations.map((operation) => ({ ...operation, op: operation.op === "add" ? "Add" : "Remove" })) };
    }],
  ],
  () => [
    ["replace members with the target", (_current: string[], target: string[]) =>
      patch().replace("members", target.map((value) => ({ value }))), /another client/],
    ["remove all, then add the target", (_current: string[], target: string[]) =>
      patch().remove("members").add("members", target.map((value) => ({ value }))), /another client/],
    ["an empty patch() when nothing changes", (current: string[], target: string[]) => syncWithSets(current, target) ?? patch(), /no operations/],
    ["{ Operations: [] } when nothing changes", (current: string[], target: string[]) => syncByOperations(current, target) ?? { Operations: [] }, /undefined/],
    ["re-adds the members that stay", (current: string[], target: string[]) => {
      const gone = current.filter((id) => !target.includes(id));
      const body = patch().add("members", target.map((value) => ({ value })));
      for (const id of gone) body.remove(`members[value eq "${id}"]`);
      return body;
    }, /stay members/],
    ["only adds", (current: string[], target: string[]) => {
      const toAdd = target.filter((id) => !current.includes(id));
      return toAdd.length === 0 ? undefined : patch().add("members", toAdd.map((value) => ({ value })));
    }, /still there/],
    ["add and remove swapped", (current: string[], target: string[]) => syncByOperations(target, current)],
    ["not a function", "members"],
  ],
  () => ({ patch }),
);

table(
  "q5",
  "manager pr)",
  () => [
    ["not, on manager.value", `not (${E}:manager.value pr)`],
    ["filter.not(filter.pr) built", filter.not(filter.pr(`${E}:manager`))],
    ["eq null: unassigned is null (RFC 7643 §2.5)", `${E}:manager eq null`],
    ["operators in upper case", `NOT (${E}:manager PR)`],
  ],
  () => [
    ["the opposite", `${E}:manager pr`, /opposite/],
    ["manager without its URN", "not (manager pr)", /schema URN/],
    ["today's people by userName", 'userName eq "mscott" or userName eq "tflenderson" or userName eq "rhoward" or userName eq "dwallace"', /for a moment/],
    ["an empty value", `${E}:manager.value eq ""`],
    ["no employee number", `not (${E}:employeeNumber pr)`, /with a manager/],
  ],
);

describe("chapter 03 q5 on scimmy, which cannot evaluate every right answer", () => {
  let peer: { url: string; token: string; close(): Promise<void> };
  beforeAll(async () => {
    peer = await startPeer({ token: "peer-token-for-q5" });
    const client = new ScimClient({ baseUrl: peer.url, token: peer.token });
    await courseSetup(client, { checkpoint: "paper-company" });
    useCourseClient(client);
    return async () => {
      useCourseClient(course.client);
      await peer.close();
    };
  });

  it("passes the solution with no caveat", async () => {
    const result = await chapter03.q5.evaluate(runSolution(chapter03.q5 as never, {}) as never);
    expect(result).toMatchObject({ outcome: "correct", message: expect.not.stringMatching(/this server/) });
  });

  it("calls `not (…manager.value pr)`, which scimmy (behind the peer) answers with nobody, a server limitation, neither correct nor incorrect", async () => {
    const result = await chapter03.q5.evaluate(`not (${E}:manager.value pr)`);
    expect(result).toMatchObject({ outcome: "server-limitation", message: expect.stringMatching(/this server found 0 user/) });
    expect(result.message).toMatch(/neither correct nor incorrect/);
  });

  it("still fails a wrong answer", async () => {
    expect((await chapter03.q5.evaluate(`${E}:manager pr`)).outcome).toBe("incorrect");
  });
});
