import type { ScimClient } from "../../client/index.js";
import { filter } from "../../scim/filter/index.js";
import type { User } from "../../scim/user.js";
import type { UserInput } from "../../scim/user-input.js";
import { courseTag } from "../../setup/course-setup.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe, tryAnswer } from "./answers.js";

/** The learner's answer to q4: a function that creates a user, or updates it when it exists. */
type CreateOrUpdate = (input: UserInput) => Promise<User | undefined>;

/** The two scratch users of the check: one that exists before the call, one that does not. */
const existing = { userName: "scimlab-check-chapter01-q4", externalId: `${courseTag}check:chapter01-q4` };
const fresh = { userName: "scimlab-check-chapter01-q4-new", externalId: `${courseTag}check:chapter01-q4-new` };

/**
 * Chapter 01, question 4: recover from a 409. The learner's `createOrUpdate`
 * is called on a userName that already exists (it must update that user, not
 * fail, not replace it by a new one) and on a new one (it must create it).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export const createOrUpdate = defineExercise<CreateOrUpdate>({
  id: "chapter01.q4",
  title: "Recover from a 409",
  hints: [
    "Try to create the user. The client throws when the server answers with an error; catch it and look at its `status` and `scimType`.",
    "A 409 with `scimType` `uniqueness` means someone already has that userName. Find that user (a filter on `userName`, or on `externalId`), then bring them up to date with `client.users.replace(id, input)` (PUT) or a PATCH. Any other error: throw it again.",
    "The shape: `try { return await client.users.create(input); } catch (error) { if (error.status !== 409) throw error; … }`, where `…` lists `/Users` with `filter.eq(\"userName\", input.userName)` and returns `client.users.replace(thatUser.id, input)`.",
  ],
  solution: [
    "const createOrUpdate = async (input: UserInput) => {",
    "  try {",
    "    return await client.users.create(input);",
    "  } catch (error) {",
    '    if (error.status !== 409 || error.scimType !== "uniqueness") throw error;',
    '    const found = await client.users.list({ filter: filter.eq("userName", input.userName) });',
    "    return await client.users.replace(found.Resources[0].id, input);",
    "  }",
    "};",
  ].join("\n"),
  async check(answer, context) {
    expectThat(
      typeof answer === "function",
      `Answer with a function, \`async (input: UserInput) => { … }\`, that returns the user; got ${describe(answer)}.`,
    );
    const client = context.client();
    await removeScratch(client);
    try {
      await checkExisting(client, answer);
      await checkFresh(client, answer);
    } finally {
      await removeScratch(client);
    }
    return "Right: a retry after a timeout, or a user someone created by hand, no longer stops provisioning. The user keeps their `id` (and with it their group memberships and the manager references to them) and gets the new attributes.";
  },
});

/** The user exists (title "Temp"): the call must update it in place. */
async function checkExisting(client: ScimClient, answer: CreateOrUpdate): Promise<void> {
  const before = await client.users.create({ ...existing, displayName: "Scratch user of a check", title: "Temp" });
  const input: UserInput = { ...existing, displayName: "Scratch user of a check, updated", title: "Sales Representative" };
  const returned = await tryAnswer(
    `createOrUpdate on the existing userName "${existing.userName}"`,
    () => answer(input),
  ).catch((error: Error) => {
    throw new IncorrectAnswer(
      `${error.message}\nThe check first created a user with that userName, so the server refuses a second one with 409 uniqueness (RFC 7644 §3.3): your function must recover from that, not pass it on.`,
    );
  });
  const users = await usersOf(client, existing);
  expectThat(
    users.length === 1,
    `After your call there are ${users.length} users for this person (${users.map((u) => u.userName).join(", ")}): there should be one, the user who was already there.`,
  );
  const [after] = users as [User];
  expectThat(
    after.id === before.id,
    "The user has a new `id`: your function deleted the existing user and created another. Everything that pointed at the old id (group memberships, a manager reference, the identity provider's own record) now points at nothing. Update the user in place.",
  );
  expectThat(
    after.title === input.title && after.displayName === input.displayName,
    `The user is still as it was before your call (title ${JSON.stringify(after.title)}): on a 409 your function must bring the existing user up to date with the input, not just return it.`,
  );
  expectThat(
    (returned as User | undefined)?.id === before.id,
    `Your function updated the user but returned ${describe(returned)}: return the user (the server's answer to your update), so that the caller gets the id.`,
  );
}

/** Nobody has the userName: the call must create the user. */
async function checkFresh(client: ScimClient, answer: CreateOrUpdate): Promise<void> {
  const input: UserInput = { ...fresh, displayName: "New scratch user of a check", title: "Sales Representative" };
  const returned = await tryAnswer(`createOrUpdate on the new userName "${fresh.userName}"`, () => answer(input));
  const users = await usersOf(client, fresh);
  expectThat(
    users.length === 1 && users[0]?.title === input.title,
    users.length === 0
      ? "With a userName nobody has, your function should create the user: after your call the server has no such user."
      : `With a userName nobody has, your function left ${users.length} matching users (${users.map((u) => `${u.userName}: ${u.title}`).join(", ")}): it should create exactly one, with the input's attributes.`,
  );
  expectThat(
    (returned as User | undefined)?.id === users[0]?.id,
    `Your function created the user but returned ${describe(returned)}: return the user, so that the caller gets the id.`,
  );
}

/** The scratch users of one person: by userName or by externalId (a second user with another userName). */
async function usersOf(client: ScimClient, person: { userName: string; externalId: string }): Promise<User[]> {
  const byUserName = await client.users.list({ filter: filter.eq("userName", person.userName) });
  const byExternalId = await client.users.list({ filter: filter.eq("externalId", person.externalId) });
  const users = new Map<string, User>();
  for (const user of [...byUserName.Resources, ...byExternalId.Resources]) users.set(user.id as string, user);
  return [...users.values()];
}

/** Delete the check's scratch users, leftovers of an earlier run included. */
async function removeScratch(client: ScimClient): Promise<void> {
  for (const person of [existing, fresh]) {
    for (const user of await usersOf(client, person)) {
      await client.users.delete(user.id as string).catch(() => undefined);
    }
  }
}
