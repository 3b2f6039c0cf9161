import { v5 as uuidv5 } from "uuid";
import type { PatchOp } from "../../scim/patch-op.js";
import { directoryEntry } from "../../setup/cast.js";
import { expectThat, NotAttempted } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { moveToSales } from "./01-move-pam.js";
import { createOrUpdate } from "./01-create-or-update.js";
import { findCharles, whileRenamed } from "./01-rename-charles.js";
import { describe, filterAnswer, patchAnswer, tryAnswer } from "./answers.js";
import { findUserId, withScratchGroup } from "./scratch.js";

/**
 * RFC 9562's namespace for X.500 distinguished names (§6.6), to
 * recognise a UUIDv5 of Toby's DN among q1's wrong answers.
 * @see https://www.rfc-editor.org/rfc/rfc9562#section-6.6
 */
const X500_NAMESPACE = "6ba7b814-9dad-11d1-80b4-00c04fd430c8";

const uuidV5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Chapter 01, question 1: the key to send as Toby's externalId, read from his
 * directory entry; compared with the externalId the server holds for him.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 * @see https://www.rfc-editor.org/rfc/rfc9562#section-5.5
 */
const q1 = defineExercise<string>({
  id: "chapter01.q1",
  title: "Toby's externalId",
  hints: [
    "The externalId must stay the same for Toby's whole career, whatever happens to his name, his department or his account on the server.",
    "Look at what `directoryEntry(\"tflenderson\")` returns: one of its members is an identifier the directory gives the entry when it is created and never changes.",
    'It is the LDAP `entryUUID` of his entry: `directoryEntry("tflenderson").entryUUID`.',
  ],
  solution: 'const tobyExternalId: string = directoryEntry("tflenderson").entryUUID;',
  async check(answer, context) {
    expectThat(
      typeof answer === "string",
      `Answer with a string: \`externalId\` is a string attribute (RFC 7643 §3.1); got ${describe(answer)}.`,
    );
    const client = context.client();
    const tobyId = await findUserId(client, "tflenderson");
    if (tobyId === undefined) throw new NotAttempted("Toby is not on the server: run the chapter's setup cell first.");
    const toby = await client.users.get(tobyId);
    if (answer === toby.externalId) {
      return "Right: the directory's identifier of Toby's entry is created with the entry and never changes, whatever his name, department or DN become. The identity provider can always find him by it.";
    }
    const entry = directoryEntry("tflenderson");
    const employeeNumber = entry.user["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"].employeeNumber;
    expectThat(
      answer !== uuidv5(entry.dn, X500_NAMESPACE) && !uuidV5.test(answer),
      "That is a UUID version 5: a hash of a name, here most likely Toby's DN. A DN holds his name and his department, so it changes when he moves to another OU or changes his name, and the key would move with it. Look for an identifier of his directory entry that never changes.",
    );
    expectThat(
      answer !== tobyId,
      "That is Toby's `id`: the server issued it when it created him, and the directory does not know it (on another server it would differ). `externalId` is the client's own key for him.",
    );
    expectThat(
      answer !== entry.user.userName,
      "That is Toby's `userName`: it changes when his name does, and the server already has it. The externalId should be a key that never changes.",
    );
    expectThat(
      answer !== employeeNumber,
      "That is Toby's employee number: an HR key, and a fine one when HR is the source. Here the source is the directory, and it sends another immutable identifier of Toby's entry: look at what his directory entry holds.",
    );
    expectThat(
      false,
      `${JSON.stringify(answer)} is not the externalId the server holds for Toby (the one his directory sent). Read it from his directory entry, exactly as it is written there.`,
    );
  },
});

/**
 * Chapter 01, question 2: a filter that finds Charles whatever his userName;
 * run while Charles is temporarily renamed on the server.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
const q2 = defineExercise<unknown>({
  id: "chapter01.q2",
  title: "Find Charles again",
  hints: [
    "Which identifier of Charles belongs to the identity provider, and stays the same when his userName, name and email change?",
    "Filter on the identifier you sent when you created him, with the `eq` operator; quote the value.",
    'Filter on `externalId` with `eq`: `externalId eq "…"`, with his entryUUID (`charlesEntry.entryUUID`) as the value.',
  ],
  solution: 'const charlesFilter = `externalId eq "${charlesEntry.entryUUID}"`;',
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const charlesId = await findUserId(client, "cminer");
    if (charlesId === undefined) throw new NotAttempted("Charles is not on the server yet: run the cells that create him first.");
    const today = await findCharles(client, text, charlesId);
    expectThat(today.found, `Today, before any change, ${today.message}`);
    const renamed = await whileRenamed(client, charlesId, () => findCharles(client, text, charlesId));
    expectThat(
      renamed.found,
      `The check renamed Charles for a moment (new userName, displayName, name, work email and title) and ran your filter again: ${renamed.message} Your filter depends on something that changes; look for an identifier that does not.`,
    );
    return "Right: your filter found Charles while his userName, name, email and title were all different (he is back as he was). `id` (the server's key) and `externalId` (the identity provider's) both survive a rename; only `externalId` still works when the client has lost the `id`.";
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
    "Of the three PATCH operations, one puts the given values in place of all the others, and one appends to them.",
    "The target is the group's `members` attribute; each member is an object whose `value` is the user's `id` (`charlesId`).",
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
      const patched = await tryAnswer("Your PATCH", () => client.groups.patch(group.id as string, body), { patch: body, resourceType: "Group" });
      const after = patched?.members ? patched : await client.groups.get(group.id as string);
      return (after.members ?? []).map((member) => member.value);
    });
    expectThat(
      members.includes(charlesId),
      "After your PATCH, Charles is not a member of the group: the members are identified by their `value`, the user's `id` on the server.",
    );
    expectThat(
      members.includes(michaelId),
      "Charles is in, but the group's other member is gone: your operation put the values you gave in place of all the existing ones (RFC 7644 §3.5.2.3). Pick the operation that keeps them (§3.5.2.1).",
    );
    expectThat(
      members.length === 2,
      `After your PATCH the group has ${members.length} members: it should have its old member and Charles, nobody else.`,
    );
    return addsBareMember(body)
      ? "Right, Charles is added and the others kept. One thing: `members` is multi-valued (RFC 7643 §2.4), so its portable value is a JSON array; this server takes a single member object too (RFC 7644 §3.5.2.1 speaks of adding \"a new value\"), but some servers refuse it."
      : "Right: `add` appends to `members` and keeps everyone else (RFC 7644 §3.5.2.1).";
  },
});

/**
 * Whether a PatchOp adds a bare member object (not an array) to `members`:
 * RFC 7644 §3.5.2.1 speaks of adding "a new value", and our server takes it,
 * but `members` is multi-valued (RFC 7643 §2.4) and some servers want an array.
 */
function addsBareMember(body: PatchOp): boolean {
  return body.Operations.some((operation) => {
    const value = "value" in operation ? (operation.value as unknown) : undefined;
    const bare = value !== null && typeof value === "object" && !Array.isArray(value) && "value" in value;
    return operation.op.toLowerCase() === "add" && operation.path?.trim().toLowerCase() === "members" && bare;
  });
}

/**
 * The exercises of chapter 01, *Charles joins*: `const { q1, q2, q3, q4, q5 } = chapter01;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export const chapter01 = { q1, q2, q3, q4: createOrUpdate, q5: moveToSales };
