import type { ScimClient } from "../../client/index.js";
import { SchemaUrn } from "../../scim/urns.js";
import type { User } from "../../scim/user.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";
import { withScratchUser } from "./scratch.js";

const newTitle = "Assistant Regional Manager";

/** The attributes a learner's change may touch: the title, and what the server maintains. */
const maintained = new Set(["title", "meta", "schemas"]);

/** The attributes that differ between two copies of a user, other than {@link maintained}. */
function changed(before: User, after: User): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const record = (user: User) => user as Record<string, unknown>;
  return [...keys].filter((key) => !maintained.has(key) && JSON.stringify(record(before)[key]) !== JSON.stringify(record(after)[key]));
}

/**
 * Chapter 05, question 1: `promote(client, id)` gives a user the title
 * "Assistant Regional Manager" and changes nothing else. Judged on a scratch
 * user with a name, addresses, a phone, a nickname and Enterprise data: after
 * the call the title is new and every other attribute is as it was. A PATCH
 * passes, and so does a PUT of the whole user read first.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export const q1 = defineExercise<unknown>({
  id: "chapter05.q1",
  title: "A new title, and nothing else",
  hints: [
    "A PUT replaces the whole resource: what it leaves out, the server clears (RFC 7644 §3.5.1). A PATCH changes only what its operations name (§3.5.2).",
    "One `replace` operation on the path `title` does it; or read the whole user, change its title, and PUT all of it back.",
    "`await client.users.patch(id, patch().replace(\"title\", \"Assistant Regional Manager\"))`, inside `async (client, id) => { … }`.",
  ],
  solution:
    "const promote = async (client: ScimClient, id: string) => {\n" +
    '  await client.users.patch(id, patch().replace("title", "Assistant Regional Manager"));\n' +
    "};",
  async check(answer, context) {
    if (typeof answer !== "function") {
      throw new IncorrectAnswer(`Expected a function \`async (client, id) => { … }\` that changes the user's title; got ${describe(answer)}.`);
    }
    const client = context.client();
    const input = {
      displayName: "Scratch Dwight",
      name: { givenName: "Dwight", familyName: "Schrute", formatted: "Dwight Schrute" },
      nickName: "D",
      title: "Assistant to the Regional Manager",
      emails: [{ value: "scratch.dwight@example.net", type: "work", primary: true }],
      phoneNumbers: [{ value: "+1 570 555 0100", type: "work" }],
      [SchemaUrn.EnterpriseUser]: { department: "Sales", employeeNumber: "S-0001" },
    };
    const { before, after } = await withScratchUser(client, "chapter05-q1", input, async (user) => {
      const before = await client.users.get(user.id as string);
      try {
        await (answer as (client: ScimClient, id: string) => unknown)(client, user.id as string);
      } catch (error) {
        throw new IncorrectAnswer(`Your function failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { before, after: await client.users.get(user.id as string) };
    });
    const lost = changed(before, after);
    expectThat(
      after.title === newTitle,
      `The title is ${JSON.stringify(after.title ?? null)} after your function ran: it should be ${JSON.stringify(newTitle)}.`,
    );
    expectThat(
      lost.length === 0,
      `The title is new, but ${lost.join(", ")} changed too. A PUT replaces the whole user, and the attributes it leaves out are cleared (RFC 7644 §3.5.1): ` +
        "change only what you mean to change.",
    );
    return "Right: the title changed and nothing else did.";
  },
});
