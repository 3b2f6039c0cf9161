import type { ScimClient } from "../../client/index.js";
import { filter } from "../../scim/filter/index.js";
import { courseTag } from "../../setup/course-setup.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";

/** The record question 3's function provisions. */
export interface JoinerRecord {
  entryUUID: string;
  userName: string;
  displayName: string;
}

type EnsureUser = (client: ScimClient, record: JoinerRecord) => Promise<unknown>;

/**
 * Chapter 07, question 3: an apply step that can run twice, or resume after
 * a run that stopped halfway: make sure a user exists for a record (found by
 * its immutable key) and carries the record's userName and displayName.
 * Judged on scratch users (key `scimlab:check:…`, deleted after): a first
 * run creates, a second run (or a run resumed after one that stopped
 * halfway) finds that user and creates no other, and a run after a rename
 * updates the same user.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export const q3 = defineExercise<EnsureUser>({
  id: "chapter07.q3",
  title: "A step you can run twice",
  hints: [
    "Look before you write: is there already a user for this record? Ask the server with a filter on the attribute that holds the record's key.",
    "Found: change only what differs (a PATCH), and return its id. Not found: create it, with the key as `externalId`. Never look people up by userName: a rename changes it.",
    'Filter `externalId eq "<entryUUID>"` (`filter.eq("externalId", record.entryUUID)`); if `Resources[0]` exists, `patch().replace("userName", …).replace("displayName", …)` it; else `client.users.create({ userName, displayName, externalId: record.entryUUID })`. Return the id.',
  ],
  solution: `const ensureUser = async (client: ScimClient, record: { entryUUID: string; userName: string; displayName: string }) => {
  const found = await client.users.list({ filter: filter.eq("externalId", record.entryUUID) });
  const user = found.Resources[0];
  if (!user) {
    return (await client.users.create({ userName: record.userName, displayName: record.displayName, externalId: record.entryUUID })).id;
  }
  if (user.userName !== record.userName || user.displayName !== record.displayName) {
    await client.users.patch(user.id, patch().replace("userName", record.userName).replace("displayName", record.displayName));
  }
  return user.id;
};`,
  async check(answer, context) {
    expectThat(typeof answer === "function", `Answer with a function \`async (client, record) => id\`; got ${describe(answer)}.`);
    const client = context.client();
    const key = `${courseTag}check:chapter07-q3`;
    const first: JoinerRecord = { entryUUID: key, userName: "scimlab-check-ch07-q3-erin", displayName: "Erin Hannon" };
    const renamed: JoinerRecord = { ...first, userName: "scimlab-check-ch07-q3-kelly", displayName: "Kelly Erin Hannon" };
    await cleanUp(client, key, [first.userName, renamed.userName]);
    try {
      const run = async (label: string, record: JoinerRecord) => {
        let id: unknown;
        try {
          id = await answer(client, { ...record });
        } catch (error) {
          const cause = error as { status?: unknown; detail?: unknown; message?: unknown };
          throw new IncorrectAnswer(`${label}, your function failed: ${cause.status ? `${String(cause.status)} ` : ""}${String(cause.detail ?? cause.message ?? error).replace(/\.$/, "")}.`);
        }
        const users = await holders(client, key);
        expectThat(users.length > 0, `${label}, there is no user whose externalId is the record's key: create the user with \`externalId\` = entryUUID.`);
        expectThat(
          users.length === 1,
          `${label}, ${users.length} users carry the record's key: your function created a user when one for this key already existed.`,
        );
        const user = users[0] as { id: string; userName?: string; displayName?: string };
        expectThat(id === user.id, `${label}, your function returned ${describe(id)}; return the user's id (the next steps, a group membership, need it).`);
        expectThat(
          user.userName === record.userName && user.displayName === record.displayName,
          `${label}, the user is ${JSON.stringify(user.userName)} / ${JSON.stringify(user.displayName)}; the record says ` +
            `${JSON.stringify(record.userName)} / ${JSON.stringify(record.displayName)}.`,
        );
        return user.id;
      };
      const created = await run("On a first run", first);
      const again = await run("Run a second time with the same record (or resumed after a run that stopped halfway)", first);
      expectThat(again === created, "The second run left a different user: it must find and keep the first one.");
      const afterRename = await run("After a rename in HR (same entryUUID, new userName and displayName)", renamed);
      expectThat(afterRename === created, "After the rename the record's user is a new one: a rename must keep the user (and its id, history, memberships).");
      return "Right: the step finds the user by the immutable key before writing, so running it again changes nothing and a rename updates the same user.";
    } finally {
      await cleanUp(client, key, [first.userName, renamed.userName]);
    }
  },
});

/** The users whose externalId is `key`. */
async function holders(client: ScimClient, key: string): Promise<Array<{ id: string; userName?: string; displayName?: string }>> {
  const page = await client.users.list({ filter: filter.eq("externalId", key) });
  return page.Resources.map((user) => ({ id: user.id as string, userName: user.userName, displayName: user.displayName }));
}

/** Delete the question's scratch users: by key and by the userNames it uses. */
async function cleanUp(client: ScimClient, key: string, userNames: string[]): Promise<void> {
  const ids = new Set((await holders(client, key)).map((user) => user.id));
  for (const userName of userNames) {
    const page = await client.users.list({ filter: filter.eq("userName", userName), attributes: ["id"] });
    for (const user of page.Resources) ids.add(user.id as string);
  }
  for (const id of ids) await client.users.delete(id).catch(() => undefined);
}
