import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";
import { useCourseClient } from "../../src/notebook/course-client.js";
import { chapter00 } from "../../src/notebook/exercises/00-welcome.js";
import { chapter02 } from "../../src/notebook/exercises/02-michael-leaves.js";
import { filter } from "../../src/scim/filter/index.js";
import { patch } from "../../src/scim/patch.js";
import { courseSetup } from "../../src/setup/course-setup.js";
import { verifyCheckpoint } from "../../src/setup/verify-checkpoint.js";
import { startPeer } from "./scimmy-peer.js";

const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
let peer: Awaited<ReturnType<typeof startPeer>>;
let client: ScimClient;
let michaelId: string;

beforeAll(async () => {
  peer = await startPeer({ token: "peer-token-for-checks" });
  client = new ScimClient({ baseUrl: peer.url, token: peer.token });
  useCourseClient(client);
  michaelId = (await courseSetup(client, { checkpoint: "michael-left" })).users["mscott"] as string;
});
afterAll(() => peer.close());

const removeMember = (groupId: string, userId: string) => client.groups.patch(groupId, patch().remove(`members[value eq "${userId}"]`));

describe("the checks of chapters 00 and 02 on scimmy, where the story stands after chapter 02", () => {
  it("judge right answers right", async () => {
    const right: [{ evaluate(answer: unknown): Promise<{ outcome: string; message: string }> }, unknown][] = [
      [chapter00.q4, ["groups", "id", "meta"]],
      [chapter00.q5, true],
      [chapter02.q1, patch().add("active", false)],
      [chapter02.q2, `members[value eq "${michaelId}"]`],
      [chapter02.q3, filter.not(filter.eq("active", true))],
      [chapter02.q5, filter.eq(`${enterprise}:manager.value`, michaelId)],
    ];
    for (const [question, answer] of right) {
      const result = await question.evaluate(answer);
      expect(result.outcome, result.message).toBe("correct");
    }
  });

  it("judge wrong answers wrong, by effect", async () => {
    const wrong: [{ evaluate(answer: unknown): Promise<{ outcome: string; message: string }> }, unknown][] = [
      [chapter02.q1, patch().replace("active", "false")],
      [chapter02.q2, "members"],
      [chapter02.q3, 'userName eq "mscott"'],
      [chapter02.q5, 'manager eq "Michael Scott"'],
      [chapter02.q5, `${enterprise}:department eq "Sales"`],
    ];
    for (const [question, answer] of wrong) {
      const result = await question.evaluate(answer);
      expect(result.outcome, result.message).toBe("incorrect");
    }
  });

  it("q4: scimmy accepts a remove that matches nothing, so the check says it could not show noTarget; a catch-all still fails", async () => {
    const plain = await chapter02.q4.evaluate(removeMember);
    expect(plain.outcome).toBe("correct");
    expect(plain.message).toMatch(/could not show/);
    const catchAll = await chapter02.q4.evaluate(async (groupId: string, userId: string) => {
      await removeMember(groupId, userId).catch(() => undefined);
    });
    expect(catchAll.outcome).toBe("incorrect");
  });

  it("leave the story where they found it", async () => {
    const report = await verifyCheckpoint(client, "michael-left");
    expect(report.facts.filter((fact) => !fact.holds)).toEqual([]);
  });
});
