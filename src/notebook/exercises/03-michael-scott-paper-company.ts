import type { ScimClient } from "../../client/index.js";
import { filter } from "../../scim/filter/index.js";
import type { Group } from "../../scim/group.js";
import { expectThat, NotAttempted } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { filterAnswer, patchAnswer, tryAnswer } from "./answers.js";
import { withScratchUser } from "./scratch.js";

const companyName = "Michael Scott Paper Company";

/** The Michael Scott Paper Company group, or a NotAttempted saying to create it. */
async function findCompany(client: ScimClient): Promise<Group> {
  const page = await client.groups.list({ filter: filter.eq("displayName", companyName) });
  const company = page.Resources[0];
  if (company === undefined) throw new NotAttempted("The company does not exist yet: run the cell that creates it first.");
  return company;
}

/**
 * Chapter 03, question 1: find a group by `displayName eq`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
const q1 = defineExercise<string>({
  id: "chapter03.q1",
  title: "Find the company",
  hints: [
    "Groups have a `displayName`; compare it with `eq`.",
    'Quote the name: `displayName eq "Michael Scott Paper Company"`.',
  ],
  solution: "const mspcFilter: string = 'displayName eq \"Michael Scott Paper Company\"';",
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const company = await findCompany(client);
    const found = await tryAnswer(`GET /Groups?filter=${text}`, () =>
      client.groups.list({ filter: text, excludedAttributes: ["members"] }),
    );
    const names = found.Resources.map((group) => group.displayName);
    expectThat(
      found.Resources.length === 1 && found.Resources[0]?.id === company.id,
      found.Resources.length === 0
        ? "Your filter finds no group. Check the attribute (`displayName`) and quote the whole name."
        : `Your filter finds ${names.join(", ")}: it should find the company and nothing else.`,
    );
    return "Right: one group, found by its name.";
  },
});

/**
 * Chapter 03, question 2: find the users of a group by `groups.value eq`,
 * compared with the group's members.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
const q2 = defineExercise<string>({
  id: "chapter03.q2",
  title: "Who works there?",
  hints: [
    "Each user's `groups` lists the groups they belong to; its sub-attribute `value` holds a group's id.",
    'Compare `groups.value` with the company\'s id: `groups.value eq "…"`, with `mspc.id` inside the quotes.',
  ],
  solution: 'const mspcMembersFilter: string = `groups.value eq "${mspc.id}"`;',
  async check(answer, context) {
    const text = filterAnswer(answer);
    const client = context.client();
    const company = await findCompany(client);
    const memberIds = (company.members ?? []).map((member) => member.value).sort();
    if (memberIds.length === 0) throw new NotAttempted("The company has no members yet: run the cell that adds them first.");
    const found = await tryAnswer(`GET /Users?filter=${text}`, () =>
      client.users.list({ filter: text, attributes: ["userName"], count: 100 }),
    );
    const foundIds = found.Resources.map((user) => user.id).sort();
    expectThat(
      JSON.stringify(foundIds) === JSON.stringify(memberIds),
      `Your filter finds ${found.totalResults} user(s) (${found.Resources.map((user) => user.userName).join(", ") || "nobody"}), ` +
        `but the company has ${memberIds.length} member(s). Filter on the users' \`groups.value\`.`,
    );
    expectThat(
      /\bgroups\.value\b/i.test(text),
      "It finds the right people today, but not because they are members: filter on `groups.value`.",
    );
    return "Right: `groups` is read-only, but you can filter on it.";
  },
});

/**
 * Chapter 03, question 3: a value-path PATCH that changes the work email
 * only, applied to a scratch user with a work and a home address.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
const q3 = defineExercise<unknown>({
  id: "chapter03.q3",
  title: "Change only the work address",
  hints: [
    "Replacing `emails` replaces the whole array, home address included. Select the work item in the path.",
    'The path is `emails[type eq "work"].value`; use it with `patch().replace(path, newAddress)`.',
  ],
  solution:
    'const newWorkEmail = patch().replace(\'emails[type eq "work"].value\', "ryan.howard@michaelscottpaper.com");',
  async check(answer, context) {
    const body = patchAnswer(answer);
    const client = context.client();
    const home = "ryan@howard.example";
    const emails = [
      { value: "ryan.howard@dundermifflin.com", type: "work", primary: true },
      { value: home, type: "home" },
    ];
    const after = await withScratchUser(client, "chapter03-q3", { displayName: "Scratch Ryan", emails }, async (user) => {
      await tryAnswer("Your PATCH", () => client.users.patch(user.id as string, body));
      return client.users.get(user.id as string);
    });
    const work = (after.emails ?? []).filter((email) => email.type === "work");
    expectThat(
      (after.emails ?? []).some((email) => email.value === home && email.type === "home"),
      "The home address is gone: you replaced the whole `emails` array. Select the work item with a filter in the path.",
    );
    expectThat(work.length === 1, `The user now has ${work.length} work addresses: change the existing one instead of adding one.`);
    expectThat(
      work[0]?.value === "ryan.howard@michaelscottpaper.com",
      `The work address is ${JSON.stringify(work[0]?.value)}: set it to "ryan.howard@michaelscottpaper.com".`,
    );
    return "Right: only the `value` of the work item changed; `type`, `primary` and the home address stayed.";
  },
});

/**
 * The exercises of chapter 03, *The Michael Scott Paper Company*:
 * `const { q1, q2, q3 } = chapter03;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const chapter03 = { q1, q2, q3 };
