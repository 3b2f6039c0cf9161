import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";

/** A record of the small export of question 2. */
export interface SmallRecord {
  entryUUID: string;
  userName: string;
  title: string;
  status: "Active" | "Terminated";
}

/** A user as the server holds them, for question 2. */
export interface SmallUser {
  id: string;
  externalId?: string;
  userName: string;
  title?: string;
  active?: boolean;
}

/** What question 2's function returns: the entryUUIDs to create, update and deactivate. */
export interface SmallDiff {
  create: string[];
  update: string[];
  deactivate: string[];
}

type DiffExport = (records: SmallRecord[], users: SmallUser[]) => SmallDiff | Promise<SmallDiff>;

const angela = "6689dd45-d83c-48d1-a1b0-426c0af1aaa0";
const erin = "3f9c2d71-5b8e-4a06-9e1d-7c4b2a8f6e13";
const charles = "8b271ad3-e86a-49b3-9191-a138f49d964f";
const michael = "c32479a2-7096-4b75-a701-fdecdbbef538";
const pam = "c7cfdebe-6479-4b12-9ab7-e097a4ba9fac";
const david = "e7281380-e5cf-4d35-8e73-4f1080dfcb8d";

/** The check's cases: an export, the server's users, and the diff the RFCs' rules give. */
const cases: Array<{ label: string; records: SmallRecord[]; users: SmallUser[]; expected: SmallDiff }> = [
  {
    label: "a rename (Angela Martin is now alipton)",
    records: [{ entryUUID: angela, userName: "alipton", title: "Senior Accountant", status: "Active" }],
    users: [{ id: "u-angela", externalId: angela, userName: "amartin", title: "Senior Accountant", active: true }],
    expected: { create: [], update: [angela], deactivate: [] },
  },
  {
    label: "a joiner whose userName a former employee's account still holds",
    records: [{ entryUUID: erin, userName: "ehannon", title: "Receptionist", status: "Active" }],
    users: [{ id: "u-old", externalId: "00000000-0000-4000-8000-000000000001", userName: "ehannon", title: "Temp", active: false }],
    expected: { create: [erin], update: [], deactivate: [] },
  },
  {
    label: "leavers: one active, one already deactivated, one never provisioned",
    records: [
      { entryUUID: charles, userName: "cminer", title: "Vice President, Northeast Sales", status: "Terminated" },
      { entryUUID: david, userName: "dwallace", title: "Chief Financial Officer", status: "Terminated" },
      { entryUUID: "00000000-0000-4000-8000-000000000002", userName: "tjones", title: "Temp", status: "Terminated" },
    ],
    users: [
      { id: "u-charles", externalId: charles, userName: "cminer", title: "Vice President, Northeast Sales", active: true },
      { id: "u-david", externalId: david, userName: "dwallace", title: "Chief Financial Officer", active: false },
    ],
    expected: { create: [], update: [], deactivate: [charles] },
  },
  {
    label: "a re-activation, a mover, someone unchanged but for the case of their userName, and a user the export does not name",
    records: [
      { entryUUID: michael, userName: "mscott", title: "Regional Manager", status: "Active" },
      { entryUUID: pam, userName: "pbeesly", title: "Sales Representative", status: "Active" },
      { entryUUID: david, userName: "DWallace", title: "Chief Financial Officer", status: "Active" },
    ],
    users: [
      { id: "u-michael", externalId: michael, userName: "mscott", title: "Regional Manager", active: false },
      { id: "u-pam", externalId: pam, userName: "pbeesly", title: "Receptionist", active: true },
      { id: "u-david", externalId: david, userName: "dwallace", title: "Chief Financial Officer", active: true },
      { id: "u-toby", externalId: "2e34ec0d-b368-4d23-b861-18bbadc62ac0", userName: "tflenderson", title: "HR", active: true },
    ],
    expected: { create: [], update: [michael, pam], deactivate: [] },
  },
];

/**
 * Chapter 07, question 2: the planning step of a sync, on a small export:
 * which records to create, which users to update, which to deactivate.
 * Judged on four exports against the diff the rules give (in any order):
 * matching by the immutable key, deactivating rather than forgetting, and
 * leaving alone what the export does not name.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 */
export const q2 = defineExercise<DiffExport>({
  id: "chapter07.q2",
  title: "Plan a small sync",
  hints: [
    "Match each record to a user by the key that never changes. A userName can change (a rename) and can be reused (a new person, an old account).",
    "`Terminated` means deactivate, and only a user who exists and is still active. An `Active` record updates a user when the userName (ignoring case: it is not caseExact), the title or `active` differ. Users the export does not name are not the sync's business.",
    "Find the user with `users.find((u) => u.externalId === r.entryUUID)`; no user and Active → create; Terminated and `u.active !== false` → deactivate; otherwise compare `userName.toLowerCase()`, `title` and `active !== false`.",
  ],
  solution: `const diffExport = (records: SmallRecord[], users: SmallUser[]): SmallDiff => {
  const diff: SmallDiff = { create: [], update: [], deactivate: [] };
  for (const r of records) {
    const u = users.find((user) => user.externalId === r.entryUUID);
    if (r.status === "Terminated") {
      if (u && u.active !== false) diff.deactivate.push(r.entryUUID);
    } else if (!u) {
      diff.create.push(r.entryUUID);
    } else if (u.userName.toLowerCase() !== r.userName.toLowerCase() || u.title !== r.title || u.active === false) {
      diff.update.push(r.entryUUID);
    }
  }
  return diff;
};`,
  async check(answer) {
    expectThat(typeof answer === "function", `Answer with a function \`(records, users) => ({ create, update, deactivate })\`; got ${describe(answer)}.`);
    for (const one of cases) {
      let result: SmallDiff;
      try {
        result = await answer(structuredClone(one.records), structuredClone(one.users));
      } catch (error) {
        throw new IncorrectAnswer(`For ${one.label}, your function threw: ${error instanceof Error ? error.message : String(error)}.`);
      }
      expectThat(
        typeof result === "object" && result !== null && (["create", "update", "deactivate"] as const).every((key) => Array.isArray(result[key])),
        `For ${one.label}, your function returned ${describe(result)}: return { create, update, deactivate }, three arrays of entryUUIDs.`,
      );
      const name = (key: string) =>
        one.records.find((record) => record.entryUUID === key)?.userName ??
        one.users.find((user) => user.externalId === key)?.userName ??
        `${JSON.stringify(key)} (not an entryUUID of the export)`;
      for (const kind of ["create", "update", "deactivate"] as const) {
        const got = [...new Set(result[kind])];
        const missing = one.expected[kind].filter((key) => !got.includes(key));
        const extra = got.filter((key) => !one.expected[kind].includes(key));
        expectThat(
          missing.length === 0 && extra.length === 0,
          `For ${one.label}: your ${kind} list ` +
            (extra.length > 0 ? `holds ${extra.map(name).join(", ")}, who should not be there` : "") +
            (extra.length > 0 && missing.length > 0 ? ", and " : "") +
            (missing.length > 0 ? `misses ${missing.map(name).join(", ")}` : "") +
            ". " +
            reasonFor(one.label, kind),
        );
      }
    }
    return "Right: people are matched by their immutable key, leavers are deactivated (once), and what the export does not name is left alone.";
  },
});

/** What the RFC or the storyline says about the case, without the answer's code. */
function reasonFor(label: string, kind: keyof SmallDiff): string {
  if (label.startsWith("a rename")) return "A rename keeps the person's key (externalId = entryUUID, RFC 7643 §3.1): it is the same user with a new userName.";
  if (label.startsWith("a joiner")) return "The account that holds the userName carries another key: it is someone else. The joiner is new.";
  if (label.startsWith("leavers")) return "A leaver is deactivated (active false, RFC 7643 §4.1.1) when they have an account that is still active; otherwise there is nothing to do.";
  return kind === "update"
    ? "Update a user when an owned attribute differs, `active` included; userName is not caseExact (RFC 7643 §4.1.1), so a change of case alone is no change."
    : "A user the export does not name is not the sync's to change: an export may be partial.";
}
