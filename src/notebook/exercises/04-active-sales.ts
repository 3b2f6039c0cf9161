import type { ScimClient } from "../../client/index.js";
import { SchemaUrn } from "../../scim/urns.js";
import { expectThat, ServerLimitation } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { filterAnswer, tryAnswer } from "./answers.js";
import { sameIds } from "./directory-reads.js";
import { withScratchUser } from "./scratch.js";

const E = SchemaUrn.EnterpriseUser;

/** The reference: what the question asks, as the server evaluates it. */
const reference = `active eq true and (${E}:department eq "Sales" or ${E}:department eq "Accounting")`;

/** The users a filter selects on the server: how many, their ids and userNames (at most 200 listed). */
interface Selection {
  total: number;
  ids: string[];
  names: Map<string, string>;
}

async function select(client: ScimClient, text: string, what: string): Promise<Selection> {
  const page = await tryAnswer(what, () => client.users.list({ filter: text, attributes: ["userName"], count: 200 }), {
    filter: text,
    resourceType: "User",
  });
  return {
    total: page.totalResults,
    ids: page.Resources.map((user) => user.id as string),
    names: new Map(page.Resources.map((user) => [user.id as string, user.userName ?? ""])),
  };
}

/**
 * Chapter 04, question 1: the active people of Sales and Accounting, a
 * filter on the Enterprise `department` (named by its URN) that needs
 * parentheses, because `and` binds tighter than `or`. Judged by the users it
 * selects on the server, compared with the question's own filter, while two
 * scratch users exist: an inactive accountant and an active salesman.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.10
 */
export const q1 = defineExercise<unknown>({
  id: "chapter04.q1",
  title: "The active people of Sales and Accounting",
  hints: [
    "`department` belongs to the Enterprise User extension: a filter names it with the extension's schema URN in front, then a colon (RFC 7644 §3.10).",
    "Three conditions: active, and one of two departments. Without parentheses, `and` is applied before `or` (RFC 7644 §3.4.2.2), so `a and b or c` means `(a and b) or c`.",
    'Group the two departments: `active eq true and (<urn>:department eq "Sales" or <urn>:department eq "Accounting")`, with the Enterprise URN for <urn>.',
  ],
  solution:
    "const activeSalesAndAccounting: string =\n" +
    `  'active eq true and (${E}:department eq "Sales" or ${E}:department eq "Accounting")';`,
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const seen = await withScratchUser(
      client,
      "chapter04-q1-inactive",
      { displayName: "Scratch inactive accountant", active: false, [E]: { department: "Accounting" } },
      (inactive) =>
        withScratchUser(client, "chapter04-q1-active", { displayName: "Scratch salesman", active: true, [E]: { department: "Sales" } }, async (active) => {
          let expected: Selection;
          try {
            expected = await select(client, reference, "The question's own filter");
          } catch (error) {
            throw new ServerLimitation(
              `This server cannot evaluate the question's own filter (${error instanceof Error ? error.message : String(error)}), so the check cannot compare.`,
            );
          }
          const found = await select(client, text, `GET /Users?filter=${text}`);
          return { expected, found, inactive: inactive.id as string, active: active.id as string };
        }),
    );
    const { expected, found } = seen;
    if (found.total === expected.total && sameIds(found.ids, expected.ids)) {
      return `Right: ${found.total} users, the ones who are active and work in Sales or Accounting. \`and\` binds tighter than \`or\`, so the parentheses matter.`;
    }
    const urnTip =
      /department/i.test(text) && !/urn:/i.test(text)
        ? " `department` is an Enterprise User attribute: outside the core schema it is named with its schema URN (RFC 7644 §3.10)."
        : "";
    expectThat(found.total > 0, `Your filter finds nobody, while ${expected.total} users are active in Sales or Accounting.${urnTip}`);
    const shown = (ids: string[]) =>
      ids.slice(0, 12).map((id) => found.names.get(id) ?? id).join(", ") + (ids.length > 12 ? `, and ${found.total - 12} more` : "");
    expectThat(
      found.total <= expected.total || found.ids.includes(seen.inactive),
      `Your filter finds ${found.total} users: more than the ${expected.total} who are active in Sales or Accounting. Look at who else it takes in.`,
    );
    expectThat(
      !found.ids.includes(seen.inactive),
      `Your filter finds ${found.total} users, among them an accountant who is not active (the check created one for a moment, ` +
        "and has deleted it again). Everyone it finds must be active, whatever the department; and without parentheses, `and` is applied before `or`.",
    );
    expectThat(
      found.ids.includes(seen.active),
      `Your filter finds ${found.total} user(s) (${shown(found.ids)}), but not an active salesman the check created for a moment ` +
        `(and has deleted again): it picks people, not departments.${urnTip}`,
    );
    expectThat(
      false,
      `Your filter finds ${found.total} user(s) (${shown(found.ids)}); ${expected.total} are active in Sales or Accounting. Each needs both: active, and one of the two departments.${urnTip}`,
    );
  },
});
