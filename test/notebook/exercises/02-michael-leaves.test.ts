import { describe, expect, it } from "vitest";
import { chapter02 } from "../../../src/notebook/exercises/02-michael-leaves.js";
import { patch } from "../../../src/scim/patch.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();

describe("chapter 02 exercises", () => {
  it("q1 accepts replacing active with false and rejects true or removing it", async () => {
    const answer = runSolution(chapter02.q1, { patch });
    expect((await chapter02.q1.evaluate(answer)).outcome).toBe("correct");
    expect((await chapter02.q1.evaluate(patch().replace("active", true))).outcome).toBe("incorrect");
    expect((await chapter02.q1.evaluate(patch().remove("active"))).outcome).toBe("incorrect");
    expect((await chapter02.q1.evaluate("DELETE")).outcome).toBe("incorrect");
  });

  it("q2 accepts the value-filter path and rejects the bare members path", async () => {
    const michaelId = course.setup.users["mscott"];
    const answer = runSolution(chapter02.q2, { michaelId });
    expect((await chapter02.q2.evaluate(answer as string)).outcome).toBe("correct");
    const everyone = await chapter02.q2.evaluate("members");
    expect(everyone).toMatchObject({ outcome: "incorrect", message: expect.stringMatching(/Pam/) });
    expect((await chapter02.q2.evaluate("members[value eq")).outcome).toBe("incorrect");
  });

  it("q3 is not attempted while Michael is active, then accepts active eq false and rejects the rest", async () => {
    const michaelId = course.setup.users["mscott"] as string;
    const answer = runSolution(chapter02.q3, {}) as string;
    expect((await chapter02.q3.evaluate(answer)).outcome).toBe("not-attempted");
    await course.client.users.patch(michaelId, patch().replace("active", false));
    expect((await chapter02.q3.evaluate(answer)).outcome).toBe("correct");
    expect((await chapter02.q3.evaluate("active eq true")).outcome).toBe("incorrect");
    expect((await chapter02.q3.evaluate('userName eq "mscott"')).message).toMatch(/active/);
  });
});
