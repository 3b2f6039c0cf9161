import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { chapter08, emptyGroupCandidates, entraPamUpdate } from "../../../src/notebook/exercises/08-real-providers-and-their-dialects.js";
import { patch } from "../../../src/scim/patch.js";
import { SchemaUrn } from "../../../src/scim/urns.js";
import { courseSetup } from "../../../src/setup/course-setup.js";
import { chapterCheckpoints } from "../../../src/setup/storyline.js";
import { verifyCheckpoint } from "../../../src/setup/verify-checkpoint.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();
const checkpoint = chapterCheckpoints.chapter08.start;
const P = SchemaUrn.PatchOp;

beforeAll(async () => {
  // The exercises are checked where the chapter stands: it only uses scratch resources, so start and end are one checkpoint.
  await courseSetup(course.client, { checkpoint });
});

/** Each exercise: the solution and other right answers pass; each wrong answer fails without giving the solution away. */
function table(name: "q1" | "q2" | "q3", key: string, right: [string, unknown][], wrong: [string, unknown, RegExp?][]) {
  const exercise = chapter08[name];
  describe(`chapter 08 ${name}: ${exercise.title}`, () => {
    it("the solution passes, and the solution code holds the key text the messages must not give away", async () => {
      expect(exercise.solutionCode).toContain(key);
      const result = await exercise.evaluate(runSolution(exercise as never, { patch }) as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(right)("right: %s", async (_label, answer) => {
      const result = await exercise.evaluate(answer as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(wrong)("wrong: %s", async (_label, answer, says) => {
      const result = await exercise.evaluate(answer as never);
      if (process.env.SHOW_MESSAGES) console.log(`${name} ${_label}: ${result.message}`);
      expect(result, result.message).toMatchObject({ outcome: "incorrect" });
      expect(result.message).not.toContain(key);
      if (says) expect(result.message).toMatch(says);
    });
    it("leaves the story where it found it", async () => {
      const report = await verifyCheckpoint(course.client, checkpoint);
      expect(report.facts.filter((fact) => !fact.holds)).toEqual([]);
      const users = await course.client.users.list({ filter: 'userName sw "scimlab-check-"', attributes: ["userName"] });
      const groups = await course.client.groups.list({ filter: 'externalId sw "scimlab:"', attributes: ["displayName"] });
      expect([users.totalResults, groups.totalResults]).toEqual([0, 0]);
    });
  });
}

table(
  "q1",
  '.replace("name.familyName", "Halpert")',
  [
    ["a PatchOp object with three path operations", { schemas: [P], Operations: [
      { op: "replace", path: "name.familyName", value: "Halpert" },
      { op: "replace", path: "title", value: "Office Administrator" },
      { op: "replace", path: "active", value: false },
    ] }],
    ["one path-less replace with a nested name (sub-attributes left out stay, RFC 7644 §3.5.2.3)", { Operations: [
      { op: "replace", value: { name: { familyName: "Halpert" }, title: "Office Administrator", active: false } },
    ] }],
    ["a replace of the complex name with one sub-attribute", patch().replace("name", { familyName: "Halpert" }).replace("title", "Office Administrator").replace("active", false)],
    ["the operations in another order, add for the title", patch().replace("active", false).add("title", "Office Administrator").replace("name.familyName", "Halpert")],
  ],
  [
    ["Entra's body as it is", { schemas: [P], Operations: [
      { op: "Replace", value: { "name.familyName": "Halpert", title: "Office Administrator" } },
      { op: "Replace", path: "active", value: "False" },
    ] }, /"Replace"/],
    ["op in lower case, active still the string \"False\"", { Operations: [
      { op: "replace", value: { "name.familyName": "Halpert", title: "Office Administrator" } },
      { op: "replace", path: "active", value: "False" },
    ] }, /no dot|2\.3\.2/],
    ["booleans fixed, dotted key kept", { Operations: [
      { op: "replace", value: { "name.familyName": "Halpert", title: "Office Administrator" } },
      { op: "replace", path: "active", value: false },
    ] }, /no dot/],
    ["the title forgotten", patch().replace("name.familyName", "Halpert").replace("active", false), /title/],
    ["name removed and added back: the given name lost", { Operations: [
      { op: "remove", path: "name" },
      { op: "add", path: "name", value: { familyName: "Halpert" } },
      { op: "replace", path: "title", value: "Office Administrator" },
      { op: "replace", path: "active", value: false },
    ] }, /name/],
    ["not deactivated", patch().replace("name.familyName", "Halpert").replace("title", "Office Administrator"), /active/],
    ["not a PATCH", "replace active false", /Expected a PATCH/],
  ],
);

const lowerOnly = (body: { Operations: Array<Record<string, unknown>> }) => ({
  ...body,
  Operations: body.Operations.map((operation) => ({ ...operation, op: String(operation.op).toLowerCase() })),
});
const dropValueOnRemove = (body: { schemas?: string[]; Operations: Array<Record<string, unknown>> }) => {
  const bool = (v: unknown) => (v === "True" ? true : v === "False" ? false : v);
  const Operations = body.Operations.flatMap((operation): Array<Record<string, unknown>> => {
    const op = String(operation.op).toLowerCase();
    if (op === "remove") return [{ op, path: operation.path }];
    if (operation.path === undefined && typeof operation.value === "object" && operation.value !== null) {
      return Object.entries(operation.value).map(([path, value]) => ({ op, path, value: bool(value) }));
    }
    return [{ ...operation, op, value: bool(operation.value) }];
  });
  return { schemas: [P], Operations };
};
/** A normaliser that nests dotted keys instead of splitting them, and removes members with one `or` filter. */
const nesting = (body: { Operations: Array<{ op: string; path?: string; value?: unknown }> }) => {
  const b = (key: string, v: unknown) => (/^(active|primary)$/i.test(key.split(".").pop() ?? "") && typeof v === "string" ? v === "True" || v === "true" : v);
  const operations = body.Operations.map(({ op, path, value }) => {
    const lower = op.toLowerCase();
    if (lower === "remove" && Array.isArray(value)) {
      return { op: lower, path: `${path}[${value.map((item: { value: string }) => `value eq "${item.value}"`).join(" or ")}]` };
    }
    if (path === undefined && value !== null && typeof value === "object") {
      const nested: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const [head, tail] = key.split(".");
        if (tail === undefined) nested[head as string] = b(key, item);
        else nested[head as string] = { ...(nested[head as string] as object), [tail]: b(tail, item) };
      }
      return { op: lower, value: nested };
    }
    return path === undefined ? { op: lower, value } : { op: lower, path, value: b(path, value) };
  });
  return { schemas: [P], Operations: operations };
};
/** A normaliser that builds its answer with patch(). */
const withBuilder = (body: { Operations: Array<{ op: string; path?: string; value?: unknown }> }) => {
  const built = patch();
  const fix = (v: unknown) => (v === "True" ? true : v === "False" ? false : v);
  for (const { op, path, value } of body.Operations) {
    const lower = op.toLowerCase() as "add" | "replace" | "remove";
    if (lower === "remove") {
      for (const item of (Array.isArray(value) ? value : [undefined]) as Array<{ value: string } | undefined>) {
        built.remove(item === undefined ? (path as string) : `${path}[value eq "${item.value}"]`);
      }
    } else if (path === undefined) {
      for (const [key, item] of Object.entries(value as object)) built[lower](key, fix(item) as never);
    } else built[lower](path, fix(value) as never);
  }
  return built;
};

table(
  "q2",
  '[value eq "${item.value}"]',
  [
    ["nests dotted keys, removes with one or-filter", nesting],
    ["builds the result with patch()", withBuilder],
    ["the solution, made async", async (body: unknown) => (runSolution(chapter08.q2 as never, {}) as (b: unknown) => unknown)(body)],
  ],
  [
    ["returns the body unchanged", (body: unknown) => body, /"Replace"|op/],
    ["only lower-cases op", lowerOnly, /2\.3\.2|string/],
    ["drops the value of a remove: removes every member", dropValueOnRemove, /every member/],
    ["forgets schemas on a body without them", (body: { Operations: unknown[] }) => ({ Operations: nesting(body as never).Operations }), /schemas|refused/],
    ["turns \"False\" into the string \"false\"", (body: { schemas?: string[]; Operations: Array<Record<string, unknown>> }) => {
      const out = nesting(body as never);
      return { ...out, Operations: out.Operations.map((operation: Record<string, unknown>) => (operation.value === false ? { ...operation, value: "false" } : operation)) };
    }, /2\.3\.2|string/],
    ["throws", () => { throw new Error("not written yet"); }, /threw/],
    ["not a function", { Operations: [] }, /function/],
  ],
);

table(
  "q3",
  '["A", "D", "E"]',
  [
    ["letters in another order and case", ["e", "a", "d"]],
    ["as one string", "A, D, E"],
    ["with a repeat", ["A", "D", "E", "A"]],
  ],
  [
    ["only the path without a filter", ["A"], /misses 2/],
    ["the replace counted as emptying", ["A", "C", "D", "E"], /C left members/],
    ["the single remove", ["B"], /B left members/],
    ["none", [], /misses 3/],
    ["the add counted too", ["A", "D", "E", "F"], /F left members/],
    ["not letters", ["members"], /letters A–F/],
  ],
);

describe("chapter 08's notebook shows the requests its checks use", () => {
  const cells = (JSON.parse(readFileSync(join(import.meta.dirname, "../../../notebooks/08-real-providers-and-their-dialects.ipynb"), "utf8")) as {
    cells: Array<{ id: string; source: string[] }>;
  }).cells;
  const text = (id: string) => cells.find((cell) => cell.id === id)?.source.join("") ?? "";

  it("q1: the Entra body in the question is the one the check applies", () => {
    const json = /```json\n([\s\S]*?)```/.exec(text("c08-q1"))?.[1];
    expect(JSON.parse(json as string)).toEqual(entraPamUpdate);
  });

  it("q3: the table's operations are the ones the check sends", () => {
    const rows = [...text("c08-q3").matchAll(/^\| ([A-F]) \| `(.*)` \|$/gm)].map(([, letter, operation]) => [letter, JSON.parse(operation as string)]);
    expect(Object.fromEntries(rows)).toEqual(emptyGroupCandidates());
  });
});
