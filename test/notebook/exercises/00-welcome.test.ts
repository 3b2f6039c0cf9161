import { describe, expect, it } from "vitest";
import { ____ } from "../../../src/notebook/placeholder.js";
import { chapter00 } from "../../../src/notebook/exercises/00-welcome.js";
import type { ResourceType } from "../../../src/scim/resource-type.js";
import type { SchemaDefinition } from "../../../src/scim/schema.js";
import type { ServiceProviderConfig } from "../../../src/scim/service-provider-config.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();

/** What the chapter's cells have fetched before the exercises. */
type Scope = {
  config: ServiceProviderConfig;
  resourceTypes: ResourceType[];
  userSchema: SchemaDefinition;
  baseUrl: string;
};

async function scope(): Promise<Scope> {
  const schemas = await course.client.schemas();
  return {
    config: await course.client.serviceProviderConfig(),
    resourceTypes: await course.client.resourceTypes(),
    userSchema: schemas.find((schema) => schema.id === "urn:ietf:params:scim:schemas:core:2.0:User")!,
    baseUrl: course.client.baseUrl,
  };
}

/** An answer written as the learner would, from what the chapter fetched. */
type Answer = (scope: Scope) => unknown;
/** [label, answer, text the message must not contain (the solution's key)]. */
type Wrong = [string, Answer, string];

const attribute = (s: Scope, name: string) => s.userSchema.attributes.find((a) => a.name === name)!;

const tables: Record<"q1" | "q2" | "q3" | "q4" | "q5", { right: [string, Answer][]; wrong: Wrong[] }> = {
  q1: {
    right: [
      ["config.patch.supported", (s) => s.config.patch.supported],
      ['config["patch"]["supported"]', (s) => s.config["patch"]["supported"]],
      ["=== true of the flag", (s) => s.config.patch.supported === true],
    ],
    wrong: [
      ["the opposite", (s) => !s.config.patch.supported, "config.patch"],
      ['the string "true"', () => "true", "config.patch"],
      ["the whole patch object", (s) => s.config.patch, "config.patch.supported"],
      ["the number 1", () => 1, "config.patch"],
    ],
  },
  q2: {
    right: [
      ["the endpoint", (s) => s.resourceTypes.find((t) => t.name === "Group")!.endpoint],
      ["without the slash", () => "Groups"],
      ["the absolute URL", (s) => `${s.baseUrl.replace(/\/$/, "")}/Groups`],
      ["with a trailing slash", () => "/Groups/"],
    ],
    wrong: [
      ["the Users endpoint", () => "/Users", "/Groups"],
      ["the wrong case", () => "/groups", "/Groups"],
      ["the resource type's name", () => "Group", "/Groups"],
      ["the Group schema URN", () => "urn:ietf:params:scim:schemas:core:2.0:Group", "/Groups"],
      ["a number", () => 2, "/Groups"],
    ],
  },
  q3: {
    right: [
      ["find(…).mutability", (s) => attribute(s, "groups").mutability],
      ["filter(…)[0].mutability", (s) => s.userSchema.attributes.filter((a) => a.name === "groups")[0]!.mutability],
      ["the keyword as written", () => "readOnly"],
    ],
    wrong: [
      // RFC 7643 §8.7.2 declares `mutability` caseExact: canonical keywords are compared with their case.
      ["the keyword in lower case", () => "readonly", '"readOnly"'],
      ["readWrite", () => "readWrite", '"readOnly"'],
      ["immutable", () => "immutable", '"readOnly"'],
      ["an array", (s) => [attribute(s, "groups").mutability], '"readOnly"'],
    ],
  },
  q4: {
    right: [
      ["the solution", (s) => runSolution(chapter00.q4, s)],
      ["with id and meta, in another order", () => ["meta", "groups", "id"]],
      ["in another case", () => ["Groups"]],
      ["written by hand", () => ["groups"]],
    ],
    wrong: [
      ["userName, password and groups", () => ["userName", "password", "groups"], '"readOnly"'],
      ["password (writeOnly)", () => ["password", "groups"], '"readOnly"'],
      ["id and meta only (misses groups)", () => ["id", "meta"], "groups"],
      ["a string instead of an array", () => "groups", '"readOnly"'],
      ["an unknown attribute", () => ["groups", "manager"], '"readOnly"'],
    ],
  },
  q5: {
    right: [
      ["the solution", (s) => runSolution(chapter00.q5, s)],
      ["caseExact === false", (s) => attribute(s, "userName").caseExact === false],
      ["!== true", (s) => attribute(s, "userName").caseExact !== true],
    ],
    wrong: [
      ["caseExact itself", (s) => attribute(s, "userName").caseExact, "!"],
      ["the string \"true\"", () => "true", "caseExact"],
      ["uniqueness taken for caseExact", (s) => attribute(s, "userName").uniqueness !== "server", "!"],
    ],
  },
};

describe.each(Object.entries(tables))("chapter 00 %s", (id, table) => {
  const question = chapter00[id as keyof typeof tables] as { evaluate(answer: unknown): Promise<{ outcome: string; message: string }> };

  it.each(table.right)("accepts %s", async (_label, answer) => {
    const result = await question.evaluate(answer(await scope()));
    expect(result.message).toBeTypeOf("string");
    expect(result.outcome, result.message).toBe("correct");
  });

  it.each(table.wrong)("refuses %s, without giving the answer away", async (_label, answer, key) => {
    const result = await question.evaluate(answer(await scope()));
    expect(result.outcome, result.message).toBe("incorrect");
    expect(result.message).not.toContain(key);
  });

  it("reports the blank as not attempted", async () => {
    expect((await question.evaluate(____)).outcome).toBe("not-attempted");
  });
});

describe("chapter 00, facts the tables rely on", () => {
  it("the embedded server's User schema: groups readOnly, password writeOnly, userName not case-exact", async () => {
    const s = await scope();
    expect(attribute(s, "groups").mutability).toBe("readOnly");
    expect(attribute(s, "password").mutability).toBe("writeOnly");
    expect(attribute(s, "userName").caseExact).toBe(false);
  });

  it("q3 tells a lower-case keyword from a wrong one", async () => {
    expect((await chapter00.q3.evaluate("readonly")).message).toMatch(/case/);
    expect((await chapter00.q2.evaluate("/groups")).message).toMatch(/case/);
    expect((await chapter00.q2.evaluate("/Users")).message).toMatch(/User resources/);
  });

  it("q4 says why writeOnly and readWrite attributes are not read-only", async () => {
    expect((await chapter00.q4.evaluate(["password", "groups"])).message).toMatch(/writeOnly/);
    expect((await chapter00.q4.evaluate(["userName", "groups"])).message).toMatch(/readWrite/);
  });
});
