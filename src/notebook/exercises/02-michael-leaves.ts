import { randomUUID } from "node:crypto";
import type { ScimClient } from "../../client/index.js";
import { isScimError } from "../../scim/errors.js";
import type { PatchOp } from "../../scim/patch-op.js";
import { patch } from "../../scim/patch.js";
import { SchemaUrn } from "../../scim/urns.js";
import type { User } from "../../scim/user.js";
import { expectThat, NotAttempted } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe, filterAnswer, patchAnswer, tryAnswer } from "./answers.js";
import { findUserId, withScratchGroup, withScratchUser } from "./scratch.js";

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
      await tryAnswer("Your PATCH", () => client.users.patch(user.id as string, body));
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
      const patched = await tryAnswer("The PATCH with your path", () => client.groups.patch(group.id as string, operation));
      return (patched.members ?? []).map((member) => member.value);
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
        const found = await tryAnswer(`GET /Users?filter=${text}`, () => allUsers(client, text, ["userName", "active"]));
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

/** What q4 expects: `removeFromGroup(groupId, userId)`. */
export type RemoveFromGroup = (groupId: string, userId: string) => Promise<unknown>;

/**
 * Chapter 02, question 4: a `removeFromGroup(groupId, userId)` that is safe
 * to run twice. A `remove` whose filter matches nothing is 400 `noTarget`
 * (RFC 7644 §3.12: "the specified "path" value contains a filter that yields
 * no match"), so a naive cell fails when re-run; a function that swallows
 * every error hides real failures. Judged on a scratch group with two
 * scratch users: called twice for one of them (no throw, that user out, the
 * other in), then on a group that does not exist (must reject).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.2
 */
const q4 = defineExercise<RemoveFromGroup>({
  id: "chapter02.q4",
  title: "Safe to run twice",
  hints: [
    "Run the remove cell of this chapter a second time: what does the server answer when the filter in the path matches no member (RFC 7644 §3.12)?",
    "\"Already removed\" is success for this function; any other error (a group that does not exist, a server that is down) is not. Either look before you PATCH, or catch only that one error.",
    "Wrap the `client.groups.patch(groupId, patch().remove(…))` call in `try`/`catch`, and in the `catch` rethrow the error unless it is a `NoTargetError` (or its `scimType` is `\"noTarget\"`).",
  ],
  solution: [
    "const removeFromGroup = async (groupId: string, userId: string) => {",
    "  try {",
    '    await client.groups.patch(groupId, patch().remove(`members[value eq "${userId}"]`));',
    "  } catch (error) {",
    "    if (!(error instanceof NoTargetError)) throw error; // not a member any more: nothing to do",
    "  }",
    "};",
  ].join("\n"),
  async check(answer, context) {
    expectThat(
      typeof answer === "function",
      `Answer with a function \`async (groupId, userId) => { … }\`; got ${describe(answer)}.`,
    );
    const client = context.client();
    let lenient = false;
    const call = (what: string, groupId: string, userId: string) =>
      tryAnswer(what, async () => answer(groupId, userId));
    await withScratchUser(client, "chapter02-q4-leaves", { displayName: "Scratch leaver" }, (leaver) =>
      withScratchUser(client, "chapter02-q4-stays", { displayName: "Scratch stayer" }, (stayer) =>
        withScratchGroup(client, "chapter02-q4", [leaver.id as string, stayer.id as string], async (group) => {
          const groupId = group.id as string;
          const members = async () => ((await client.groups.get(groupId)).members ?? []).map((member) => member.value);
          await call("The first call, with a member", groupId, leaver.id as string);
          let after = await members();
          expectThat(!after.includes(leaver.id as string), "After the first call the user is still a member: the function must take them out of the group it is given.");
          expectThat(after.includes(stayer.id as string), "The user is out, but so is the group's other member: remove only the item of `members` for `userId`.");
          await call("The second call, when the user is no longer a member,", groupId, leaver.id as string);
          after = await members();
          expectThat(after.includes(stayer.id as string), "The second call removed the group's other member: remove only the item of `members` for `userId`.");
          const strict = await client.groups.patch(groupId, patch().remove(`members[value eq "${leaver.id as string}"]`)).then(
            () => false,
            (error: unknown) => isScimError(error) && error.scimType === "noTarget",
          );
          lenient = !strict;
          const unknownGroup = randomUUID();
          const failed = await answer(unknownGroup, leaver.id as string).then(
            () => false,
            () => true,
          );
          expectThat(
            failed,
            "Called with a group that does not exist, your function succeeds silently: it swallows every error. Treat only \"not a member any more\" as done and let real errors (here 404, RFC 7644 §3.12) through.",
          );
        }),
      ),
    );
    const right = "Right: re-running it is harmless, and a real error (an unknown group) still stops the cell. That is what an identity provider's retry loop needs.";
    return lenient
      ? `${right} (This server answers 200 to a remove whose filter matches nothing, so it could not show whether your function survives \`noTarget\`; a stricter server answers 400 \`noTarget\`, RFC 7644 §3.12.)`
      : right;
  },
});

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
const q5 = defineExercise<unknown>({
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
      const found = await tryAnswer(`GET /Users?filter=${text}`, () => allUsers(client, text));
      const everyone = await allUsers(client);
      const reports = everyone.filter((user) => managerOf(user) === michaelId);
      const foundIds = new Set(found.map((user) => user.id));
      expectThat(
        found.length > 0,
        `Your filter finds nobody, though ${reports.length} users report to Michael. \`manager\` belongs to the Enterprise User extension: name it with the extension's schema URN in front (RFC 7644 §3.10), and compare its \`value\`, which holds the manager's id, not a name (RFC 7643 §4.3).`,
      );
      const stranger = found.find((user) => managerOf(everyone.find((u) => u.id === user.id) ?? user) !== michaelId);
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

/** The ids of these storyline users; not attempted while one is missing. */
async function storyIds(client: ScimClient, userNames: string[]): Promise<string[]> {
  const ids = await Promise.all(userNames.map((userName) => findUserId(client, userName)));
  const missing = userNames.filter((_, i) => ids[i] === undefined);
  if (missing.length > 0) {
    throw new NotAttempted(`${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not on the server yet: run the chapter's setup cell first.`);
  }
  return ids as string[];
}

/**
 * Every user (every page), or every user matching `text`; with `attributes`
 * when given. (q5 reads whole users: scimmy 1.3.5 fails on `attributes`
 * naming an extension attribute.)
 */
async function allUsers(client: ScimClient, text?: string, attributes?: string[]): Promise<User[]> {
  const users: User[] = [];
  const query = { ...(text === undefined ? {} : { filter: text }), ...(attributes === undefined ? {} : { attributes }) };
  for await (const user of client.users.all(query)) users.push(user);
  return users;
}

/** The id in a user's Enterprise `manager.value`, if any. */
function managerOf(user: User): string | undefined {
  const enterprise = (user as Record<string, unknown>)[SchemaUrn.EnterpriseUser] as { manager?: { value?: unknown } } | undefined;
  const value = enterprise?.manager?.value;
  return typeof value === "string" ? value : undefined;
}

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
export const chapter02 = { q1, q2, q3, q4, q5 };
