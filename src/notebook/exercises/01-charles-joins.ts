import { expectThat, NotAttempted } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe, filterAnswer, patchAnswer, tryAnswer } from "./answers.js";
import { findUserId, withScratchGroup } from "./scratch.js";

const uuidV5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Chapter 01, question 1: Toby's externalId, a UUIDv5 of his DN in the X.500
 * namespace, compared with what the server holds.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 * @see https://www.rfc-editor.org/rfc/rfc4122#section-4.3
 */
const q1 = defineExercise<string>({
  id: "chapter01.q1",
  title: "Toby's externalId",
  hints: [
    "Use the same function and namespace as for Charles: `uuidv5(name, namespace)`.",
    "The name is Toby's DN, the namespace is `X500_NAMESPACE`.",
  ],
  solution:
    'const tobyExternalId: string = uuidv5("cn=Toby Flenderson,ou=Human Resources,dc=dundermifflin,dc=com", X500_NAMESPACE);',
  async check(answer, context) {
    expectThat(typeof answer === "string", `Answer with the UUID as a string; got ${describe(answer)}.`);
    expectThat(
      uuidV5.test(answer),
      `${JSON.stringify(answer)} is not a version 5 UUID (the third group starts with 5). Use \`uuidv5(dn, X500_NAMESPACE)\`, not \`v4\`: a random UUID changes on every run.`,
    );
    const client = context.client();
    const tobyId = await findUserId(client, "tflenderson");
    if (tobyId === undefined) throw new NotAttempted("Toby is not on the server yet: run `courseSetup(client)` first.");
    const toby = await client.users.get(tobyId);
    expectThat(
      answer === toby.externalId,
      "That is a UUIDv5, but not Toby's: hash his DN exactly as written (`cn=Toby Flenderson,ou=Human Resources,dc=dundermifflin,dc=com`) in the `X500_NAMESPACE`.",
    );
    return "Right: the same DN and namespace give the same UUID, on any machine, so the directory can always find Toby again.";
  },
});

/**
 * Chapter 01, question 2: a filter that finds Charles whatever his userName,
 * i.e. on his externalId.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
const q2 = defineExercise<string>({
  id: "chapter01.q2",
  title: "Find Charles again",
  hints: [
    "Which identifier of Charles belongs to the identity provider and never changes?",
    'Filter on `externalId` with `eq`, and quote the value: `externalId eq "…"`. `charlesExternalId` holds it.',
  ],
  solution: 'const charlesFilter: string = `externalId eq "${charlesExternalId}"`;',
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const charlesId = await findUserId(client, "cminer");
    if (charlesId === undefined) throw new NotAttempted("Charles is not on the server yet: run the cells that create him first.");
    const found = await tryAnswer(`GET /Users?filter=${text}`, () => client.users.list({ filter: text, attributes: ["userName"] }));
    const names = found.Resources.map((user) => user.userName);
    expectThat(
      found.Resources.length === 1 && found.Resources[0]?.id === charlesId,
      found.Resources.length === 0
        ? "Your filter finds nobody. Check the attribute name and quote the value."
        : `Your filter finds ${names.join(", ")}: it should find Charles and only him.`,
    );
    expectThat(
      /\bexternalId\b/i.test(text),
      "It finds Charles today, but not if his `userName` changes: filter on the identifier that belongs to the identity provider.",
    );
    return "Right: `externalId` is the provisioning client's own key, stable whatever happens to `userName`.";
  },
});

/**
 * Chapter 01, question 3: a PATCH that adds Charles to a group and keeps the
 * other members, applied to a scratch group holding Michael.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.1
 */
const q3 = defineExercise<unknown>({
  id: "chapter01.q3",
  title: "Add without removing",
  hints: [
    "`add` on a multi-valued attribute appends; `replace` puts the given values in place of all the others.",
    'Use `patch().add("members", [{ value: charlesId }])`.',
  ],
  solution: 'const addCharles = patch().add("members", [{ value: charlesId }]);',
  async check(answer, context) {
    const body = patchAnswer(answer);
    const client = context.client();
    const [charlesId, michaelId] = [await findUserId(client, "cminer"), await findUserId(client, "mscott")];
    if (charlesId === undefined || michaelId === undefined) {
      throw new NotAttempted("Charles or Michael is not on the server yet: run the chapter's cells from the top first.");
    }
    const members = await withScratchGroup(client, "chapter01-q3", [michaelId], async (group) => {
      const patched = await tryAnswer("Your PATCH", () => client.groups.patch(group.id as string, body));
      return (patched.members ?? []).map((member) => member.value);
    });
    expectThat(members.includes(charlesId), "After your PATCH, Charles is not a member: add `{ value: charlesId }` to `members`.");
    expectThat(
      members.includes(michaelId),
      "Charles is in, but the group's other member is gone: that is what `replace` does. Use `add`.",
    );
    return "Right: `add` appends to `members` and keeps everyone else.";
  },
});

/**
 * The exercises of chapter 01, *Charles joins*: `const { q1, q2, q3 } = chapter01;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export const chapter01 = { q1, q2, q3 };
