import type { ScimClient } from "../../client/index.js";
import type { User } from "../../scim/user.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";
import { requireEtags } from "./05-etag-support.js";
import { withScratchUser } from "./scratch.js";
import { watchClient } from "./watched-client.js";

/** What the learner writes: read, edit, write with If-Match; on 412 do it all again. */
type SaveWithRetry = (client: ScimClient, id: string, edit: (user: User) => unknown) => unknown;

const dwightsTitle = "Assistant to the Regional Manager";
const jimsNickName = "Big Tuna";

/**
 * Chapter 05, question 2: `saveWithRetry(client, id, edit)` reads a user,
 * applies `edit`, writes it back with `If-Match`, and on 412 reads again and
 * retries. Judged against a concurrent writer: just after the function's
 * first read, the check (Dwight) changes the user's title behind its back.
 * The function must meet a 412, call `edit` again on a fresh copy, and leave
 * both changes on the server: Dwight's title and Jim's nickname.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 * @see https://www.rfc-editor.org/rfc/rfc7232#section-3.1
 */
export const q2 = defineExercise<unknown>({
  id: "chapter05.q2",
  title: "Save, and retry on 412",
  hints: [
    "Send the version you read with the write: `ifMatch: user` (or `user.meta.version`). If someone wrote in between, the server answers 412 Precondition Failed (RFC 7644 §3.14) instead of overwriting their change.",
    "On a 412 (`PreconditionFailedError`, or an error whose `status` is 412) start again from the read: a fresh copy, `edit` applied to it again, the new version in `ifMatch`. Any other error is not yours to retry.",
    "A loop: `for (;;) { const user = await client.users.get(id); try { return await client.users.replace(id, edit(user), { ifMatch: user }); } catch (e) { if (!(e instanceof PreconditionFailedError)) throw e; } }`.",
  ],
  solution:
    "const saveWithRetry = async (client: ScimClient, id: string, edit: (user: User) => User) => {\n" +
    "  for (let attempt = 1; ; attempt++) {\n" +
    "    const user = await client.users.get(id);\n" +
    "    try {\n" +
    "      return await client.users.replace(id, edit(user), { ifMatch: user });\n" +
    "    } catch (error) {\n" +
    "      if (!(error instanceof PreconditionFailedError) || attempt === 5) throw error;\n" +
    "    }\n" +
    "  }\n" +
    "};",
  async check(answer, context) {
    if (typeof answer !== "function") {
      throw new IncorrectAnswer(`Expected a function \`async (client, id, edit) => …\`; got ${describe(answer)}.`);
    }
    const client = context.client();
    const seen = await withScratchUser(client, "chapter05-q2", { displayName: "Scratch Jim", title: "Salesman" }, async (user) => {
      await requireEtags(client, await client.users.get(user.id as string));
      let edits = 0;
      let reads = 0;
      const edit = (copy: User) => {
        edits += 1;
        return { ...copy, nickName: jimsNickName };
      };
      // Dwight, in another session, changes the title just after Jim's first read (and only then).
      const dwight = async (method: string) => {
        if (!["get", "list", "search"].includes(method) || ++reads !== 1) return;
        await client.users.patch(user.id as string, { Operations: [{ op: "replace", path: "title", value: dwightsTitle }] });
      };
      const watched = watchClient(client, 12, dwight);
      let failure: unknown;
      try {
        await (answer as SaveWithRetry)(watched.client, user.id as string, edit as never);
      } catch (error) {
        failure = error;
      } finally {
        watched.stop();
      }
      return { failure, edits, exchanges: watched.exchanges(), after: await client.users.get(user.id as string) };
    });
    const { failure, edits, exchanges, after } = seen;
    const refused = exchanges.filter((exchange) => exchange.status === 412).length;
    const conditional = exchanges.filter((exchange) => exchange.requestHeaders["if-match"] !== undefined).length;
    const awaited = (after as Record<string, unknown>).nickName;
    if (failure !== undefined) {
      const message = failure instanceof Error ? failure.message : String(failure);
      throw new IncorrectAnswer(
        refused > 0
          ? `Your function failed after ${refused} 412 answer(s) and ${edits} call(s) of edit: ${message}`
          : `Your function failed: ${message}`,
      );
    }
    expectThat(edits > 0, "Your function never called `edit`: it should apply it to the user it read.");
    expectThat(
      conditional > 0,
      "Your function wrote without `If-Match`: the server could not know it was writing over a copy someone had changed since it was read " +
        (after.title === dwightsTitle ? "(this time Dwight's change survived by luck)." : "(Dwight's new title is gone: a lost update)."),
    );
    expectThat(
      after.title === dwightsTitle,
      `Dwight's new title is gone (the title is ${JSON.stringify(after.title ?? null)}): your function wrote a copy edited before his change. ` +
        "After a 412, apply `edit` to a fresh copy.",
    );
    expectThat(
      awaited === jimsNickName,
      `Jim's change (nickName ${JSON.stringify(jimsNickName)}) is not on the server${refused > 0 ? ` after ${refused} 412 answer(s)` : ""}: on a 412, read the user again and retry.`,
    );
    return `Right: the first write met a 412 (Dwight had changed the title), your function read again, applied \`edit\` to the fresh copy (${edits} calls in all), and both changes are on the server.`;
  },
});
