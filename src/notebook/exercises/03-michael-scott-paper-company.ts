import { filter } from "../../scim/filter/index.js";
import { patchPath } from "../../scim/patch.js";
import { expectThat } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { filterAnswer, patchAnswer, tryAnswer } from "./answers.js";
import { companyName, findCompany, hasStringPrimary, lowerCaseOps } from "./03-company.js";
import { q4 } from "./03-sync-members.js";
import { q5 } from "./03-no-manager.js";
import { withScratchGroupNamed, withScratchUser } from "./scratch.js";

/**
 * Chapter 03, question 1: a filter that finds the company, and only it,
 * judged with a decoy group whose name begins like the company's.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
const q1 = defineExercise<unknown>({
  id: "chapter03.q1",
  title: "Find the company",
  hints: [
    "Groups are named by their `displayName`; a filter compares it with a value.",
    "Another group's name may begin like the company's: compare the whole name, not a part of it.",
    'The operator that compares a whole value is `eq`, and the value is the full name in double quotes: `displayName eq "…"`.',
  ],
  solution: "const mspcFilter: string = 'displayName eq \"Michael Scott Paper Company\"';",
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const company = await findCompany(client);
    const decoyName = `${companyName} (old)`;
    const found = await withScratchGroupNamed(client, "chapter03-q1", decoyName, [], () =>
      tryAnswer(`GET /Groups?filter=${text}`, () => client.groups.list({ filter: text, excludedAttributes: ["members"], count: 100 })),
    );
    const names = found.Resources.map((group) => JSON.stringify(group.displayName));
    const hasCompany = found.Resources.some((group) => group.id === company.id);
    expectThat(
      found.totalResults > 0,
      "Your filter finds no group. Check the attribute's name and spell the company's name as it is stored.",
    );
    expectThat(
      hasCompany,
      `Your filter finds ${names.join(", ")}, but not the company: check the attribute and the value you compare it with.`,
    );
    expectThat(
      found.totalResults === 1,
      names.includes(JSON.stringify(decoyName)) && found.totalResults === 2
        ? `Your filter finds the company, and also ${JSON.stringify(decoyName)}, a group the check created for a moment ` +
            "(and has deleted again): a part of the name matches other groups too. Compare the whole name."
        : `Your filter finds ${found.totalResults} groups (${names.join(", ")}): it should find the company and nothing else.`,
    );
    return (
      "Right: one group, found by its name. `displayName` is not caseExact (RFC 7643 §8.7.1), so a compliant server's `eq` " +
      "finds it whatever the case, and a group whose name only begins the same way is left out."
    );
  },
});

/**
 * Chapter 03, question 2: a filter on the users' `groups` that finds the
 * company's members, today's and tomorrow's (a scratch user is added to the
 * company for the check, then removed and deleted).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
const q2 = defineExercise<unknown>({
  id: "chapter03.q2",
  title: "Who works there?",
  hints: [
    "Each user's `groups` lists the groups they belong to (read-only, computed from the groups' `members`), and you can filter on it.",
    "An item of `groups` holds the group's id in its sub-attribute `value`; the company's id is `mspc.id`.",
    'Compare that sub-attribute with the id: `groups.value eq "…"` or `groups[value eq "…"]`, with `mspc.id` inside the quotes.',
  ],
  solution: 'const mspcMembersFilter: string = `groups.value eq "${mspc.id}"`;',
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const company = await findCompany(client);
    const { found, newcomer, members } = await withScratchUser(client, "chapter03-q2", { displayName: "Scratch newcomer" }, async (user) => {
      const newcomerId = user.id as string;
      await client.groups.patch(company.id as string, { Operations: [{ op: "add", path: "members", value: [{ value: newcomerId }] }] });
      try {
        const group = await client.groups.get(company.id as string, { attributes: ["members"] });
        const listed = await tryAnswer(`GET /Users?filter=${text}`, () =>
          client.users.list({ filter: text, attributes: ["userName"], count: 200 }),
        );
        return { found: listed, newcomer: newcomerId, members: (group.members ?? []).flatMap((member) => member.value ?? []) };
      } finally {
        await client.groups.patch(company.id as string, { Operations: [{ op: "remove", path: patchPath("members", filter.eq("value", newcomerId)) }] });
      }
    });
    const foundIds = found.Resources.map((user) => user.id as string);
    const shown = found.Resources.map((user) => user.userName).join(", ") || "nobody";
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));
    const today = members.filter((id) => id !== newcomer);
    expectThat(
      !(same(foundIds, today) && found.totalResults === today.length),
      `Your filter finds today's ${today.length} members (${shown}), but not a user the check added to the company ` +
        "for a moment (and has removed and deleted again): it picks people, not membership. Ask each user which groups they are in.",
    );
    expectThat(
      same(foundIds, members) && found.totalResults === members.length,
      `Your filter finds ${found.totalResults} user(s) (${shown}), while the company had ${members.length} member(s) ` +
        "during the check (its three people and a newcomer the check added for a moment).",
    );
    return "Right: `groups` is read-only, but you can filter on it, and it follows the group's members as they change.";
  },
});

/**
 * Chapter 03, question 3: change the work email only, applied to a scratch
 * user with a primary work address and a home address; the work address
 * must stay primary.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
const q3 = defineExercise<unknown>({
  id: "chapter03.q3",
  title: "Change only the work address",
  hints: [
    "Replacing `emails` replaces the whole array, home address included. A PATCH path can select items with a filter in brackets.",
    "Select the work item with a value filter on `type`; you can then change its `value` sub-attribute alone, and `type` and `primary` stay as they are.",
    'The path is `emails[type eq "work"].value`, used with `patch().replace(path, newAddress)`.',
  ],
  solution:
    'const newWorkEmail = patch().replace(\'emails[type eq "work"].value\', "ryan.howard@michaelscottpaper.com");',
  async check(answer, context) {
    const body = lowerCaseOps(patchAnswer(answer));
    expectThat(
      !hasStringPrimary(body.Operations),
      '`primary` is a boolean (RFC 7643 §2.4), and the string "true" is another type (RFC 7643 §2.3.2), even where a ' +
        "lenient server coerces it: write the boolean, without quotes.",
    );
    const client = context.client();
    const address = "ryan.howard@michaelscottpaper.com";
    const home = "ryan@howard.example";
    const emails = [
      { value: "ryan.howard@dundermifflin.com", type: "work", primary: true },
      { value: home, type: "home" },
    ];
    const after = await withScratchUser(client, "chapter03-q3", { displayName: "Scratch Ryan", emails }, async (user) => {
      await tryAnswer("Your PATCH", () => client.users.patch(user.id as string, body));
      return client.users.get(user.id as string);
    });
    const list = after.emails ?? [];
    const work = list.filter((email) => email.type === "work");
    const homes = list.filter((email) => email.type === "home");
    expectThat(
      homes.length > 0,
      "The home address is gone: the PATCH replaced or removed more than the work item (a path without a filter selects the whole `emails` array).",
    );
    expectThat(
      homes.length === 1 && homes[0]?.value === home,
      `The home address changed (it is now ${JSON.stringify(homes.map((email) => email.value).join(", "))}): only the work item should change.`,
    );
    expectThat(
      work.length > 0,
      'The user has no work address any more: an item with `type` "work" was removed, or replaced by one without that `type` ' +
        "(a replace of a whole item writes exactly the item you give, RFC 7644 §3.5.2.3).",
    );
    expectThat(work.length === 1, `The user now has ${work.length} work addresses: change the existing one instead of adding one.`);
    expectThat(work[0]?.value === address, `The work address is ${JSON.stringify(work[0]?.value)}: set it to ${JSON.stringify(address)}.`);
    expectThat(
      work[0]?.primary === true,
      "The work address is new, but it is no longer `primary`: the item was taken out or rewritten, and the new one is not " +
        "marked primary. The user now has no preferred address (RFC 7643 §2.4); keep `primary: true` on it.",
    );
    expectThat(list.length === 2, `The user now has ${list.length} addresses instead of 2: change the work one, and add nothing else.`);
    return "Right: the work item has its new `value`, still `type` work and `primary`, and the home address is untouched.";
  },
});

/**
 * The exercises of chapter 03, *The Michael Scott Paper Company*:
 * `const { q1, q2, q3, q4, q5 } = chapter03;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const chapter03 = { q1, q2, q3, q4, q5 };
