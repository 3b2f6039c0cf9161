import { v4 as uuidv4, v5 as uuidv5 } from "uuid";
import { beforeAll, describe, expect, it } from "vitest";
import { chapter01 } from "../../../src/notebook/exercises/01-charles-joins.js";
import { patch } from "../../../src/scim/patch.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();
const X500_NAMESPACE = "6ba7b814-9dad-11d1-80b4-00c04fd430c8";
const charlesExternalId = uuidv5("cn=Charles Miner,ou=Sales,dc=dundermifflin,dc=com", X500_NAMESPACE);
let charlesId: string;

beforeAll(async () => {
  const charles = await course.client.users.create({ userName: "cminer", externalId: charlesExternalId, displayName: "Charles Miner" });
  charlesId = charles.id as string;
});

describe("chapter 01 exercises", () => {
  it("q1 accepts the UUIDv5 of Toby's DN and rejects a random or another DN's UUID", async () => {
    const answer = runSolution(chapter01.q1, { uuidv5, X500_NAMESPACE });
    expect((await chapter01.q1.evaluate(answer as string)).outcome).toBe("correct");
    const random = await chapter01.q1.evaluate(uuidv4());
    expect(random).toMatchObject({ outcome: "incorrect", message: expect.stringMatching(/version 5/) });
    const michael = uuidv5("cn=Michael Scott,ou=Management,dc=dundermifflin,dc=com", X500_NAMESPACE);
    expect((await chapter01.q1.evaluate(michael)).outcome).toBe("incorrect");
  });

  it("q2 accepts a filter on externalId and rejects filters that miss Charles or rely on userName", async () => {
    const answer = runSolution(chapter01.q2, { charlesExternalId });
    expect((await chapter01.q2.evaluate(answer as string)).outcome).toBe("correct");
    expect((await chapter01.q2.evaluate('userName eq "mscott"')).outcome).toBe("incorrect");
    expect((await chapter01.q2.evaluate('userName eq "cminer"')).message).toMatch(/userName/);
    expect((await chapter01.q2.evaluate("externalId eq")).outcome).toBe("incorrect");
  });

  it("q3 accepts an add on members and rejects a replace that drops the other members", async () => {
    const answer = runSolution(chapter01.q3, { patch, charlesId });
    expect((await chapter01.q3.evaluate(answer)).outcome).toBe("correct");
    const replace = await chapter01.q3.evaluate(patch().replace("members", [{ value: charlesId }]));
    expect(replace).toMatchObject({ outcome: "incorrect", message: expect.stringMatching(/replace/) });
  });

  it("leaves no scratch group behind", async () => {
    const page = await course.client.groups.list({ filter: 'externalId sw "scimlab:check"' });
    expect(page.totalResults).toBe(0);
  });
});
