import type { ScimClient } from "../../client/index.js";
import { parseFilter } from "../../scim/filter/index.js";
import { SchemaUrn } from "../../scim/urns.js";
import type { User } from "../../scim/user.js";
import { matchesFilter } from "../../server/filter/evaluate.js";
import { isScimError } from "../../scim/errors.js";
import { expectThat, IncorrectAnswer, NotAttempted, ServerLimitation } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { filterAnswer, refusalOf, tryAnswer } from "./answers.js";
import { allUsers, managerIdOf, sameIds } from "./directory-reads.js";
import { withScratchUser } from "./scratch.js";

/** What the server and the check saw while the two scratch users existed. */
interface Observed {
  everyone: User[];
  /** What the server found, or why it failed: a wrong filter, or a valid one it cannot evaluate. */
  found: User[] | IncorrectAnswer | ServerLimitation;
  free: string;
  managed: string;
}

async function observe(client: ScimClient, text: string, managerId: string): Promise<Observed> {
  return withScratchUser(client, "chapter03-q5-free", { displayName: "Scratch free agent" }, (free) =>
    withScratchUser(
      client,
      "chapter03-q5-managed",
      { displayName: "Scratch report", [SchemaUrn.EnterpriseUser]: { manager: { value: managerId } } },
      async (managed) => {
        const everyone = await allUsers(client);
        let found: Observed["found"];
        try {
          found = await tryAnswer(`GET /Users?filter=${text}`, () => allUsers(client, text, ["userName"]), { filter: text, resourceType: "User" });
        } catch (error) {
          found = error instanceof IncorrectAnswer || error instanceof ServerLimitation ? error : new IncorrectAnswer(String(error));
        }
        return { everyone, found, free: free.id as string, managed: managed.id as string };
      },
    ),
  );
}

/** The ids `text` selects among `users` by scimlab's own evaluator, or undefined if it cannot evaluate it. */
function evaluateHere(text: string, users: User[]): string[] | undefined {
  try {
    const tree = parseFilter(text);
    return users.filter((user) => matchesFilter(user as Record<string, unknown>, tree, "User")).map((user) => user.id as string);
  } catch {
    return undefined;
  }
}

const ids = (users: User[]) => users.map((user) => user.id as string);

/**
 * Chapter 03, question 5: a filter that finds the users with no manager,
 * judged against every user read from the server while two scratch users
 * exist (one with a manager, one without). When the server's answer differs
 * (or it refuses the filter) but scimlab's own evaluator finds exactly the
 * right users, the outcome is a server limitation: the server cannot
 * evaluate that form, and the answer is neither correct nor incorrect.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export const q5 = defineExercise<unknown>({
  id: "chapter03.q5",
  title: "Who has no manager?",
  hints: [
    "`manager` is not a core User attribute: it belongs to the Enterprise User extension (RFC 7643 §4.3), so a filter names it with the extension's schema URN in front (RFC 7644 §3.10).",
    "`pr` (present) matches the users whose attribute has a value; you want the users for whom that is false.",
    "Wrap the presence test in `not ( … )`, on `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager`.",
  ],
  solution: "const noManagerFilter: string = 'not (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager pr)';",
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const someone = (await client.users.list({ attributes: ["userName"], count: 1 })).Resources[0];
    if (someone === undefined) throw new NotAttempted("There are no users yet: run `courseSetup` first.");
    const seen = await observe(client, text, someone.id as string);
    const expected = seen.everyone.filter((user) => managerIdOf(user) === undefined).map((user) => user.id as string);
    const names = new Map(seen.everyone.map((user) => [user.id as string, user.userName]));
    const show = (list: string[]) => list.map((id) => names.get(id) ?? id).join(", ") || "nobody";
    const refused = seen.found instanceof Error ? seen.found : undefined;
    if (refused === undefined && sameIds(ids(seen.found as User[]), expected)) {
      const ryan = seen.everyone.find((user) => user.userName === "rhoward");
      const why = ryan !== undefined && expected.includes(ryan.id as string) ? "; Ryan is among them since the `PUT` dropped his Enterprise data" : "";
      return `Right: the users whose manager is unassigned, today's and any created later${why}.`;
    }
    if (refused instanceof IncorrectAnswer) throw refused;
    const here = evaluateHere(text, seen.everyone);
    if (here !== undefined && sameIds(here, expected)) {
      const cause = refused?.cause;
      const answered =
        refused === undefined
          ? `found ${(seen.found as User[]).length} user(s) (${show(ids(seen.found as User[]))})`
          : `refused it (${isScimError(cause) ? refusalOf(cause) : refused.message})`;
      throw new ServerLimitation(
        `Evaluated as RFC 7644 §3.4.2.2 says (by scimlab's own evaluator), your filter finds exactly the ${expected.length} ` +
          `users with no manager. But this server ${answered}: it cannot evaluate this form. That is neither correct nor ` +
          "incorrect; a client talking to this server needs another form (see q5.solution()).",
      );
    }
    if (refused !== undefined && here === undefined) throw refused;
    // When the server could not evaluate a valid filter, judge what scimlab's evaluator finds.
    const foundIds = refused === undefined ? ids(seen.found as User[]) : (here as string[]);
    const withManager = seen.everyone.filter((user) => managerIdOf(user) !== undefined).map((user) => user.id as string);
    const urnTip =
      /manager/i.test(text) && !/urn:/i.test(text)
        ? " `manager` belongs to the Enterprise User extension: outside the core schema, an attribute is named with its schema URN (RFC 7644 §3.10)."
        : "";
    expectThat(
      !sameIds(foundIds, withManager),
      `Your filter finds the ${foundIds.length} users who have a manager (${show(foundIds)}): the opposite of the question.`,
    );
    const everyone = seen.everyone.map((user) => user.id as string);
    expectThat(
      !sameIds(foundIds, everyone),
      `Your filter finds every user (${foundIds.length}), those with a manager too.${urnTip}`,
    );
    expectThat(
      !foundIds.includes(seen.managed),
      `Your filter finds ${foundIds.length} user(s), among them a user with a manager (the check created one for a moment, and has deleted it again).${urnTip}`,
    );
    expectThat(
      !sameIds(foundIds, expected.filter((id) => id !== seen.free)),
      `Your filter finds ${foundIds.length} user(s) (${show(foundIds)}), but not a user without a manager that the check created for a moment ` +
        "(and has deleted again): it picks people, not the absence of a manager.",
    );
    throw new IncorrectAnswer(
      `Your filter finds ${foundIds.length} user(s) (${show(foundIds)}); the users with no manager were ${expected.length} (${show(expected)}).${urnTip}`,
    );
  },
});
