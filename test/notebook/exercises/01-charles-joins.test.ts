import { v4 as uuidv4, v5 as uuidv5 } from "uuid";
import { beforeAll, describe, expect, it } from "vitest";
import { chapter01 } from "../../../src/notebook/exercises/01-charles-joins.js";
import { directoryEntry } from "../../../src/setup/cast.js";
import type { ScimClient } from "../../../src/client/index.js";
import { filter } from "../../../src/scim/filter/index.js";
import { patch } from "../../../src/scim/patch.js";
import type { User } from "../../../src/scim/user.js";
import type { UserInput } from "../../../src/scim/user-input.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();
const X500_NAMESPACE = "6ba7b814-9dad-11d1-80b4-00c04fd430c8";
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const charlesEntry = directoryEntry("cminer");
let charlesId: string;
let michaelId: string;
let tobyId: string;
let client: ScimClient;

beforeAll(async () => {
  client = course.client;
  const charles = await client.users.create(charlesEntry.user);
  charlesId = charles.id as string;
  michaelId = course.setup.users["mscott"] as string;
  tobyId = course.setup.users["tflenderson"] as string;
});

/** Run a table of answers: each right one is correct; each wrong one incorrect, without the solution's key text. */
function table<T>(exercise: { evaluate(answer: T): Promise<{ outcome: string; message: string }> }, keyText: () => string[]) {
  return {
    right: async (answer: T) => {
      const result = await exercise.evaluate(answer);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    },
    wrong: async (answer: T, message?: RegExp) => {
      const result = await exercise.evaluate(answer);
      expect(result.outcome, result.message).toBe("incorrect");
      if (message) expect(result.message).toMatch(message);
      for (const text of keyText()) expect(result.message).not.toContain(text);
    },
  };
}

/** What the story looks like, for "the check left it as it found it". */
async function snapshot(): Promise<string> {
  const users = await client.users.list({ count: 100 });
  const groups = await client.groups.list({ count: 100 });
  const strip = <T extends { id?: string; meta?: unknown }>(r: T) => ({ ...r, meta: undefined });
  const byId = (x: { id?: string }, y: { id?: string }) => (x.id as string).localeCompare(y.id as string);
  return JSON.stringify([users.Resources.map(strip).sort(byId), groups.Resources.map(strip).sort(byId)]);
}

describe("chapter01.q1: Toby's externalId", () => {
  const q1 = table(chapter01.q1, () => ["entryUUID"]);
  const toby = directoryEntry("tflenderson");
  const tobyOnServer = () => client.users.get(tobyId);
  const right: Array<[string, () => Promise<string>]> = [
    ["the solution", async () => runSolution(chapter01.q1, { directoryEntry }) as string],
    ["the externalId the server holds", async () => (await tobyOnServer()).externalId as string],
    ["the directory entry's user.externalId", async () => toby.user.externalId as string],
  ];
  const wrong: Array<[string, () => Promise<unknown>, RegExp]> = [
    ["uuidv5 of his DN", async () => uuidv5("cn=Toby Flenderson,ou=Human Resources,dc=dundermifflin,dc=com", X500_NAMESPACE), /DN/],
    ["his server id", async () => tobyId, /server issued it/],
    ["his userName", async () => "tflenderson", /userName/],
    ["his employeeNumber", async () => "1015", /employee number/],
    ["his employeeNumber as a number", async () => 1015, /string/],
    ["a random UUID", async () => uuidv4(), /not the externalId/],
  ];
  it.each(right)("accepts %s", async (_label, answer) => q1.right(await answer()));
  it.each(wrong)("refuses %s", async (_label, answer, message) => q1.wrong((await answer()) as string, message));
});

describe("chapter01.q2: find Charles again", () => {
  const q2 = table(chapter01.q2, () => [charlesEntry.entryUUID]);
  const right: Array<[string, () => unknown]> = [
    ["the solution", () => runSolution(chapter01.q2, { charlesEntry })],
    ["filter.eq on externalId", () => filter.eq("externalId", charlesEntry.entryUUID)],
    ["text with single spaces and an upper-case operator", () => `externalId EQ "${charlesEntry.entryUUID}"`],
    ["id eq", () => `id eq "${charlesId}"`],
  ];
  const wrong: Array<[string, () => unknown, RegExp]> = [
    ["userName eq cminer", () => 'userName eq "cminer"', /renamed/],
    ["externalId and userName", () => `externalId eq "${charlesEntry.entryUUID}" and userName eq "cminer"`, /renamed/],
    ["his work email", () => 'emails[type eq "work" and value eq "charles.miner@dundermifflin.com"]', /renamed/],
    ["displayName", () => filter.eq("displayName", "Charles Miner"), /renamed/],
    ["somebody else", () => 'userName eq "mscott"', /mscott/],
    ["externalId pr (everyone)", () => "externalId pr", /only him/],
    ["a broken filter", () => "externalId eq", /failed/],
  ];
  it.each(right)("accepts %s", async (_label, answer) => q2.right(answer()));
  it.each(wrong)("refuses %s", async (_label, answer, message) => q2.wrong(answer(), message));
  it("puts Charles back as he was", async () => {
    const before = await snapshot();
    await chapter01.q2.evaluate('userName eq "cminer"');
    await chapter01.q2.evaluate(`externalId eq "${charlesEntry.entryUUID}"`);
    expect(await snapshot()).toBe(before);
  });
});

describe("chapter01.q3: add without removing", () => {
  const q3 = table(chapter01.q3, () => ['add("members"']);
  const patchOp = (Operations: unknown[]) => ({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations });
  const right: Array<[string, () => unknown]> = [
    ["the solution", () => runSolution(chapter01.q3, { patch, charlesId })],
    ["a PatchOp object", () => patchOp([{ op: "add", path: "members", value: [{ value: charlesId }] }])],
    ["add without a path", () => patch().add({ members: [{ value: charlesId }] })],
    ["a single member object", () => patchOp([{ op: "add", path: "members", value: { value: charlesId } }])],
  ];
  const wrong: Array<[string, () => unknown, RegExp]> = [
    ["replace members", () => patch().replace("members", [{ value: charlesId }]), /in place of all/],
    ["replace without a path", () => patch().replace({ members: [{ value: charlesId }] }), /in place of all/],
    ["add Michael instead", () => patch().add("members", [{ value: michaelId }]), /not a member/],
    ["add Charles and Toby", () => patch().add("members", [{ value: charlesId }, { value: tobyId }]), /3 members/],
    ["a string", () => "add members", /Expected a PATCH/],
  ];
  it.each(right)("accepts %s", async (_label, answer) => q3.right(answer()));
  it.each(wrong)("refuses %s", async (_label, answer, message) => q3.wrong(answer(), message));
});

describe("chapter01.q4: recover from a 409", () => {
  const q4 = table(chapter01.q4 as { evaluate(answer: unknown): Promise<{ outcome: string; message: string }> }, () => ["client.users.replace(found"]);
  const isConflict = (error: { status?: number }) => error.status === 409;
  const byUserName = async (userName: string) => (await client.users.list({ filter: filter.eq("userName", userName) })).Resources[0];
  const right: Array<[string, () => unknown]> = [
    ["the solution", () => runSolution(chapter01.q4, { client, filter })],
    [
      "PATCH on a 409, found by externalId",
      () => async (input: UserInput) => {
        try {
          return await client.users.create(input);
        } catch (error) {
          if (!isConflict(error as { status?: number })) throw error;
          const [found] = (await client.users.list({ filter: filter.eq("externalId", input.externalId as string) })).Resources;
          const { userName, externalId, ...rest } = input;
          return client.users.patch(found!.id as string, patch().replace(rest));
        }
      },
    ],
    [
      "find first, then PUT or POST",
      () => async (input: UserInput) => {
        const found = await byUserName(input.userName);
        return found ? client.users.replace(found.id as string, input) : client.users.create(input);
      },
    ],
  ];
  const wrong: Array<[string, () => unknown, RegExp]> = [
    ["always create", () => (input: UserInput) => client.users.create(input), /409/],
    [
      "delete and recreate",
      () => async (input: UserInput) => {
        const found = await byUserName(input.userName);
        if (found) await client.users.delete(found.id as string);
        return client.users.create(input);
      },
      /new `id`/,
    ],
    [
      "return the old user on a 409",
      () => async (input: UserInput) => {
        try {
          return await client.users.create(input);
        } catch {
          return byUserName(input.userName);
        }
      },
      /up to date/,
    ],
    [
      "create a second user with another userName",
      () => async (input: UserInput) => {
        try {
          return await client.users.create(input);
        } catch {
          return client.users.create({ ...input, userName: `${input.userName}-2` });
        }
      },
      /2 users/,
    ],
    [
      "update only, never create",
      () => async (input: UserInput) => {
        const found = (await byUserName(input.userName)) as User;
        return client.users.replace(found.id as string, input);
      },
      /create/,
    ],
    ["not a function", () => "createOrUpdate", /function/],
  ];
  it.each(right)("accepts %s", async (_label, answer) => q4.right(answer()));
  it.each(wrong)("refuses %s", async (_label, answer, message) => q4.wrong(answer(), message));
  it("leaves no scratch user behind", async () => {
    const page = await client.users.list({ filter: filter.sw("userName", "scimlab-check") });
    expect(page.totalResults).toBe(0);
  });
});

describe("chapter01.q5: move Pam to Sales", () => {
  const q5 = table(chapter01.q5, () => [`${ENTERPRISE}:department"`]);
  const patchOp = (Operations: unknown[]) => ({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations });
  const right: Array<[string, () => unknown]> = [
    ["the solution", () => runSolution(chapter01.q5, { patch })],
    ["no-path replace with the extension object", () => patch().replace({ title: "Sales Representative", [ENTERPRISE]: { department: "Sales" } })],
    [
      "two add operations",
      () =>
        patchOp([
          { op: "add", path: `${ENTERPRISE}:department`, value: "Sales" },
          { op: "add", path: "title", value: "Sales Representative" },
        ]),
    ],
    ["replace with the extension URN as path (sub-attributes merged)", () => patch().replace("title", "Sales Representative").replace(ENTERPRISE, { department: "Sales" })],
  ];
  const wrong: Array<[string, () => unknown, RegExp]> = [
    ["only the title", () => patch().replace("title", "Sales Representative"), /department/],
    ["department without the URN", () => patchOp([{ op: "replace", path: "title", value: "Sales Representative" }, { op: "replace", path: "department", value: "Sales" }]), /invalidPath/],
    [
      "also rewriting the emails",
      () =>
        patch()
          .replace("title", "Sales Representative")
          .replace(`${ENTERPRISE}:department`, "Sales")
          .replace("emails", [{ value: "pam@dundermifflin.com", type: "work" }]),
      /emails/,
    ],
    [
      "also rewriting name",
      () =>
        patch()
          .replace("title", "Sales Representative")
          .replace(`${ENTERPRISE}:department`, "Sales")
          .remove("name.givenName"),
      /name/,
    ],
    ["two PATCH requests", () => [patch().replace("title", "Sales Representative"), patch().replace(`${ENTERPRISE}:department`, "Sales")], /ONE request/],
    ["the wrong title", () => patch().replace("title", "Salesman").replace(`${ENTERPRISE}:department`, "Sales"), /title/],
  ];
  it.each(right)("accepts %s", async (_label, answer) => q5.right(answer()));
  it.each(wrong)("refuses %s", async (_label, answer, message) => q5.wrong(answer(), message));
});

describe("chapter 01 checks leave the story as they found it", () => {
  it("no scratch user or group remains, and Charles is unchanged", async () => {
    const before = await snapshot();
    for (const [exercise, answer] of [
      [chapter01.q3, patch().replace("members", [{ value: charlesId }])],
      [chapter01.q5, patch().replace("title", "x")],
      [chapter01.q4, (input: UserInput) => client.users.create(input)],
    ] as const) {
      await (exercise.evaluate as (a: unknown) => Promise<unknown>)(answer);
    }
    expect(await snapshot()).toBe(before);
    expect((await client.groups.list({ filter: 'externalId sw "scimlab:check"' })).totalResults).toBe(0);
    expect((await client.users.list({ filter: 'externalId sw "scimlab:check"' })).totalResults).toBe(0);
  });
});
