import type { ScimClient } from "../../client/index.js";
import { SchemaUrn } from "../../scim/urns.js";
import { expectThat, IncorrectAnswer, ServerLimitation } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";
import { storyIds } from "./directory-reads.js";
import { refusalText, sendStrict, succeeded } from "./08-provider-forms.js";
import { withScratchGroup } from "./scratch.js";

/** The story people a scratch group holds, by userName: Jim, Pam, Dwight. */
const memberNames = ["jhalpert", "pbeesly", "dschrute"];

/** One request of the question: its letter, its operation (ids in order Jim, Pam, Dwight), and what RFC 7644 makes of it. */
interface Candidate {
  letter: string;
  operation: (ids: string[]) => Record<string, unknown>;
  empties: boolean;
}

/**
 * The requests of question 3, every one of them RFC 7644; `describeCandidates()` shows them in the
 * notebook with `<jim>`, `<pam>`, `<dwight>` for the ids.
 */
const candidates: Candidate[] = [
  { letter: "A", operation: () => ({ op: "remove", path: "members" }), empties: true },
  { letter: "B", operation: ([jim]) => ({ op: "remove", path: `members[value eq "${jim}"]` }), empties: false },
  { letter: "C", operation: ([jim]) => ({ op: "replace", path: "members", value: [{ value: jim }] }), empties: false },
  { letter: "D", operation: () => ({ op: "remove", path: 'members[value ne "nobody"]' }), empties: true },
  {
    letter: "E",
    operation: ([jim, pam, dwight]) => ({ op: "remove", path: `members[value eq "${jim}" or value eq "${pam}" or value eq "${dwight}"]` }),
    empties: true,
  },
  { letter: "F", operation: ([, pam]) => ({ op: "add", path: "members", value: [{ value: pam }] }), empties: false },
];

/**
 * The operations of question 3 as the notebook shows them, with `<jim>`, `<pam>`, `<dwight>` in
 * place of the ids: `{ A: { op: "remove", path: "members" }, … }`.
 */
export function emptyGroupCandidates(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(candidates.map((one) => [one.letter, one.operation(["<jim>", "<pam>", "<dwight>"])]));
}

/**
 * Chapter 08, question 3: which of these PATCH requests leave a group with no members? The answer is
 * a list of letters. Judged by effect: each request goes to its own scratch group holding Jim, Pam
 * and Dwight, and the letters must be exactly those whose group ends empty. A server that reads one
 * of them otherwise than RFC 7644 makes the check a server limitation.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export const q3 = defineExercise<unknown>({
  id: "chapter08.q3",
  title: "Which requests remove every member?",
  hints: [
    "Read each path: without a filter, `members` selects every member; with a filter, only the members the filter matches.",
    "A filter can match every member without naming them alike: look at the operators (`ne`) and at `or`. A `replace` of the whole list " +
      "leaves what its value holds; an `add` never removes anyone.",
    "Three of the six leave the group empty: the path-less `members` remove, and the two removes whose filters match all three people.",
  ],
  solution: 'const emptiesTheGroup: string[] = ["A", "D", "E"];',
  async check(answer, context) {
    const letters = lettersOf(answer);
    const client = context.client();
    const ids = await storyIds(client, memberNames);
    const observed: string[] = [];
    for (const one of candidates) {
      const emptied = await applyCandidate(client, one, ids);
      if (emptied !== one.empties) {
        throw new ServerLimitation(
          `This server read request ${one.letter} otherwise than RFC 7644 §3.5.2 does (the group ${emptied ? "ended empty" : "kept members"}), ` +
            "so the check cannot judge your answer here; the embedded server can.",
        );
      }
      if (emptied) observed.push(one.letter);
    }
    const missing = observed.filter((letter) => !letters.includes(letter));
    const extra = letters.filter((letter) => !observed.includes(letter));
    expectThat(
      extra.length === 0,
      `Applied to a scratch group of three, ${extra.join(", ")} left members in it. ${extra.length === 1 ? "Its" : "Their"} path or value selects fewer than every member, or adds.`,
    );
    expectThat(
      missing.length === 0,
      `Your list misses ${missing.length} request(s) that, applied to a scratch group of three, left it empty: read each filter again, operator by operator.`,
    );
    return "Right: each of these empties the group. A request that reaches `members` without a filter, or with a filter every member matches, removes everyone: the reading a literal server gives Entra ID's member removal.";
  },
});

/** The letters of an answer, upper-cased; an answer that is not a list of letters A–F is incorrect. */
function lettersOf(answer: unknown): string[] {
  const known = candidates.map((one) => one.letter);
  const list = typeof answer === "string" ? answer.split(/[\s,]+/).filter((part) => part !== "") : answer;
  if (!Array.isArray(list) || !list.every((item) => typeof item === "string" && known.includes(item.trim().toUpperCase()))) {
    throw new IncorrectAnswer(`Answer with a list of the letters A–F, e.g. \`["B"]\` (or \`[]\` for none); got ${Array.isArray(answer) ? JSON.stringify(answer) : describe(answer)}.`);
  }
  return [...new Set(list.map((item) => (item as string).trim().toUpperCase()))];
}

/** Apply one request to a fresh scratch group of three and say whether the group ended empty. */
async function applyCandidate(client: ScimClient, one: Candidate, ids: string[]): Promise<boolean> {
  return withScratchGroup(client, `chapter08-q3-${one.letter}`, ids, async (group) => {
    const body = { schemas: [SchemaUrn.PatchOp], Operations: [one.operation(ids)] };
    const answer = await sendStrict(client, `/Groups/${group.id}`, body);
    if (!succeeded(answer)) {
      throw new ServerLimitation(`This server refused request ${one.letter} (${refusalText(answer)}), an RFC 7644 PATCH: the check cannot judge here.`);
    }
    const read = await client.groups.get(group.id as string);
    return (read.members ?? []).length === 0;
  });
}
