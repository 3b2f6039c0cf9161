import { isDeepStrictEqual } from "node:util";
import type { ScimClient } from "../../client/index.js";
import { SchemaUrn } from "../../scim/urns.js";
import type { User } from "../../scim/user.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { dialectHeader, limitation, nonRfcForm, patchBodyOf, refusalText, sendStrict, succeeded } from "./08-provider-forms.js";
import { withScratchUser } from "./scratch.js";

/**
 * The PATCH Microsoft Entra ID sends when Pam marries and leaves: a path-less `Replace` with dotted
 * keys, and `active` as the string "False" (the forms Entra documents, see src/providers).
 */
export const entraPamUpdate = {
  schemas: [SchemaUrn.PatchOp],
  Operations: [
    { op: "Replace", value: { "name.familyName": "Halpert", title: "Office Administrator" } },
    { op: "Replace", path: "active", value: "False" },
  ],
} as const;

/** Pam as the scratch user starts. */
const pam = {
  displayName: "Pam Beesly",
  name: { givenName: "Pam", familyName: "Beesly", formatted: "Pam Beesly" },
  title: "Receptionist",
  active: true,
  emails: [{ value: "pam.beesly@example.com", type: "work", primary: true }],
};

/** What Entra's request means, on any server that reads it as Entra intends. */
const intended = { active: false, name: { givenName: "Pam", familyName: "Halpert", formatted: "Pam Beesly" }, title: "Office Administrator" };

/** The attributes compared, before and after. */
function effect(user: User): Record<string, unknown> {
  const name = user.name ?? {};
  return {
    active: user.active,
    name: { givenName: name.givenName, familyName: name.familyName, formatted: name.formatted },
    title: user.title,
    displayName: user.displayName,
    emails: (user.emails ?? []).map((email) => ({ value: email.value, type: email.type, primary: email.primary === true })),
  };
}

/**
 * Chapter 08, question 1: translate Entra ID's PATCH into the form of RFC 7644. Judged by effect:
 * Entra's body goes to one scratch user (with the `entra` profile; where the server refuses it, the
 * effect Entra intends stands in), the answer to another with the strict profile, and the two users
 * must end alike; the answer must hold none of the non-RFC forms.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.2
 */
export const q1 = defineExercise<unknown>({
  id: "chapter08.q1",
  title: "Translate Entra's PATCH",
  hints: [
    "Three things in Entra's body are not RFC 7644: how `op` is written, the type of `active`'s value, and the keys of the path-less value.",
    "Write `op` in lower case; a boolean is `false`, without quotes; a path-less value's keys are attribute names, so `name.familyName` " +
      "becomes either a `path` of its own or a nested object `{ name: { familyName: … } }`.",
    'With `patch()`: three `replace` operations, on the paths `"name.familyName"`, `"title"` and `"active"` (the last with the boolean `false`).',
  ],
  solution: `const rfcPamUpdate = patch()
  .replace("name.familyName", "Halpert")
  .replace("title", "Office Administrator")
  .replace("active", false);`,
  async check(answer, context) {
    const body = patchBodyOf(answer, true);
    const form = nonRfcForm(body);
    expectThat(form === undefined, `Your PATCH still has a form RFC 7644 does not define: ${form}`);
    const client = context.client();
    const reference = await entraEffect(client);
    const { answer: sent, after, before } = await withScratchUser(client, "chapter08-q1", pam, async (user) => {
      const answer = await sendStrict(client, `/Users/${user.id}`, body);
      return { answer, before: effect(user), after: effect(await client.users.get(user.id as string)) };
    });
    if (!succeeded(sent)) {
      if (sent.status === 400 || sent.status === 501) {
        if (isBodyShapeRefusal(sent.body)) throw new IncorrectAnswer(`The server refused your PATCH: ${refusalText(sent)}.`);
        throw limitation("Your PATCH", sent);
      }
      throw new IncorrectAnswer(`The server refused your PATCH: ${refusalText(sent)}.`);
    }
    const differences = Object.keys(reference).filter((key) => !isDeepStrictEqual(after[key], reference[key]));
    expectThat(
      differences.length === 0,
      `Your PATCH does not do what Entra's does. After it, ${differences
        .map((key) => `\`${key}\` is ${JSON.stringify(after[key])} (Entra's request leaves ${JSON.stringify(reference[key])}` +
          (isDeepStrictEqual(after[key], before[key]) ? ", and yours did not change it" : "") + ")")
        .join("; ")}.`,
    );
    return "Right: the same effect as Entra's request, in a form every RFC 7644 server reads the same way.";
  },
});

/** A 400 about the body's own shape (a missing `schemas`, a bad path), which a valid answer does not cause. */
function isBodyShapeRefusal(body: unknown): boolean {
  const type = (body as { scimType?: unknown } | undefined)?.scimType;
  return type === "invalidSyntax" || type === "invalidValue" || type === "mutability" || type === "noTarget";
}

/** The effect of Entra's request on a scratch Pam, with the `entra` profile; where refused, the effect Entra intends. */
async function entraEffect(client: ScimClient): Promise<Record<string, unknown>> {
  return withScratchUser(client, "chapter08-q1-entra", pam, async (user) => {
    const before = effect(user);
    const answer = await client.raw({ method: "PATCH", path: `/Users/${user.id}`, body: entraPamUpdate, headers: { [dialectHeader]: "entra" } });
    if (!succeeded(answer)) return { ...before, ...intended };
    return effect(await client.users.get(user.id as string));
  });
}
