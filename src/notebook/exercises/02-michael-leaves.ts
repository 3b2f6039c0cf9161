import { patch } from "../../scim/patch.js";
import { expectThat, NotAttempted } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe, filterAnswer, patchAnswer, tryAnswer } from "./answers.js";
import { findUserId, withScratchGroup, withScratchUser } from "./scratch.js";

/**
 * Chapter 02, question 1: the soft delete, a PATCH that sets `active` to
 * false, applied to a scratch user.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.1
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
const q1 = defineExercise<unknown>({
  id: "chapter02.q1",
  title: "The soft delete",
  hints: [
    "A soft delete keeps the user and changes one attribute: the user's administrative status.",
    'Replace `active` with `false`: `patch().replace("active", false)`.',
  ],
  solution: 'const deactivate = patch().replace("active", false);',
  async check(answer, context) {
    const body = patchAnswer(answer);
    const client = context.client();
    const after = await withScratchUser(client, "chapter02-q1", { displayName: "Scratch user", active: true }, async (user) => {
      await tryAnswer("Your PATCH", () => client.users.patch(user.id as string, body));
      return client.users.get(user.id as string);
    });
    expectThat(
      after.active === false,
      after.active === undefined
        ? "`active` is now unassigned, not `false`: a server may treat that as active. Set it to `false` with `replace`."
        : "The user is still active: set `active` to `false`, the boolean, not the string.",
    );
    return "Right: the user still exists, with the same id, and can no longer sign in.";
  },
});

/**
 * Chapter 02, question 2: the value-filter path that removes only Michael,
 * applied with `remove` to a scratch group holding Michael and Pam.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.2
 */
const q2 = defineExercise<string>({
  id: "chapter02.q2",
  title: "Only Michael",
  hints: [
    "A path can select items of a multi-valued attribute with a filter in square brackets: `attribute[filter]`.",
    'Select the item of `members` whose `value` is Michael\'s id: `members[value eq "…"]`, with `michaelId` inside the quotes.',
  ],
  solution: 'const removeMichaelPath: string = `members[value eq "${michaelId}"]`;',
  async check(answer, context) {
    expectThat(
      typeof answer === "string" && answer.trim() !== "",
      `Answer with the path as a string, such as \`"members"\`; got ${describe(answer)}.`,
    );
    const client = context.client();
    const [michaelId, pamId] = [await findUserId(client, "mscott"), await findUserId(client, "pbeesly")];
    if (michaelId === undefined || pamId === undefined) {
      throw new NotAttempted("Michael or Pam is not on the server yet: run `courseSetup(client)` first.");
    }
    const operation = await tryAnswer(`patch().remove(${JSON.stringify(answer)})`, async () => patch().remove(answer));
    const members = await withScratchGroup(client, "chapter02-q2", [michaelId, pamId], async (group) => {
      const patched = await tryAnswer("The PATCH with your path", () => client.groups.patch(group.id as string, operation));
      return (patched.members ?? []).map((member) => member.value);
    });
    expectThat(!members.includes(michaelId), "Michael is still a member: the filter in brackets must match his `value`.");
    expectThat(members.includes(pamId), "Michael is out, but so is Pam: select only the member whose `value` is `michaelId`.");
    return "Right: only the items that match the filter in brackets are removed.";
  },
});

/**
 * Chapter 02, question 3: a filter on `active` that finds every deactivated
 * user.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
const q3 = defineExercise<string>({
  id: "chapter02.q3",
  title: "Who has left?",
  hints: [
    "Filter on the attribute that the soft delete changed.",
    "`active eq false`: `false` is a JSON literal, without quotes.",
  ],
  solution: 'const inactiveFilter: string = "active eq false";',
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const michaelId = await findUserId(client, "mscott");
    if (michaelId === undefined) throw new NotAttempted("Michael is not on the server yet: run `courseSetup(client)` first.");
    const michael = await client.users.get(michaelId, { attributes: ["active"] });
    if (michael.active !== false) throw new NotAttempted("Michael is still active: run the soft-delete cell first.");
    const users = await tryAnswer(`GET /Users?filter=${text}`, async () => {
      const all = [];
      for await (const user of client.users.all({ filter: text, attributes: ["userName", "active"] })) all.push(user);
      return all;
    });
    const stillActive = users.find((user) => user.active !== false);
    expectThat(
      stillActive === undefined,
      `Your filter also finds active users, such as ${stillActive?.userName}: keep only those whose \`active\` is \`false\`.`,
    );
    const found = new Set(users.map((user) => user.id));
    expectThat(found.has(michaelId), "Your filter does not find Michael, who is deactivated.");
    expectThat(
      /\bactive\b/i.test(text),
      "It finds today's leavers, but by name: filter on `active`, so it finds tomorrow's too.",
    );
    return `Right: ${found.size} deactivated user${found.size === 1 ? "" : "s"}, Michael among them.`;
  },
});

/**
 * The exercises of chapter 02, *Michael leaves*: `const { q1, q2, q3 } = chapter02;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.6
 */
export const chapter02 = { q1, q2, q3 };
