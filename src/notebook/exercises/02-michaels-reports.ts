import { SchemaUrn } from "../../scim/urns.js";
import { expectThat } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { filterAnswer, tryAnswer } from "./answers.js";
import { allUsers, managerIdOf, storyIds } from "./directory-reads.js";
import { withScratchUser } from "./scratch.js";

/**
 * Chapter 02, question 5: a filter that finds Michael's reports, the users
 * whose Enterprise `manager.value` is Michael's id (RFC 7643 §4.3). Judged
 * by effect: a scratch user with Michael as manager is made, the filter run
 * on `/Users`, and the result compared with the users whose
 * `manager.value` is Michael's id (read from every user). Text or
 * `filter.*` builder. Extension attributes are named by their schema URN
 * (RFC 7644 §3.10: clients "SHOULD fully qualify extended attributes").
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export const michaelsReports = defineExercise<unknown>({
  id: "chapter02.q5",
  title: "Michael's reports need a new manager",
  hints: [
    "Who reports to whom is in the Enterprise User extension (RFC 7643 §4.3): `manager` is complex, and its `value` is the manager's `id`.",
    "An attribute of an extension is named with its schema URN in front, then a colon (RFC 7644 §3.10): `urn:…:enterprise:2.0:User:department`. A sub-attribute follows with a dot.",
    'Compare `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value` with `eq` and `michaelId` in double quotes.',
  ],
  solution:
    'const reportsFilter: string = `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "${michaelId}"`;',
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const [michaelId] = await storyIds(client, ["mscott"]);
    const input = { displayName: "Scratch report", active: true, [SchemaUrn.EnterpriseUser]: { manager: { value: michaelId } } };
    return withScratchUser(client, "chapter02-q5", input, async (newcomer) => {
      const found = await tryAnswer(`GET /Users?filter=${text}`, () => allUsers(client, text), { filter: text, resourceType: "User" });
      const everyone = await allUsers(client);
      const reports = everyone.filter((user) => managerIdOf(user) === michaelId);
      const foundIds = new Set(found.map((user) => user.id));
      expectThat(
        found.length > 0,
        `Your filter finds nobody, though ${reports.length} users report to Michael. \`manager\` belongs to the Enterprise User extension: name it with the extension's schema URN in front (RFC 7644 §3.10), and compare its \`value\`, which holds the manager's id, not a name (RFC 7643 §4.3).`,
      );
      const stranger = found.find((user) => managerIdOf(everyone.find((u) => u.id === user.id) ?? user) !== michaelId);
      expectThat(
        stranger === undefined,
        `Your filter also finds ${stranger?.userName}, who does not report to Michael: compare the manager's id, nothing else.`,
      );
      expectThat(
        foundIds.has(newcomer.id),
        `Your filter misses a user the check just gave Michael as manager (\`${newcomer.userName}\`): it must find whoever reports to him, not a list of today's names.`,
      );
      const missed = reports.find((user) => !foundIds.has(user.id));
      expectThat(missed === undefined, `Your filter misses ${missed?.userName}, whose manager is Michael.`);
      const count = reports.length - 1;
      return `Right: ${count} people report to Michael (and the check's scratch user). The identity provider now gives each of them a new \`manager\`.`;
    });
  },
});
