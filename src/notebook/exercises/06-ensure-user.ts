import type { ScimClient } from "../../client/index.js";
import { isScimError } from "../../scim/errors.js";
import { filter } from "../../scim/filter/index.js";
import type { User } from "../../scim/user.js";
import type { UserInput } from "../../scim/user-input.js";
import { courseTag } from "../../setup/course-setup.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";

/** The learner's answer: create the user, or find the one that already has this userName. */
type EnsureUser = (input: UserInput) => Promise<User | undefined>;

/** The check's scratch people: one created before the call (the "first attempt"), one new, one refused. */
const earlier = { userName: "scimlab-check-chapter06-q2", externalId: `${courseTag}check:chapter06-q2` };
const fresh = { userName: "scimlab-check-chapter06-q2-new", externalId: `${courseTag}check:chapter06-q2-new` };
const refused = { userName: "scimlab-check-chapter06-q2-bad", externalId: `${courseTag}check:chapter06-q2-bad` };

/**
 * Chapter 06, question 2: a create that is safe to send again. A POST whose answer was lost (a timeout,
 * a dropped connection) may have been applied: sent again, it gets 409 `uniqueness` (RFC 7644 §3.3).
 * `ensureUser(input)` turns that 409 into a lookup and returns the user who exists, creates a new user
 * otherwise, and lets every other error through. Judged on scratch users: one that exists (same `id`
 * back, no second user), one that does not (created), and a request the server refuses with 400
 * (the error must reach the caller, not become a lookup).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export const q2 = defineExercise<EnsureUser>({
  id: "chapter06.q2",
  title: "A create that is safe to send again",
  hints: [
    "Create the user; when the server says the userName is taken, the user you wanted is already there: find them instead of failing.",
    "Catch the error and look at its `status` (409) and `scimType` (`uniqueness`); then list `/Users` with a filter on `userName` and return the user found. Any other error: throw it again, unchanged.",
    'Inside `catch (error)`: `if (error.status !== 409 || error.scimType !== "uniqueness") throw error;` then `client.users.list({ filter: filter.eq("userName", input.userName) })` and return its first resource.',
  ],
  solution: [
    "const ensureUser = async (input: UserInput) => {",
    "  try {",
    "    return await client.users.create(input);",
    "  } catch (error) {",
    '    if (!(error instanceof UniquenessError)) throw error; // 409 uniqueness: the user is already there',
    '    const found = await client.users.list({ filter: filter.eq("userName", input.userName) });',
    "    return found.Resources[0];",
    "  }",
    "};",
  ].join("\n"),
  async check(answer, context) {
    expectThat(typeof answer === "function", `Answer with a function, \`async (input: UserInput) => { … }\`, that returns the user; got ${describe(answer)}.`);
    const client = context.client();
    await removeScratch(client);
    try {
      await checkEarlier(client, answer);
      await checkFresh(client, answer);
      await checkRefused(client, answer);
    } finally {
      await removeScratch(client);
    }
    return "Right: sending the create again is harmless now. The user keeps one record and one `id`, and a request the server refuses for another reason still fails loudly.";
  },
});

/** An earlier attempt was applied: the call must return that user, and leave one. */
async function checkEarlier(client: ScimClient, ensure: EnsureUser): Promise<void> {
  const first = await client.users.create({ ...earlier, displayName: "Created by the first attempt" });
  const input: UserInput = { ...earlier, displayName: "Created by the first attempt" };
  let returned: User | undefined;
  try {
    returned = await ensure(input);
  } catch (error) {
    throw new IncorrectAnswer(
      `The user "${earlier.userName}" already exists (as if an earlier attempt had been applied and its answer lost), and your function threw ` +
        `${isScimError(error) ? `the server's ${error.status}${error.scimType ? ` ${error.scimType}` : ""}` : describeError(error)}: it must find that user and return them, not fail.`,
    );
  }
  const users = await usersOf(client, earlier);
  expectThat(users.length === 1, `After your call there are ${users.length} users for "${earlier.userName}" (${users.map((user) => user.userName).join(", ")}): there should be one, the user who was already there.`);
  expectThat(users[0]?.id === first.id, "The user has a new `id`: your function deleted the existing user and created another, and everything that pointed at the old id now points at nothing.");
  expectThat(
    (returned as User | undefined)?.id === first.id,
    `The user exists, but your function returned ${describe(returned)}: return the existing user (with their \`id\`), so that the caller can go on as if the create had succeeded.`,
  );
}

/** Nobody has the userName: the call must create the user. */
async function checkFresh(client: ScimClient, ensure: EnsureUser): Promise<void> {
  const input: UserInput = { ...fresh, displayName: "New scratch user of a check" };
  let returned: User | undefined;
  try {
    returned = await ensure(input);
  } catch (error) {
    throw new IncorrectAnswer(`With a userName nobody has, your function threw ${describeError(error)}: it should create the user.`);
  }
  const users = await usersOf(client, fresh);
  expectThat(users.length === 1, users.length === 0 ? "With a userName nobody has, your function should create the user: after your call the server has no such user." : `With a userName nobody has, your function left ${users.length} users: it should create exactly one.`);
  expectThat((returned as User | undefined)?.id === users[0]?.id, `Your function created the user but returned ${describe(returned)}: return the user, so that the caller gets the id.`);
}

/** The server refuses the create with 400 (no userName value): the caller must get that error. */
async function checkRefused(client: ScimClient, ensure: EnsureUser): Promise<void> {
  // An empty userName passes the client's checks and is refused by the server: 400 invalidValue (RFC 7643 §4.1).
  const input = { externalId: refused.externalId, userName: "" } as UserInput;
  let returned: unknown;
  try {
    returned = await ensure(input);
  } catch (error) {
    expectThat(
      isScimError(error) && error.status === 400,
      `For a create the server refuses with 400 (an empty userName), your function threw ${describeError(error)} instead of the server's own error: let errors other than 409 \`uniqueness\` reach the caller unchanged, so that they say what went wrong.`,
    );
    return;
  }
  // A server that accepts an empty userName created the user: nothing was refused, so nothing to judge here.
  if ((await usersOf(client, refused)).length > 0) return;
  throw new IncorrectAnswer(
    `For a create the server refuses with 400 (an empty userName), your function returned ${describe(returned)}: the caller believes the user exists. Only a 409 \`uniqueness\` means "already there" (RFC 7644 §3.12); let any other error through.`,
  );
}

function describeError(error: unknown): string {
  if (isScimError(error)) return `${error.name} (${error.status}${error.scimType ? ` ${error.scimType}` : ""})`;
  return error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
}

/** The scratch users of one person: by userName or by externalId. */
async function usersOf(client: ScimClient, person: { userName: string; externalId: string }): Promise<User[]> {
  const byUserName = await client.users.list({ filter: filter.eq("userName", person.userName) });
  const byExternalId = await client.users.list({ filter: filter.eq("externalId", person.externalId) });
  const users = new Map<string, User>();
  for (const user of [...byUserName.Resources, ...byExternalId.Resources]) users.set(user.id as string, user);
  return [...users.values()];
}

/** Delete the check's scratch users, leftovers of an earlier run included. */
async function removeScratch(client: ScimClient): Promise<void> {
  for (const person of [earlier, fresh, refused]) {
    for (const user of await usersOf(client, person)) await client.users.delete(user.id as string).catch(() => undefined);
  }
}
