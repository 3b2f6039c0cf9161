import { beforeAll, describe, expect, it } from "vitest";
import { chapter02, chapter03 } from "../../../src/notebook/exercises/index.js";
import { filter } from "../../../src/scim/filter/index.js";
import { patch } from "../../../src/scim/patch.js";
import type { CourseSetupResult } from "../../../src/setup/course-setup.js";
import { courseSetup } from "../../../src/setup/course-setup.js";
import { bentServer } from "./bent-server.js";

/**
 * Right answers in other forms, and wrong answers, on the bends that concern them: a right answer the server
 * cannot evaluate is a server limitation that quotes the server; a wrong one stays incorrect.
 */
const E = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

describe("chapter 03 on a server that does not derive User.groups", () => {
  const bent = bentServer(["no-derived-groups"]);
  let story: CourseSetupResult;
  beforeAll(async () => {
    story = await courseSetup(bent.direct, { checkpoint: "paper-company" });
  });
  const mspc = () => story.groups["Michael Scott Paper Company"] as string;

  it.each([
    ["groups.value eq", () => `groups.value eq "${mspc()}"`],
    ["a value path", () => `groups[value eq "${mspc()}"]`],
    ["filter.eq built", () => filter.eq("groups.value", mspc())],
  ])("q2: %s is a server limitation that says groups is not derived (RFC 7643 §4.1.2)", async (_label, answer) => {
    const result = await chapter03.q2.evaluate(answer());
    expect(result, result.message).toMatchObject({ outcome: "server-limitation" });
    expect(result.message).toMatch(/does not fill in `User\.groups`.*RFC 7643 §4\.1\.2/);
    expect(result.message).toMatch(/neither correct nor incorrect/);
  });

  it("q2: Dunder Mifflin's members, evaluated by scimlab, are still incorrect", async () => {
    const result = await chapter03.q2.evaluate(`groups.value eq "${story.groupId}"`);
    expect(result, result.message).toMatchObject({ outcome: "incorrect" });
    expect(result.message).toMatch(/evaluated by scimlab/);
  });

  it("q2: today's people by userName are still incorrect", async () => {
    const result = await chapter03.q2.evaluate('userName eq "mscott" or userName eq "pbeesly" or userName eq "rhoward"');
    expect(result, result.message).toMatchObject({ outcome: "incorrect" });
  });
});

describe("chapters 02 and 03 on a server that refuses sub-attribute filters with 400 invalidPath", () => {
  const bent = bentServer(["sub-attribute-filters-refused"]);
  let story: CourseSetupResult;
  beforeAll(async () => {
    story = await courseSetup(bent.direct, { checkpoint: "paper-company" });
  });

  it("03 q2: a value path is a server limitation quoting the server's 400 invalidPath", async () => {
    const result = await chapter03.q2.evaluate(`groups[value eq "${story.groups["Michael Scott Paper Company"]}"]`);
    expect(result, result.message).toMatchObject({ outcome: "server-limitation" });
    expect(result.message).toMatch(/the server answered 400 \(invalidPath\): Unsupported filter path/);
    expect(result.message).toMatch(/valid SCIM \(RFC 7644 §3\.4\.2\.2\)/);
  });

  it("03 q2: a value path on Dunder Mifflin is judged by scimlab, and incorrect", async () => {
    const result = await chapter03.q2.evaluate(`groups[value eq "${story.groupId}"]`);
    expect(result, result.message).toMatchObject({ outcome: "incorrect" });
  });

  it("03 q2: an unknown sub-attribute is incorrect, not a limitation: scimlab's schema does not know it", async () => {
    const result = await chapter03.q2.evaluate(`groups.id eq "${story.groupId}"`);
    expect(result, result.message).toMatchObject({ outcome: "incorrect" });
    expect(result.message).toMatch(/400 \(invalidPath\)/);
  });

  it("03 q5: `not (…manager.value pr)` is a server limitation; the solution's form is correct", async () => {
    const limited = await chapter03.q5.evaluate(`not (${E}:manager.value pr)`);
    expect(limited, limited.message).toMatchObject({ outcome: "server-limitation" });
    expect(limited.message).toMatch(/refused it \(the server answered 400 \(invalidPath\)/);
    const right = await chapter03.q5.evaluate(`not (${E}:manager pr)`);
    expect(right, right.message).toMatchObject({ outcome: "correct" });
  });

  it("03 q5: a wrong sub-attribute filter is still incorrect, judged by scimlab's evaluator", async () => {
    const result = await chapter03.q5.evaluate(`${E}:manager.value pr`);
    expect(result, result.message).toMatchObject({ outcome: "incorrect" });
    expect(result.message).toMatch(/opposite/);
  });

  it("02 q5: the filter built with filter.eq is a server limitation", async () => {
    await courseSetup(bent.direct, { checkpoint: "charles-joined" });
    const michaelId = (await bent.direct.users.list({ filter: 'userName eq "mscott"' })).Resources[0]?.id as string;
    const result = await chapter02.q5.evaluate(filter.eq(`${E}:manager.value`, michaelId));
    expect(result, result.message).toMatchObject({ outcome: "server-limitation" });
  });
});

describe("chapter 02 q4 on a server whose 400s carry no scimType", () => {
  const bent = bentServer(["errors-without-scimtype"]);
  beforeAll(async () => {
    await courseSetup(bent.direct, { checkpoint: "charles-joined" });
  });
  const removeFrom = (groupId: string, userId: string) =>
    bent.checked.groups.patch(groupId, patch().remove(`members[value eq "${userId}"]`));

  it("a function that rethrows everything but noTarget is a server limitation that quotes the untyped 400", async () => {
    const result = await chapter02.q4.evaluate(async (groupId, userId) => {
      try {
        await removeFrom(groupId, userId);
      } catch (error) {
        if ((error as { scimType?: string }).scimType !== "noTarget") throw error;
      }
    });
    expect(result, result.message).toMatchObject({ outcome: "server-limitation" });
    expect(result.message).toMatch(/400 without a scimType/);
  });

  it("a function that swallows every error is still incorrect", async () => {
    const result = await chapter02.q4.evaluate(async (groupId, userId) => {
      await removeFrom(groupId, userId).catch(() => undefined);
    });
    expect(result, result.message).toMatchObject({ outcome: "incorrect" });
  });

  it("a function that looks before it removes is correct, saying the server could not show noTarget", async () => {
    const result = await chapter02.q4.evaluate(async (groupId, userId) => {
      const group = await bent.checked.groups.get(groupId);
      if ((group.members ?? []).some((member) => member.value === userId)) await removeFrom(groupId, userId);
    });
    expect(result, result.message).toMatchObject({ outcome: "correct" });
    expect(result.message).toMatch(/400 without `scimType`/);
  });
});

describe("on the embedded server itself, a refusal still means the answer is wrong", () => {
  const bent = bentServer([]);
  beforeAll(async () => {
    await courseSetup(bent.direct, { checkpoint: "paper-company" });
  });
  it("03 q5: a filter the embedded server refuses (gt on a complex attribute) is incorrect", async () => {
    const result = await chapter03.q5.evaluate(`${E}:manager gt "x"`);
    expect(result, result.message).toMatchObject({ outcome: "incorrect" });
  });
});
