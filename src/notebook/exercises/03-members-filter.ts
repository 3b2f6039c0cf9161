import type { ScimClient } from "../../client/index.js";
import { filter, parseFilter } from "../../scim/filter/index.js";
import type { Group } from "../../scim/group.js";
import { patchPath } from "../../scim/patch.js";
import { matchesFilter } from "../../server/filter/evaluate.js";
import { expectThat, ServerLimitation } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { filterAnswer, tryAnswer } from "./answers.js";
import { findCompany } from "./03-company.js";
import { allUsers, sameIds } from "./directory-reads.js";
import { withScratchUser } from "./scratch.js";

/** Users a filter found: their ids and a readable list of their userNames. */
interface Found {
  ids: string[];
  shown: string;
}

/** What the check saw while its newcomer was in the company. */
interface Seen {
  /** What the server answered, or why it could not evaluate the filter. */
  server: Found | ServerLimitation;
  /** Whether the server lists the company in the newcomer's `groups` (RFC 7643 §4.1.2). */
  derived: boolean;
  /** The filter evaluated by scimlab on every user, `groups` taken from the groups' members; when the server could not. */
  here?: Found;
  newcomer: string;
  members: string[];
}

/**
 * The users `text` selects, by scimlab's own evaluator, each user's `groups`
 * derived from the groups' `members` when the server left it out.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
async function evaluateHere(client: ScimClient, text: string): Promise<Found> {
  const tree = parseFilter(text);
  const groups: Group[] = [];
  for await (const group of client.groups.all()) groups.push(group);
  const users = (await allUsers(client)).map((user) => {
    if (user.groups !== undefined && user.groups.length > 0) return user;
    const mine = groups.filter((group) => (group.members ?? []).some((member) => member.value === user.id));
    return { ...user, groups: mine.map((group) => ({ value: group.id as string, display: group.displayName })) };
  });
  const found = users.filter((user) => matchesFilter(user as Record<string, unknown>, tree, "User"));
  return { ids: found.map((user) => user.id as string), shown: found.map((user) => user.userName).join(", ") || "nobody" };
}

async function observe(client: ScimClient, text: string, companyId: string): Promise<Seen> {
  return withScratchUser(client, "chapter03-q2", { displayName: "Scratch newcomer" }, async (user) => {
    const newcomer = user.id as string;
    await client.groups.patch(companyId, { Operations: [{ op: "add", path: "members", value: [{ value: newcomer }] }] });
    try {
      // The whole group: some servers answer attributes=members with members emptied of their value (RFC 7644 §3.9).
      const members = ((await client.groups.get(companyId)).members ?? []).flatMap((member) => member.value ?? []);
      let server: Found | ServerLimitation;
      try {
        const page = await tryAnswer(`GET /Users?filter=${text}`, () => client.users.list({ filter: text, attributes: ["userName"], count: 200 }), {
          filter: text,
          resourceType: "User",
        });
        server = { ids: page.Resources.map((found) => found.id as string), shown: page.Resources.map((found) => found.userName).join(", ") || "nobody" };
      } catch (error) {
        if (!(error instanceof ServerLimitation)) throw error;
        server = error;
      }
      const derived = ((await client.users.get(newcomer)).groups ?? []).some((group) => group.value === companyId);
      const here = server instanceof ServerLimitation || !derived ? await evaluateHere(client, text) : undefined;
      return { server, derived, here, newcomer, members };
    } finally {
      await client.groups.patch(companyId, { Operations: [{ op: "remove", path: patchPath("members", filter.eq("value", newcomer)) }] });
    }
  });
}


/**
 * Chapter 03, question 2: a filter on the users' `groups` that finds the
 * company's members, today's and tomorrow's (a scratch user is added to the
 * company for the check, then removed and deleted). On a server that does
 * not derive `User.groups`, or refuses the filter, the filter is evaluated
 * by scimlab on the groups' members: right there, it is a server
 * limitation; wrong, it is wrong.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
export const q2 = defineExercise<unknown>({
  id: "chapter03.q2",
  title: "Who works there?",
  hints: [
    "Each user's `groups` lists the groups they belong to (read-only, computed from the groups' `members`), and you can filter on it.",
    "An item of `groups` holds the group's id in its sub-attribute `value`; the company's id is `mspc.id`.",
    'Compare that sub-attribute with the id: `groups.value eq "…"` or `groups[value eq "…"]`, with `mspc.id` inside the quotes.',
  ],
  solution: 'const mspcMembersFilter: string = `groups.value eq "${mspc.id}"`;',
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const company = await findCompany(client);
    const seen = await observe(client, text, company.id as string);
    const { members, newcomer } = seen;
    if (!(seen.server instanceof ServerLimitation) && sameIds(seen.server.ids, members)) {
      return "Right: `groups` is read-only, but you can filter on it, and it follows the group's members as they change.";
    }
    const found = seen.here ?? (seen.server as Found);
    if (sameIds(found.ids, members)) {
      if (seen.server instanceof ServerLimitation) throw seen.server;
      throw new ServerLimitation(
        `This server does not fill in \`User.groups\` from the groups' members (RFC 7643 §4.1.2 says it is derived from them), ` +
          `so your filter finds ${seen.server.shown} there. Evaluated by scimlab on the groups' members, it finds exactly the ` +
          `company's ${members.length} members, the check's newcomer included. That is neither correct nor incorrect: this server ` +
          "cannot answer a filter on `groups`; read the group's `members` instead.",
      );
    }
    const today = members.filter((id) => id !== newcomer);
    const where = seen.here === undefined ? "" : " (evaluated by scimlab, as this server could not)";
    expectThat(
      !sameIds(found.ids, today),
      `Your filter finds today's ${today.length} members (${found.shown})${where}, but not a user the check added to the company ` +
        "for a moment (and has removed and deleted again): it picks people, not membership. Ask each user which groups they are in.",
    );
    expectThat(
      false,
      `Your filter finds ${found.ids.length} user(s) (${found.shown})${where}, while the company had ${members.length} member(s) ` +
        "during the check (its three people and a newcomer the check added for a moment).",
    );
  },
});
