import type { ListQuery } from "../../client/index.js";
import type { User } from "../../scim/user.js";
import { expectThat, IncorrectAnswer, NotAttempted, ServerLimitation } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe, tryAnswer } from "./answers.js";

/** The page the question asks for: users 51 to 75, by family name, A to Z. */
const reference: ListQuery = { sortBy: "name.familyName", sortOrder: "ascending", startIndex: 51, count: 25 };

const familyName = (user: User) => user.name?.familyName ?? "(none)";

/**
 * Chapter 04, question 2: the third page of 25 users in order of family
 * name, as a query (`sortBy`, `sortOrder`, `startIndex`, `count`). Judged by
 * the page the server returns: the same users, in the same order, as the
 * question's own query; any spelling that returns that page passes.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.3
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
 */
export const q2 = defineExercise<unknown>({
  id: "chapter04.q2",
  title: "Page three, by family name",
  hints: [
    "A list query takes `sortBy` and `sortOrder` (RFC 7644 §3.4.2.3) and `startIndex` and `count` (§3.4.2.4), as properties of one object.",
    "`startIndex` is the 1-based position of the first result, not a page number: page 1 starts at 1, page 2 at 26…",
    '`sortBy` is an attribute path, here the sub-attribute `familyName` of `name`: `{ sortBy: "name.familyName", startIndex: …, count: 25 }`.',
  ],
  solution: 'const page3: ListQuery = { sortBy: "name.familyName", sortOrder: "ascending", startIndex: 51, count: 25 };',
  async check(answer, context) {
    expectThat(
      typeof answer === "object" && answer !== null && !Array.isArray(answer),
      `Expected a query object such as \`{ sortBy: …, count: … }\`; got ${describe(answer)}.`,
    );
    const query = answer as ListQuery;
    const client = context.client();
    const config = await client.serviceProviderConfig();
    if (!config.sort.supported) {
      throw new ServerLimitation("This server says it does not sort (ServiceProviderConfig `sort.supported` is false, RFC 7643 §5): the check cannot judge a sorted page here.");
    }
    const expected = await client.users.list({ ...reference, attributes: ["userName", "name"] });
    if (expected.Resources.length < 25) {
      throw new NotAttempted(`The server has ${expected.totalResults} users, too few for a third page of 25: run the cell that seeds the crowd first.`);
    }
    const { attributes: _a, excludedAttributes: _e, ...asked } = query;
    const page = await tryAnswer("Your query", () => client.users.list({ ...asked, attributes: ["userName", "name"] }));
    const got = page.Resources.map((user) => user.id as string);
    const want = expected.Resources.map((user) => user.id as string);
    if (got.length === want.length && got.every((id, i) => id === want[i])) {
      return `Right: users 51 to 75 of ${expected.totalResults}, from ${familyName(page.Resources[0] as User)} to ${familyName(page.Resources.at(-1) as User)}.`;
    }
    const first = page.Resources[0];
    const names = page.Resources.map(familyName);
    // Collations differ (apostrophes, spaces): one step out of order still counts as sorted.
    const steps = names.slice(1).map((name, i) => name.localeCompare(names[i] as string, "en", { sensitivity: "base" }));
    const sorted = steps.filter((step) => step < 0).length <= 1;
    const reversed = steps.filter((step) => step > 0).length <= 1;
    expectThat(page.Resources.length > 0, `Your query returns no users (totalResults ${page.totalResults}). Does it filter, or start past the end?`);
    expectThat(
      page.Resources.length === want.length,
      `Your query returns ${page.Resources.length} users on its page; the question asks for a page of ${want.length}.`,
    );
    expectThat(sorted || names.length < 2, reversed
      ? "Your page is in order of family name, but from Z to A."
      : `Your page is not in order of family name (it starts ${names.slice(0, 3).join(", ")}…). Which attribute does it sort by?`);
    const at = want.indexOf(first?.id as string);
    if (at !== -1 || got.includes(want[0] as string)) {
      const shift = at !== -1 ? -at : got.indexOf(want[0] as string);
      throw new IncorrectAnswer(
        `Your page is sorted right, but it starts ${Math.abs(shift)} user(s) ${shift < 0 ? "after" : "before"} user 51: ` +
          "`startIndex` is the 1-based position of the first user you want (RFC 7644 §3.4.2.4).",
      );
    }
    throw new IncorrectAnswer(
      `Your page is sorted right, but it holds other users (from ${familyName(first as User)}): which position does it start at? ` +
        "`startIndex` counts users from 1, not pages (RFC 7644 §3.4.2.4).",
    );
  },
});
