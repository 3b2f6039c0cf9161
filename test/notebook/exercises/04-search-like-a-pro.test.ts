import { beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../../src/client/index.js";
import { useCourseClient } from "../../../src/notebook/course-client.js";
import { chapter04 } from "../../../src/notebook/exercises/04-search-like-a-pro.js";
import { filter } from "../../../src/scim/filter/index.js";
import { courseSetup } from "../../../src/setup/course-setup.js";
import { seedCrowd } from "../../../src/setup/crowd.js";
import { startPeer } from "../../peer/scimmy-peer.js";
import { courseServer } from "./course-server.js";
import { answerTable } from "./answer-table.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();
const E = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const dept = `${E}:department`;

beforeAll(async () => {
  // The exercises are checked after the chapter's cells have run: the story at "paper-company", and a crowd
  // (smaller than the chapter's 5,000, enough for a third page of 25).
  await courseSetup(course.client, { checkpoint: "paper-company" });
  await seedCrowd(course.client, { users: 300 });
});

/** Each exercise: the solution and other right answers pass; each wrong answer fails without giving the solution away. */
function table(
  name: "q1" | "q2" | "q3",
  key: string,
  right: () => [string, unknown][],
  wrong: () => [string, unknown, RegExp?][],
  scope: () => Record<string, unknown> = () => ({}),
) {
  answerTable({ name: `chapter 04 ${name}`, exercise: chapter04[name] as never, key, right, wrong, scope, course, checkpoint: "paper-company" });
}

table(
  "q1",
  "active eq true and (",
  () => [
    ["built with filter.and/or", filter.and(filter.eq("active", true), filter.or(filter.eq(dept, "Sales"), filter.eq(dept, "Accounting")))],
    ["departments first, parentheses around them", `(${dept} eq "Sales" or ${dept} eq "Accounting") and active eq true`],
    ["distributed: (a and b) or (a and c)", `(active eq true and ${dept} eq "Sales") or (active eq true and ${dept} eq "Accounting")`],
    ["not inactive, in upper case", `NOT (active EQ false) AND (${dept} EQ "sales" OR ${dept} EQ "accounting")`],
  ],
  () => [
    ["no parentheses: and binds first", `active eq true and ${dept} eq "Sales" or ${dept} eq "Accounting"`, /not active/],
    ["the departments only", `${dept} eq "Sales" or ${dept} eq "Accounting"`, /not active/],
    ["department without its URN", 'active eq true and (department eq "Sales" or department eq "Accounting")', /URN/],
    ["Sales only", `active eq true and ${dept} eq "Sales"`, /\d+ are active/],
    ["and instead of or between the departments", `active eq true and (${dept} eq "Sales" and ${dept} eq "Accounting")`, /nobody/],
    ["every active user", "active eq true", /more than/],
    ["not a filter", 7, /Expected the filter/],
  ],
);

table(
  "q2",
  "startIndex: 51",
  () => [
    ["ascending by default", { sortBy: "name.familyName", startIndex: 51, count: 25 }],
    ["the attribute by its full URN", { sortBy: "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName", startIndex: 51, count: 25 }],
    ["attributes asked too (ignored by the check)", { sortBy: "name.familyName", sortOrder: "ascending", startIndex: 51, count: 25, attributes: ["userName"] }],
  ],
  () => [
    ["startIndex counted from 0", { sortBy: "name.familyName", startIndex: 50, count: 25 }, /before user 51/],
    ["the page number as startIndex", { sortBy: "name.familyName", startIndex: 3, count: 25 }, /counts users from 1/],
    ["Z to A", { sortBy: "name.familyName", sortOrder: "descending", startIndex: 51, count: 25 }, /Z to A/],
    ["not sorted", { startIndex: 51, count: 25 }, /not in order/],
    ["a page of 75", { sortBy: "name.familyName", startIndex: 1, count: 75 }, /page of 25/],
    ["sorted by userName", { sortBy: "userName", startIndex: 51, count: 25 }],
    ["not an object", "page 3", /query object/],
  ],
);

table(
  "q3",
  'filter.eq("emails.value", email)',
  () => [
    ["all() via search, value path", async (client: ScimClient, email: string) => {
      for await (const user of client.users.all({ filter: `emails[value eq "${email}"]` }, { via: "search" })) return user;
      return undefined;
    }],
    ["search with a text filter", async (client: ScimClient, email: string) =>
      (await client.users.search({ filter: `emails.value eq "${email}"`, count: 1 })).Resources[0]],
    ["search on emails (its value), then find", async (client: ScimClient, email: string) =>
      (await client.users.search({ filter: filter.eq("emails", email) })).Resources.find((user) => user.emails?.some((e) => e.value === email))],
  ],
  () => [
    ["a GET list with the filter in the URL", async (client: ScimClient, email: string) =>
      (await client.users.list({ filter: filter.eq("emails.value", email) })).Resources[0], /URL/],
    ["all() with GETs", async (client: ScimClient, email: string) => {
      for await (const user of client.users.all({ filter: filter.eq("emails.value", email) })) return user;
      return undefined;
    }, /URL/],
    ["returns the page", async (client: ScimClient, email: string) => client.users.search({ filter: filter.eq("emails.value", email) }), /whole ListResponse/],
    ["searches by userName", async (client: ScimClient, email: string) =>
      (await client.users.search({ filter: filter.eq("userName", email) })).Resources[0], /returned nothing/],
    ["forgets to await", (client: ScimClient, email: string) => { void client.users.search({ filter: filter.eq("emails.value", email) }); return undefined; }],
    ["not a function", "emails.value", /Expected a function/],
  ],
  () => ({ filter }),
);

describe("chapter 04 on scimmy, which cannot do everything", () => {
  let peer: { url: string; token: string; close(): Promise<void> };
  beforeAll(async () => {
    peer = await startPeer({ token: "peer-token-for-ch04" });
    const client = new ScimClient({ baseUrl: peer.url, token: peer.token });
    await courseSetup(client, { checkpoint: "paper-company" });
    await seedCrowd(client, { users: 300 });
    useCourseClient(client);
    return async () => {
      useCourseClient(course.client);
      await client.close();
      await peer.close();
    };
  });

  it.each(["q1", "q2", "q3"] as const)("passes the solution of %s", async (name) => {
    const exercise = chapter04[name];
    const result = await exercise.evaluate(runSolution(exercise as never, { filter }) as never);
    expect(result, result.message).toMatchObject({ outcome: "correct" });
  });

  it("still fails a wrong answer", async () => {
    expect((await chapter04.q1.evaluate(`active eq true and ${dept} eq "Sales" or ${dept} eq "Accounting"`)).outcome).toBe("incorrect");
  });
});
