import type { PatchOp } from "../../scim/patch-op.js";
import { patch } from "../../scim/patch.js";
import { SchemaUrn } from "../../scim/urns.js";
import { expectThat } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe, filterAnswer, patchAnswer, tryAnswer } from "./answers.js";
import { michaelsReports } from "./02-michaels-reports.js";
import { removeFromGroup } from "./02-remove-from-group.js";
import { allUsers, storyIds } from "./directory-reads.js";
import { withScratchGroup, withScratchUser } from "./scratch.js";

/**
 * Chapter 02, question 1: the soft delete, a PATCH that sets `active` to
 * false, applied to a scratch user. Any PATCH with that effect passes
 * (`replace` with or without a path, `add`, which replaces a single-valued
 * attribute, RFC 7644 §3.5.2.1), except one that sends `active` as a string:
 * `active` is a Boolean (RFC 7643 §4.1.1) and "false" is not one
 * (RFC 7643 §2.3.2), even if a lenient server coerces it.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.1
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
const q1 = defineExercise<unknown>({
  id: "chapter02.q1",
  title: "The soft delete",
  hints: [
    "A soft delete keeps the user and changes one attribute: the user's administrative status (RFC 7643 §4.1.1).",
    "That attribute is `active`, a Boolean: build a `patch()` with one operation that gives it a new value.",
    "Use the operation that puts a new value in place of the old one, with the path `active` and the JSON literal `false` (no quotes).",
  ],
  solution: 'const deactivate = patch().replace("active", false);',
  async check(answer, context) {
    const body = patchAnswer(answer);
    const typed = activeAsText(body);
    expectThat(
      typed === undefined,
      `Your PATCH sends \`active\` as the string ${JSON.stringify(typed)}. \`active\` is a Boolean (RFC 7643 §4.1.1), and a Boolean is the JSON literal true or false, without quotes (RFC 7643 §2.3.2). This server may coerce the string; a strict one answers 400 \`invalidValue\`.`,
    );
    const client = context.client();
    const input = { displayName: "Scratch user", title: "Scratch", active: true };
    const after = await withScratchUser(client, "chapter02-q1", input, async (user) => {
      await tryAnswer("Your PATCH", () => client.users.patch(user.id as string, body), { patch: body, resourceType: "User" });
      return client.users.get(user.id as string);
    });
    expectThat(
      after.active === false,
      after.active === undefined
        ? "`active` is now unassigned, not false: a server may treat a user without `active` as active. Give it a value."
        : "The user is still active: the PATCH must leave `active` false.",
    );
    expectThat(
      after.displayName === input.displayName && after.title === input.title,
      "The user is deactivated, but other attributes changed too: a soft delete changes `active` and nothing else.",
    );
    return "Right: the user still exists, with the same id and data, and can no longer sign in.";
  },
});

/**
 * Chapter 02, question 2: a path that removes only Michael, applied with
 * `remove` to a scratch group holding Michael, Pam and Dwight, and judged by
 * what remains (any path with that effect passes).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.2
 */
const q2 = defineExercise<string>({
  id: "chapter02.q2",
  title: "Only Michael",
  hints: [
    "A path can select some items of a multi-valued attribute with a filter in square brackets: `attribute[filter]` (RFC 7644 §3.5.2).",
    "Inside the brackets, attribute names are relative to one item of `members`: `value`, `display`, `type`.",
    "Select the item of `members` whose `value` equals Michael's id, with `eq` and `michaelId` inside the double quotes (a template string helps).",
  ],
  solution: 'const removeMichaelPath: string = `members[value eq "${michaelId}"]`;',
  async check(answer, context) {
    expectThat(
      typeof answer === "string" && answer.trim() !== "",
      `Answer with the path as a string, such as \`"members"\`; got ${describe(answer)}.`,
    );
    const client = context.client();
    const ids = await storyIds(client, ["mscott", "pbeesly", "dschrute"]);
    const [michaelId, ...othersIds] = ids;
    const operation = await tryAnswer(`patch().remove(${JSON.stringify(answer)})`, async () => patch().remove(answer));
    const members = await withScratchGroup(client, "chapter02-q2", ids, async (group) => {
      const id = group.id as string;
      const sent = { patch: operation.build(), resourceType: "Group" } as const;
      const patched = await tryAnswer("The PATCH with your path", () => client.groups.patch(id, operation), sent);
      // A server may answer 204 with no body (RFC 7644 §3.5.2): then read the group.
      return ((patched ?? (await client.groups.get(id))).members ?? []).map((member) => member.value);
    });
    expectThat(!members.includes(michaelId), "Michael is still a member: the filter in brackets must select his item of `members`.");
    const gone = othersIds.filter((id) => !members.includes(id)).length;
    expectThat(
      gone === 0,
      `Michael is out, but so ${gone === 1 ? "is another member" : "are the other members"}: select only the item whose \`value\` is Michael's id.`,
    );
    expectThat(
      members.length === othersIds.length,
      `The group now has ${members.length} members where 2 should remain: your path changed the other items instead of removing Michael's.`,
    );
    return "Right: only the items that match the filter in brackets are removed.";
  },
});

/**
 * Chapter 02, question 3: a filter that finds every deactivated user,
 * today's and tomorrow's. Judged by effect: the check makes one inactive and
 * one active scratch user, runs the filter on `/Users`, and requires it to
 * find every user whose `active` is false (the new one included) and no
 * user whose `active` is true. Text or `filter.*` builder.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
const q3 = defineExercise<unknown>({
  id: "chapter02.q3",
  title: "Who has left?",
  hints: [
    "Filter on the attribute that the soft delete changed, not on names: names only find today's leavers.",
    "A filter compares an attribute with a value: `attribute operator value` (RFC 7644 §3.4.2.2).",
    "Compare `active` with the JSON literal `false`, without quotes (or build it with `filter.eq`).",
  ],
  solution: 'const inactiveFilter: string = "active eq false";',
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    return withScratchUser(client, "chapter02-q3-left", { displayName: "Scratch leaver", active: false }, (leaver) =>
      withScratchUser(client, "chapter02-q3-stays", { displayName: "Scratch stayer", active: true }, async (stayer) => {
        const found = await tryAnswer(`GET /Users?filter=${text}`, () => allUsers(client, text, ["userName", "active"]), {
          filter: text,
          resourceType: "User",
        });
        const everyone = await allUsers(client, undefined, ["userName", "active"]);
        const foundIds = new Set(found.map((user) => user.id));
        const active = found.find((user) => everyone.find((u) => u.id === user.id)?.active === true);
        expectThat(
          active === undefined,
          `Your filter also finds active users, such as ${active?.id === stayer.id ? "a user the check created active" : active?.userName}: keep only those whose \`active\` is false.`,
        );
        expectThat(
          foundIds.has(leaver.id),
          `Your filter misses a user the check deactivated just now (\`${leaver.userName}\`): it must find tomorrow's leavers too, so filter on what the soft delete changes.`,
        );
        const missed = everyone.find((user) => user.active === false && !foundIds.has(user.id));
        expectThat(missed === undefined, `Your filter misses ${missed?.userName}, whose \`active\` is false.`);
        const count = foundIds.size - 1;
        return `Right: ${count} deactivated user${count === 1 ? "" : "s"} besides the check's own, and tomorrow's leavers too.`;
      }),
    );
  },
});

/**
 * The string value a PatchOp gives `active`, if any: with a path
 * (`active`, `urn:…:core:2.0:User:active`) or inside a path-less value.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.2
 */
function activeAsText(body: PatchOp): string | undefined {
  const isActive = (path: string) => path.trim().toLowerCase().replace(`${SchemaUrn.User.toLowerCase()}:`, "") === "active";
  for (const operation of body.Operations as Array<{ op?: unknown; path?: unknown; value?: unknown }>) {
    if (String(operation.op).toLowerCase() === "remove") continue;
    if (typeof operation.path === "string") {
      if (isActive(operation.path) && typeof operation.value === "string") return operation.value;
      continue;
    }
    const values = operation.value !== null && typeof operation.value === "object" ? Object.entries(operation.value) : [];
    for (const [key, value] of values) {
      if (isActive(key) && typeof value === "string") return value;
      if (key.toLowerCase() === SchemaUrn.User.toLowerCase() && value !== null && typeof value === "object") {
        const inner = Object.entries(value).find(([name]) => isActive(name))?.[1];
        if (typeof inner === "string") return inner;
      }
    }
  }
  return undefined;
}

/**
 * The exercises of chapter 02, *Michael leaves*: `const { q1, q2, q3, q4, q5 } = chapter02;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.6
 */
export const chapter02 = { q1, q2, q3, q4: removeFromGroup, q5: michaelsReports };
