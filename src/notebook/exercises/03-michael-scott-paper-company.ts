import { expectThat } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { filterAnswer, patchAnswer, tryAnswer } from "./answers.js";
import { companyName, findCompany, hasStringPrimary, lowerCaseOps } from "./03-company.js";
import { q2 } from "./03-members-filter.js";
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
      tryAnswer(`GET /Groups?filter=${text}`, () => client.groups.list({ filter: text, excludedAttributes: ["members"], count: 100 }), {
        filter: text,
        resourceType: "Group",
      }),
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
      await tryAnswer("Your PATCH", () => client.users.patch(user.id as string, body), { patch: body, resourceType: "User" });
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
