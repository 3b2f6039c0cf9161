import { randomUUID } from "node:crypto";
import { type ScimError } from "../../scim/errors.js";
import { patch } from "../../scim/patch.js";
import { expectThat, ServerLimitation } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe, isServerRefusal, refusalOf, tryAnswer } from "./answers.js";
import { withScratchGroup, withScratchUser } from "./scratch.js";

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
export const removeFromGroup = defineExercise<RemoveFromGroup>({
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
    let probe = "noTarget" as Probe;
    let untyped: ScimError | undefined;
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
          untyped = await secondCall(() => call("The second call, when the user is no longer a member,", groupId, leaver.id as string));
          after = await members();
          expectThat(after.includes(stayer.id as string), "The second call removed the group's other member: remove only the item of `members` for `userId`.");
          probe = await probeNoTarget(() => client.groups.patch(groupId, patch().remove(`members[value eq "${leaver.id as string}"]`)));
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
    if (untyped !== undefined) {
      throw new ServerLimitation(
        `Your function takes a member out, and lets a real error (an unknown group) through. But on the second call ${refusalOf(untyped)}. ` +
          "RFC 7644 §3.12 answers a remove whose filter matches nothing with 400 `noTarget`; without the scimType, a function cannot tell " +
          "\"already removed\" from any other 400. That is neither correct nor incorrect: this server cannot show whether your function survives `noTarget`.",
      );
    }
    if (probe === "untyped") {
      return `${right} (This server answers a remove whose filter matches nothing with a 400 without \`scimType\`, so it could not show whether your function survives \`noTarget\`, RFC 7644 §3.12.)`;
    }
    return probe === "accepted"
      ? `${right} (This server answers 200 to a remove whose filter matches nothing, so it could not show whether your function survives \`noTarget\`; a stricter server answers 400 \`noTarget\`, RFC 7644 §3.12.)`
      : right;
  },
});

/** How the server answers a remove whose filter matches nothing: 400 `noTarget`, success, or a 400 without `scimType`. */
type Probe = "noTarget" | "accepted" | "untyped" | "other";

async function probeNoTarget(remove: () => Promise<unknown>): Promise<Probe> {
  try {
    await remove();
    return "accepted";
  } catch (error) {
    if (!isServerRefusal(error)) return "other";
    if (error.scimType === "noTarget") return "noTarget";
    return error.status === 400 && error.scimType === undefined ? "untyped" : "other";
  }
}

/**
 * Run the learner's second call. A 400 without `scimType` that their function
 * passed on is returned, not thrown: the server did not say `noTarget`
 * (RFC 7644 §3.12), so the function could not know the user was already out.
 */
async function secondCall(run: () => Promise<unknown>): Promise<ScimError | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    if (isServerRefusal(cause) && cause.status === 400 && cause.scimType === undefined) return cause;
    throw error;
  }
}
