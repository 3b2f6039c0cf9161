import type { ScimClient } from "../../client/index.js";
import type { PatchOp } from "../../scim/patch-op.js";
import { SchemaUrn } from "../../scim/urns.js";
import { expectThat, IncorrectAnswer, NotAttempted } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe, patchAnswer, tryAnswer } from "./answers.js";
import { lowerCaseOps } from "./03-company.js";
import { withScratchGroup } from "./scratch.js";

/** The learner's function: the PATCH that turns `current` into `target`, or nothing. */
type SyncMembers = (current: string[], target: string[]) => unknown;

/** One case of the check, as indexes into a list of user ids; `meanwhile` joined the group after the snapshot. */
interface SyncCase {
  label: string;
  current: number[];
  target: number[];
  meanwhile?: number;
}

const cases: SyncCase[] = [
  { label: "some to add and one to remove", current: [0, 1, 2], target: [1, 2, 3, 4], meanwhile: 6 },
  { label: "only additions", current: [0], target: [0, 1, 2] },
  { label: "only removals", current: [0, 1, 2, 3], target: [1] },
  { label: "nothing to change (the same members in another order)", current: [0, 1], target: [1, 0] },
];

/**
 * Chapter 03, question 4: a function that makes a group's membership
 * exactly a target list with `add` for the missing members and `remove`
 * (value filter) for the extra ones, never touching the unchanged ones.
 * Judged on scratch groups: the membership afterwards, a member another
 * client added meanwhile (it must stay), and the operations' text (they
 * must not name unchanged members).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const q4 = defineExercise<SyncMembers>({
  id: "chapter03.q4",
  title: "Sync a group's members",
  hints: [
    "Compare the two lists: ids in `target` but not in `current` are to add, ids in `current` but not in `target` to remove; the others are left alone.",
    "One `add` on `members` can carry several `{ value: id }` items; removing one member takes a value filter in the path, as in chapter 02. When both lists of changes are empty, there is nothing to send.",
    'Compute `toAdd = target.filter((id) => !current.includes(id))` and `toRemove` likewise; return `undefined` when both are empty, otherwise a `patch()` with one `.add("members", …)` and, per id to remove, one `.remove(…)` whose path is `members[value eq "<the id>"]`.',
  ],
  solution: `const syncMembers = (current: string[], target: string[]) => {
  const toAdd = target.filter((id) => !current.includes(id));
  const toRemove = current.filter((id) => !target.includes(id));
  if (toAdd.length === 0 && toRemove.length === 0) return undefined;
  const body = patch();
  if (toAdd.length > 0) body.add("members", toAdd.map((value) => ({ value })));
  for (const id of toRemove) body.remove(\`members[value eq "\${id}"]\`);
  return body;
};`,
  async check(answer, context) {
    expectThat(typeof answer === "function", `Answer with a function \`(current, target) => …\`; got ${describe(answer)}.`);
    const client = context.client();
    const people = await client.users.list({ attributes: ["userName"], count: 7 });
    if (people.Resources.length < 7) throw new NotAttempted("The check needs the story's users: run `courseSetup` first.");
    const ids = people.Resources.map((user) => user.id as string);
    const names = new Map(people.Resources.map((user) => [user.id as string, user.userName ?? (user.id as string)]));
    for (const [index, one] of cases.entries()) await checkCase(client, answer, one, index, ids, names);
    return "Right: only the members that change are named, so the unchanged ones (and anyone added meanwhile) are never touched.";
  },
});

async function checkCase(client: ScimClient, sync: SyncMembers, one: SyncCase, index: number, ids: string[], names: Map<string, string>) {
  const current = one.current.map((i) => ids[i] as string);
  const target = one.target.map((i) => ids[i] as string);
  const show = (list: string[]) => `[${list.map((id) => names.get(id) ?? id).join(", ")}]`;
  const call = `syncMembers(current, target) with current = ids of ${show(current)} and target = ids of ${show(target)} (${one.label})`;
  const changes = target.filter((id) => !current.includes(id)).length + current.filter((id) => !target.includes(id)).length;
  let result: unknown;
  try {
    result = await sync([...current], [...target]);
  } catch (error) {
    throw new IncorrectAnswer(`${call} threw: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (result === undefined || result === null) {
    expectThat(changes === 0, `${call} returned ${String(result)}, but ${changes} member(s) must change.`);
    return;
  }
  const body = operationsOf(result, call);
  expectThat(
    body.Operations.length > 0,
    `${call} returned a PATCH with no operations. RFC 7644 §3.5.2 requires one or more, and a server answers 400 ` +
      "(invalidSyntax): when nothing changes, return `undefined` and send nothing.",
  );
  expectThat(
    changes > 0,
    `${call} returned ${body.Operations.length} operation(s), but the lists hold the same members: nothing must be sent. Return \`undefined\`.`,
  );
  const meanwhile = one.meanwhile === undefined ? undefined : (ids[one.meanwhile] as string);
  const start = meanwhile === undefined ? current : [...current, meanwhile];
  const after = await withScratchGroup(client, `chapter03-q4-${index + 1}`, start, async (group) => {
    await tryAnswer(`${call}: the PATCH`, () => client.groups.patch(group.id as string, body), { patch: body, resourceType: "Group" });
    // The whole group: some servers answer attributes=members with members emptied of their value (RFC 7644 §3.9).
    const read = await client.groups.get(group.id as string);
    return (read.members ?? []).flatMap((member) => member.value ?? []);
  });
  if (meanwhile !== undefined) {
    expectThat(
      after.includes(meanwhile),
      `${call}: another client added ${names.get(meanwhile)} to the group after \`current\` was read, and your PATCH removed ` +
        "them: it rewrote the whole member list instead of changing only the members that differ.",
    );
  }
  const expected = meanwhile === undefined ? target : [...target, meanwhile];
  const missing = expected.filter((id) => !after.includes(id));
  const extra = after.filter((id) => !expected.includes(id));
  expectThat(
    missing.length === 0 && extra.length === 0,
    `${call}: afterwards the group holds ${show(after)}` +
      (missing.length > 0 ? `; missing ${show(missing)}` : "") +
      (extra.length > 0 ? `; still there ${show(extra)}` : "") +
      ".",
  );
  const unchanged = current.filter((id) => target.includes(id));
  const named = unchanged.filter((id) => JSON.stringify(body.Operations).includes(id));
  expectThat(
    named.length === 0,
    `${call}: the group ends right, but your operations name ${show(named)}, who stay members. A sync that ` +
      "replaces, removes or re-adds unchanged members rewrites them (and, on a busy group, races with other clients): leave them out.",
  );
}

/** The PatchOp of a returned value; a `patch()` builder with no operation counts as an empty PatchOp. */
function operationsOf(result: unknown, call: string): PatchOp {
  const candidate = result as { build?: unknown };
  if (typeof candidate === "object" && typeof candidate.build === "function") {
    try {
      return lowerCaseOps((candidate.build as () => PatchOp)());
    } catch {
      return { schemas: [SchemaUrn.PatchOp], Operations: [] } as unknown as PatchOp;
    }
  }
  try {
    return lowerCaseOps(patchAnswer(result));
  } catch (error) {
    throw new IncorrectAnswer(`${call}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
