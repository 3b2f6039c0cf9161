import { beforeAll, describe, expect, it } from "vitest";
import { chapter03 } from "../../../src/notebook/exercises/03-michael-scott-paper-company.js";
import { patch } from "../../../src/scim/patch.js";
import type { Group } from "../../../src/scim/group.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();
let mspc: Group;

beforeAll(async () => {
  const { users } = course.setup;
  mspc = await course.client.groups.create({
    displayName: "Michael Scott Paper Company",
    members: [users["mscott"], users["pbeesly"], users["rhoward"]].map((value) => ({ value: value as string })),
  });
});

describe("chapter 03 exercises", () => {
  it("q1 accepts displayName eq the company and rejects another group", async () => {
    const answer = runSolution(chapter03.q1, {}) as string;
    expect((await chapter03.q1.evaluate(answer)).outcome).toBe("correct");
    expect((await chapter03.q1.evaluate('displayName eq "Dunder Mifflin"')).outcome).toBe("incorrect");
    expect((await chapter03.q1.evaluate('displayName co "Company"')).outcome).toBe("correct");
  });

  it("q2 accepts groups.value eq the company's id and rejects another group's members", async () => {
    const answer = runSolution(chapter03.q2, { mspc }) as string;
    expect((await chapter03.q2.evaluate(answer)).outcome).toBe("correct");
    const dunderMifflin = `groups.value eq "${course.setup.groupId}"`;
    expect((await chapter03.q2.evaluate(dunderMifflin)).outcome).toBe("incorrect");
    const byName = 'userName eq "mscott" or userName eq "pbeesly" or userName eq "rhoward"';
    expect((await chapter03.q2.evaluate(byName)).message).toMatch(/groups\.value/);
  });

  it("q3 accepts the value-path replace and rejects replacing the whole emails array", async () => {
    const answer = runSolution(chapter03.q3, { patch });
    expect((await chapter03.q3.evaluate(answer)).outcome).toBe("correct");
    const wholeArray = patch().replace("emails", [{ value: "ryan.howard@michaelscottpaper.com", type: "work" }]);
    expect(await chapter03.q3.evaluate(wholeArray)).toMatchObject({ outcome: "incorrect", message: expect.stringMatching(/home/) });
    const added = patch().add("emails", [{ value: "ryan.howard@michaelscottpaper.com", type: "work" }]);
    expect((await chapter03.q3.evaluate(added)).outcome).toBe("incorrect");
  });
});
