import { beforeAll, describe, expect, it } from "vitest";
import type { ScimClient } from "../../../src/client/index.js";
import { ____ } from "../../../src/notebook/placeholder.js";
import { chapter02 } from "../../../src/notebook/exercises/02-michael-leaves.js";
import { NoTargetError } from "../../../src/scim/errors.js";
import { filter } from "../../../src/scim/filter/index.js";
import { patch } from "../../../src/scim/patch.js";
import { courseSetup, type CourseSetupResult } from "../../../src/setup/course-setup.js";
import { verifyCheckpoint } from "../../../src/setup/verify-checkpoint.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();
let setup: CourseSetupResult;

beforeAll(async () => {
  setup = await courseSetup(course.client, { chapter: "chapter02" });
});

/** What the chapter's cells define before the exercises. */
type Scope = {
  client: ScimClient;
  patch: typeof patch;
  filter: typeof filter;
  NoTargetError: typeof NoTargetError;
  michaelId: string;
  pamId: string;
  dwightId: string;
};

const scope = (): Scope => ({
  client: course.client,
  patch,
  filter,
  NoTargetError,
  michaelId: setup.users["mscott"] as string,
  pamId: setup.users["pbeesly"] as string,
  dwightId: setup.users["dschrute"] as string,
});

/** An answer written as the learner would, from what the chapter's cells define. */
type Answer = (s: Scope) => unknown;
/** [label, answer, text the message must not contain (the solution's key)]. */
type Wrong = [string, Answer, string];

const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const patchOp = (...Operations: object[]) => ({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations });

const tables: Record<"q1" | "q2" | "q3" | "q4" | "q5", { right: [string, Answer][]; wrong: Wrong[] }> = {
  q1: {
    right: [
      ["the solution", (s) => runSolution(chapter02.q1, s)],
      ["a PatchOp object", () => patchOp({ op: "replace", path: "active", value: false })],
      ["add on a single-valued attribute (RFC 7644 §3.5.2.1)", (s) => s.patch().add("active", false)],
      ["replace without a path", (s) => s.patch().replace({ active: false })],
      ["the fully qualified path", (s) => s.patch().replace("urn:ietf:params:scim:schemas:core:2.0:User:active", false)],
    ],
    wrong: [
      ['the string "false" (RFC 7643 §2.3.2)', (s) => s.patch().replace("active", "false"), 'replace("active", false)'],
      ['the string "false" without a path', (s) => s.patch().replace({ active: "false" }), 'replace("active", false)'],
      ["true", (s) => s.patch().replace("active", true), 'replace("active", false)'],
      ["removing active", (s) => s.patch().remove("active"), 'replace("active", false)'],
      ["a hard delete", () => "DELETE", 'replace("active", false)'],
      ["one operation without its PatchOp", () => ({ op: "replace", path: "active", value: false }), 'replace("active", false)'],
      ["deactivating and renaming", (s) => s.patch().replace({ active: false, displayName: "Gone" }), 'replace("active", false)'],
    ],
  },
  q2: {
    right: [
      ["the solution", (s) => runSolution(chapter02.q2, s)],
      ["attribute names in another case (RFC 7643 §2.1)", (s) => `Members[Value eq "${s.michaelId}"]`],
      ["the fully qualified path", (s) => `urn:ietf:params:scim:schemas:core:2.0:Group:members[value eq "${s.michaelId}"]`],
      ["sw on the whole id", (s) => `members[value sw "${s.michaelId}"]`],
      ["not ne", (s) => `members[not (value ne "${s.michaelId}")]`],
    ],
    wrong: [
      ["the bare members path (removes everyone)", () => "members", "value eq"],
      ["Pam's id", (s) => `members[value eq "${s.pamId}"]`, "michaelId"],
      ["ne (removes everyone else)", (s) => `members[value ne "${s.michaelId}"]`, "value eq"],
      ["the id without quotes", (s) => `members[value eq ${s.michaelId}]`, "value eq \""],
      ["an unfinished filter", () => "members[value eq", "michaelId"],
      ["not a string", (s) => ({ path: `members[value eq "${s.michaelId}"]` }), "value eq"],
    ],
  },
  q3: {
    right: [
      ["the solution", (s) => runSolution(chapter02.q3, s)],
      ["not (active eq true)", () => "not (active eq true)"],
      ["active ne true", () => "active ne true"],
      ["filter.eq", (s) => s.filter.eq("active", false)],
      ["filter.not(filter.eq(…, true))", (s) => s.filter.not(s.filter.eq("active", true))],
      ["the attribute name in another case", () => "Active eq false"],
    ],
    wrong: [
      ["today's leaver by name", () => 'userName eq "mscott"', "active eq false"],
      ["the active users", () => "active eq true", "active eq false"],
      ['"false" as a string', () => 'active eq "false"', "active eq false"],
      ["everyone with an active flag", () => "active pr", "active eq false"],
      ["an empty filter", () => "", "active eq false"],
      ["today's leaver and the active", (s) => s.filter.or(s.filter.eq("userName", "mscott"), s.filter.eq("active", true)), "active eq false"],
    ],
  },
  q4: {
    right: [
      ["the solution", (s) => runSolution(chapter02.q4, s)],
      [
        "catch by scimType",
        (s) => async (groupId: string, userId: string) => {
          try {
            await s.client.groups.patch(groupId, s.patch().remove(`members[value eq "${userId}"]`));
          } catch (error) {
            if ((error as { scimType?: string }).scimType !== "noTarget") throw error;
          }
        },
      ],
      [
        "look first, PATCH only a member",
        (s) => async (groupId: string, userId: string) => {
          const group = await s.client.groups.get(groupId, { attributes: ["members"] });
          if ((group.members ?? []).some((member) => member.value === userId)) {
            await s.client.groups.patch(groupId, s.patch().remove(`members[value eq "${userId}"]`));
          }
        },
      ],
      [
        "replace members with the others",
        (s) => async (groupId: string, userId: string) => {
          const group = await s.client.groups.get(groupId, { attributes: ["members"] });
          const others = (group.members ?? []).filter((member) => member.value !== userId).map(({ value }) => ({ value }));
          await s.client.groups.patch(groupId, s.patch().replace("members", others));
        },
      ],
    ],
    wrong: [
      [
        "no catch (the second call throws)",
        (s) => (groupId: string, userId: string) => s.client.groups.patch(groupId, s.patch().remove(`members[value eq "${userId}"]`)),
        "NoTargetError",
      ],
      [
        "catch everything (an unknown group passes)",
        (s) => async (groupId: string, userId: string) => {
          try {
            await s.client.groups.patch(groupId, s.patch().remove(`members[value eq "${userId}"]`));
          } catch {
            // swallowed
          }
        },
        "NoTargetError",
      ],
      [
        "removes every member",
        (s) => async (groupId: string) => {
          try {
            await s.client.groups.patch(groupId, s.patch().remove("members"));
          } catch (error) {
            if (!(error instanceof s.NoTargetError)) throw error;
          }
        },
        "NoTargetError",
      ],
      ["does nothing", () => async () => undefined, "NoTargetError"],
      ["a PatchOp instead of a function", (s) => s.patch().remove(`members[value eq "${s.michaelId}"]`), "NoTargetError"],
    ],
  },
  q5: {
    right: [
      ["the solution", (s) => runSolution(chapter02.q5, s)],
      ["filter.eq", (s) => s.filter.eq(`${enterprise}:manager.value`, s.michaelId)],
      ["sub-attribute name in another case", (s) => `${enterprise}:manager.Value eq "${s.michaelId}"`],
      ["and pr", (s) => s.filter.and(s.filter.pr(`${enterprise}:manager`), s.filter.eq(`${enterprise}:manager.value`, s.michaelId))],
    ],
    wrong: [
      ["the manager's name", () => 'manager eq "Michael Scott"', enterprise],
      ["a department", () => `${enterprise}:department eq "Sales"`, enterprise],
      [
        "today's reports by userName",
        () => ["dschrute", "jhalpert", "pbeesly", "rhoward", "abernard", "shudson", "pvance", "amartin", "kkapoor", "mpalmer", "cbratton"]
          .map((userName) => `userName eq "${userName}"`).join(" or "),
        enterprise,
      ],
      ["someone else's reports", (s) => `${enterprise}:manager.value eq "${s.dwightId}"`, "michaelId"],
      ["everyone with a manager", () => `${enterprise}:manager pr`, "manager.value eq"],
    ],
  },
};

describe.each(Object.entries(tables))("chapter 02 %s", (id, table) => {
  const question = chapter02[id as keyof typeof tables] as { evaluate(answer: unknown): Promise<{ outcome: string; message: string }> };

  it.each(table.right)("accepts %s", async (_label, answer) => {
    const result = await question.evaluate(answer(scope()));
    expect(result.outcome, result.message).toBe("correct");
  });

  it.each(table.wrong)("refuses %s, without giving the answer away", async (_label, answer, key) => {
    const result = await question.evaluate(answer(scope()));
    expect(result.outcome, result.message).toBe("incorrect");
    expect(result.message).not.toContain(key);
  });

  it("reports the blank as not attempted", async () => {
    expect((await question.evaluate(____)).outcome).toBe("not-attempted");
  });
});

describe("chapter 02, messages and the story", () => {
  it("q1 refuses the string \"false\" citing RFC 7643 §2.3.2, though this server would coerce it", async () => {
    const result = await chapter02.q1.evaluate(patch().replace("active", "false"));
    expect(result.message).toMatch(/§2\.3\.2/);
  });

  it("q3 and q5 say what a name-based filter misses", async () => {
    const michaelId = setup.users["mscott"] as string;
    await course.client.users.patch(michaelId, patch().replace("active", false));
    try {
      expect((await chapter02.q3.evaluate('userName eq "mscott"')).message).toMatch(/tomorrow's leavers/);
      expect((await chapter02.q3.evaluate("active eq false")).message).toMatch(/^Right: 1 deactivated user besides/);
    } finally {
      await course.client.users.patch(michaelId, patch().replace("active", true));
    }
    const reports = (await chapter02.q5.evaluate('userName eq "dschrute"')).message;
    expect(reports).toMatch(/misses/);
  });

  it("q4 says what the second call did and what a catch-all hides", async () => {
    const noCatch = (groupId: string, userId: string) => course.client.groups.patch(groupId, patch().remove(`members[value eq "${userId}"]`));
    expect((await chapter02.q4.evaluate(noCatch)).message).toMatch(/second call.*noTarget/s);
    const catchAll = async (groupId: string, userId: string) => {
      await noCatch(groupId, userId).catch(() => undefined);
    };
    expect((await chapter02.q4.evaluate(catchAll)).message).toMatch(/swallows every error/);
  });

  it("the checks leave the story where chapter 02 starts (checkpoint charles-joined)", async () => {
    const report = await verifyCheckpoint(course.client, "charles-joined");
    expect(report.facts.filter((fact) => !fact.holds)).toEqual([]);
    expect(report.reached).toBe(true);
  });
});
