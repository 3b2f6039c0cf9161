import type { ScimClient } from "../../client/index.js";
import { SchemaUrn } from "../../scim/urns.js";
import type { Group } from "../../scim/group.js";
import type { User } from "../../scim/user.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";
import { storyIds } from "./directory-reads.js";
import { limitation, nonRfcForm, patchBodyOf, refusalText, sendStrict, succeeded, type PatchBody } from "./08-provider-forms.js";
import { withScratchGroup, withScratchUser } from "./scratch.js";

/** The learner's function: a provider's PATCH body in, the same request in RFC 7644's form out. */
type Normalise = (body: unknown) => unknown;

/** The three story people a scratch group holds, by userName. */
const memberNames = ["jhalpert", "pbeesly", "dschrute"];

/** One provider body of the check's table and what it must do. */
interface ProviderCase {
  label: string;
  on: "User" | "Group";
  body: (ids: string[]) => Record<string, unknown>;
  /** Why the result is wrong, or undefined when it is right. */
  judge: (after: User | Group, ids: string[]) => string | undefined;
}

const patchOp = [SchemaUrn.PatchOp];

const cases: ProviderCase[] = [
  {
    label: "Entra ID's `\"op\": \"Replace\"` with `active` as the string \"False\"",
    on: "User",
    body: () => ({ schemas: patchOp, Operations: [{ op: "Replace", path: "active", value: "False" }] }),
    judge: (user) => ((user as User).active === false ? undefined : `\`active\` is ${JSON.stringify((user as User).active)}, not false`),
  },
  {
    label: "Entra ID's path-less `Replace` with the dotted key `name.givenName`",
    on: "User",
    body: () => ({ schemas: patchOp, Operations: [{ op: "Replace", value: { "name.givenName": "Pamela", title: "Office Administrator" } }] }),
    judge: (user) => {
      const { name, title } = user as User;
      if (name?.givenName !== "Pamela") return `\`name.givenName\` is ${JSON.stringify(name?.givenName)}, not "Pamela"`;
      if (name?.familyName !== "Beesly") return `\`name.familyName\` is ${JSON.stringify(name?.familyName)}: it should have stayed "Beesly"`;
      return title === "Office Administrator" ? undefined : `\`title\` is ${JSON.stringify(title)}, not "Office Administrator"`;
    },
  },
  {
    label: "Entra ID's member removal: `\"op\": \"Remove\"`, `\"path\": \"members\"` and the member in a value array",
    on: "Group",
    body: (ids) => ({ schemas: patchOp, Operations: [{ op: "Remove", path: "members", value: [{ value: ids[1] }] }] }),
    judge: (group, ids) => {
      const left = ((group as Group).members ?? []).map((member) => member.value);
      if (left.length === 0) return "the group has no members left: the request removed every member instead of one";
      if (left.includes(ids[1] as string)) return "the member to remove (the second id) is still in the group";
      return left.length === 2 ? undefined : `the group has ${left.length} members instead of 2`;
    },
  },
  {
    label: "a PATCH without `schemas` (`{ Operations: [...] }` alone)",
    on: "User",
    body: () => ({ Operations: [{ op: "replace", value: { active: false } }] }),
    judge: (user) => ((user as User).active === false ? undefined : `\`active\` is ${JSON.stringify((user as User).active)}, not false`),
  },
  {
    label: "Okta's deactivation, already RFC 7644: `replace` without a path, value `{ active: false }`",
    on: "User",
    body: () => ({ schemas: patchOp, Operations: [{ op: "replace", value: { active: false } }] }),
    judge: (user) => ((user as User).active === false ? undefined : `\`active\` is ${JSON.stringify((user as User).active)}, not false`),
  },
  {
    label: 'an RFC 7644 value path, `emails[type eq "work"].value`',
    on: "User",
    body: () => ({ schemas: patchOp, Operations: [{ op: "replace", path: 'emails[type eq "work"].value', value: "pam@mspc.example" }] }),
    judge: (user) => {
      const work = ((user as User).emails ?? []).filter((email) => email.type === "work");
      return work.length === 1 && work[0]?.value === "pam@mspc.example" && work[0]?.primary === true
        ? undefined
        : `the work addresses are ${JSON.stringify(work)}: the value should have changed, type and primary stayed`;
    },
  },
];

/** The scratch user every user case starts from. */
const scratchPam = {
  displayName: "Pam Beesly",
  name: { givenName: "Pam", familyName: "Beesly" },
  title: "Receptionist",
  active: true,
  emails: [{ value: "pam.beesly@example.com", type: "work", primary: true }],
};

/**
 * Chapter 08, question 2: a normaliser that turns any provider's PATCH body into RFC 7644's form.
 * Judged against a table of provider bodies (Entra ID's forms, a body without `schemas`, and two
 * bodies that are already RFC): each result must hold no non-RFC form, and, sent with the strict
 * profile to a scratch resource, do what the provider meant.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const q2 = defineExercise<Normalise>({
  id: "chapter08.q2",
  title: "Normalise a provider's PATCH",
  hints: [
    "Go operation by operation. Four things to fix: the case of `op`, booleans sent as strings, dotted keys in a path-less value, and " +
      "a `remove` that names its targets in `value`; and a body without `schemas` gets the PatchOp URN. Leave RFC operations as they are.",
    "A dotted key `a.b` of a path-less value becomes an operation of its own with `path: \"a.b\"`. A remove of `members` with a value " +
      "array becomes one remove per item, each with a value filter in its path. \"True\"/\"False\" for `active` or `primary` become booleans.",
    'For the removal: `value.map((member) => ({ op: "remove", path: `members[value eq "${member.value}"]` }))`. For the rest: ' +
      '`op.toLowerCase()`, and `v === "True" || v === "False" ? v === "True" : v` on boolean attributes.',
  ],
  solution: `const normalise = (body: any) => {
  const bool = (key: string, v: any) => (/(^|\\.)(active|primary)$/i.test(key) && typeof v === "string" ? v.toLowerCase() === "true" : v);
  const fix = (v: any): any => Array.isArray(v) ? v.map(fix)
    : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bool(k, fix(x))])) : v;
  const Operations = [];
  for (const operation of body.Operations) {
    const op = String(operation.op).toLowerCase();
    const { path, value } = operation;
    if (op === "remove" && Array.isArray(value)) {
      for (const item of value) Operations.push({ op, path: \`\${path}[value eq "\${item.value}"]\` });
    } else if (path === undefined && value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) Operations.push({ op, path: key, value: bool(key, fix(v)) });
    } else {
      Operations.push(path === undefined ? { op, value: fix(value) } : { op, path, value: bool(path, fix(value)) });
    }
  }
  return { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations };
};`,
  async check(answer, context) {
    expectThat(typeof answer === "function", `Answer with a function \`(body) => …\` that returns a PatchOp; got ${describe(answer)}.`);
    const client = context.client();
    const ids = await storyIds(client, memberNames);
    for (const [index, one] of cases.entries()) await checkCase(client, answer, one, index, ids);
    return "Right: every provider body comes out as an RFC 7644 PatchOp that does what the provider meant, and RFC bodies come out unchanged in effect.";
  },
});

async function checkCase(client: ScimClient, normalise: Normalise, one: ProviderCase, index: number, ids: string[]): Promise<void> {
  const input = one.body(ids);
  const call = `normalise(${one.label})`;
  let output: unknown;
  try {
    output = await normalise(JSON.parse(JSON.stringify(input)));
  } catch (error) {
    throw new IncorrectAnswer(`${call} threw: ${error instanceof Error ? error.message : String(error)}.`);
  }
  let body: PatchBody;
  try {
    body = patchBodyOf(output, false);
  } catch (error) {
    throw new IncorrectAnswer(`${call}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const form = nonRfcForm(body);
  expectThat(form === undefined, `${call} returned a body that is still not RFC 7644: ${form}`);
  const name = `chapter08-q2-${index + 1}`;
  const after = await (one.on === "User"
    ? withScratchUser(client, name, scratchPam, (user) => apply(client, `/Users/${user.id}`, body, call, () => client.users.get(user.id as string)))
    : withScratchGroup(client, name, ids, (group) => apply(client, `/Groups/${group.id}`, body, call, () => client.groups.get(group.id as string))));
  const wrong = one.judge(after, ids);
  expectThat(wrong === undefined, `${call}: sent to a scratch ${one.on} with the strict profile, your body left it so: ${wrong}.`);
}

async function apply<T>(client: ScimClient, path: string, body: PatchBody, call: string, read: () => Promise<T>): Promise<T> {
  const answer = await sendStrict(client, path, body);
  if (!succeeded(answer)) {
    const type = (answer.body as { scimType?: unknown } | undefined)?.scimType;
    if (body.schemas === undefined || type === "invalidSyntax" || type === "invalidValue" || type === "noTarget" || type === "mutability") {
      throw new IncorrectAnswer(`${call}: the server refused the body your function returned: ${refusalText(answer)}.`);
    }
    throw limitation(`${call}: the body your function returned`, answer);
  }
  return read();
}
