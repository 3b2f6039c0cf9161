import type { SchemaDefinition } from "../../scim/schema.js";
import { SchemaUrn } from "../../scim/urns.js";
import type { ScimClient } from "../../client/index.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";

/**
 * Chapter 00, question 1: read `patch.supported` from the ServiceProviderConfig.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
const q1 = defineExercise<boolean>({
  id: "chapter00.q1",
  title: "Does this server support PATCH?",
  hints: [
    "The ServiceProviderConfig has one small object per optional feature, each with a `supported` flag.",
    "You fetched it into `config`: the feature you want is named after the HTTP method.",
    "Read `config.patch` and take its `supported` flag.",
  ],
  solution: "const patchSupported: boolean = config.patch.supported;",
  async check(answer, context) {
    expectThat(typeof answer === "boolean", `Answer \`true\` or \`false\`, read from \`config\`; got ${describe(answer)}.`);
    const config = await context.client().serviceProviderConfig();
    expectThat(
      answer === config.patch.supported,
      `The server's ServiceProviderConfig says otherwise (RFC 7643 §5): read the flag from \`config\` rather than guessing.`,
    );
    return `Right: PATCH is ${answer ? "" : "not "}supported here. Chapters 01 to 03 use it.`;
  },
});

/**
 * Chapter 00, question 2: the endpoint of the Group resource type. The
 * endpoint is "relative to the Base URL" (RFC 7643 §6), so `/Groups`,
 * `Groups` and the absolute URL name the same place; a path's case matters
 * (RFC 3986 §6.2.2.1), so `/groups` does not.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
const q2 = defineExercise<string>({
  id: "chapter00.q2",
  title: "Where do groups live?",
  hints: [
    "`resourceTypes` is an array of resource types; each has a `name` and an `endpoint`.",
    'Find the one whose `name` is `"Group"`: `resourceTypes.find((type) => …)`.',
    'Then take its `endpoint`: `resourceTypes.find((type) => type.name === "Group")!.…`.',
  ],
  solution: 'const groupEndpoint: string = resourceTypes.find((type) => type.name === "Group")!.endpoint;',
  async check(answer, context) {
    expectThat(typeof answer === "string", `Answer with the endpoint as a string, such as \`"/Users"\`; got ${describe(answer)}.`);
    const client = context.client();
    const types = await client.resourceTypes();
    const group = types.find((type) => type.name === "Group");
    expectThat(group !== undefined, "This server lists no Group resource type: check `resourceTypes` by hand.");
    const given = relativePath(answer, client.baseUrl);
    const expected = relativePath(group.endpoint, client.baseUrl);
    if (given === expected) return `Right: groups live at \`${group.endpoint}\`, under the base URL.`;
    const other = types.find((type) => relativePath(type.endpoint, client.baseUrl) === given);
    if (other !== undefined) throw new IncorrectAnswer(`That is where the ${other.name} resources live. Look for the resource type whose \`name\` is \`Group\`.`);
    if (given.toLowerCase() === expected.toLowerCase()) {
      throw new IncorrectAnswer(
        "Almost: mind the case. A URL's path is case-sensitive (RFC 3986 §6.2.2.1); copy the `endpoint` exactly as the server wrote it.",
      );
    }
    if (answer === group.name || answer === group.schema) {
      throw new IncorrectAnswer("That names the resource type; the question asks for its `endpoint`, the path under the base URL.");
    }
    throw new IncorrectAnswer(`No resource type of this server lives at ${JSON.stringify(answer)}: read the \`endpoint\` from \`resourceTypes\`.`);
  },
});

/**
 * Chapter 00, question 3: the mutability of `groups` in the User schema.
 * `mutability` is declared `caseExact` in the schema of schemas (RFC 7643
 * §8.7.2), so `readonly` is not the keyword `readOnly`.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
const q3 = defineExercise<string>({
  id: "chapter00.q3",
  title: "Who may change a user's groups?",
  hints: [
    "Each item of `userSchema.attributes` is an attribute definition with a `name` and a `mutability`.",
    'Find the one whose `name` is `"groups"` with `userSchema.attributes.find(…)`.',
    'Then read its `mutability`: `userSchema.attributes.find((attribute) => attribute.name === "groups")!.…`.',
  ],
  solution:
    'const groupsMutability: string = userSchema.attributes.find((attribute) => attribute.name === "groups")!.mutability!;',
  async check(answer, context) {
    expectThat(typeof answer === "string", `Answer with the mutability as a string, such as \`"readWrite"\`; got ${describe(answer)}.`);
    const groups = findAttribute(await coreUserSchema(context.client()), "groups");
    expectThat(groups !== undefined, "This server's User schema has no `groups` attribute: check `userSchema` by hand.");
    const mutability = groups.mutability ?? "readWrite";
    expectThat(
      answer.toLowerCase() !== mutability.toLowerCase() || answer === mutability,
      "Right word, wrong case: the schema of schemas declares `mutability` case-exact (RFC 7643 §8.7.2), so copy the keyword exactly as the server wrote it.",
    );
    expectThat(
      answer === mutability,
      `The schema does not say ${JSON.stringify(answer)}: find the \`groups\` attribute in \`userSchema.attributes\` and read its \`mutability\`.`,
    );
    return `Right: \`groups\` is \`${mutability}\`. The server computes it from the groups' members; chapter 01 shows what that means.`;
  },
});

/**
 * Chapter 00, question 4: the attributes of a User a client can never write,
 * i.e. every attribute of the core User schema whose mutability is
 * `readOnly`. Attribute names are case-insensitive (RFC 7643 §2.1); `id` and
 * `meta` are readOnly common attributes (RFC 7643 §3.1) that a server may
 * leave out of the schema, so they may be listed or not.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
const q4 = defineExercise<string[]>({
  id: "chapter00.q4",
  title: "What can a client never write?",
  hints: [
    "The schema says, attribute by attribute, who may write it: that is the `mutability` characteristic.",
    "Of the four keywords, only one means the client can never set the value: not `writeOnly` (a client writes it, it is just never shown), not `immutable` (a client sets it once).",
    'Keep the attributes of `userSchema.attributes` whose `mutability` is `"readOnly"` (`.filter(…)`), then take their names (`.map(…)`).',
  ],
  solution:
    'const neverWritable: string[] = userSchema.attributes.filter((attribute) => attribute.mutability === "readOnly").map((attribute) => attribute.name);',
  async check(answer, context) {
    expectThat(
      Array.isArray(answer) && answer.every((name) => typeof name === "string"),
      `Answer with an array of attribute names, such as \`["userName", "emails"]\`; got ${describe(answer)}.`,
    );
    const attributes = (await coreUserSchema(context.client())).attributes;
    const readOnly = attributes.filter((attribute) => (attribute.mutability ?? "readWrite") === "readOnly").map((a) => a.name);
    const optional = new Set(["id", "meta"]);
    const given = new Set(answer.map((name) => name.trim().toLowerCase()));
    for (const name of given) {
      if (readOnly.some((attribute) => attribute.toLowerCase() === name) || optional.has(name)) continue;
      const attribute = attributes.find((candidate) => candidate.name.toLowerCase() === name);
      if (attribute === undefined) throw new IncorrectAnswer(`The User schema has no attribute \`${name}\`: take the names from \`userSchema.attributes\`.`);
      const mutability = attribute.mutability ?? "readWrite";
      throw new IncorrectAnswer(
        mutability === "writeOnly"
          ? `\`${attribute.name}\` is \`writeOnly\`: a client writes it, the server just never shows it (RFC 7643 §7).`
          : mutability === "immutable"
            ? `\`${attribute.name}\` is \`immutable\`: a client sets it once, when the resource is created (RFC 7643 §7).`
            : `\`${attribute.name}\` is \`${mutability}\`: a client may write it. Look at each attribute's \`mutability\`.`,
      );
    }
    const missing = readOnly.filter((name) => !given.has(name.toLowerCase()));
    expectThat(
      missing.length === 0,
      `Your list misses ${missing.length === 1 ? "one attribute" : `${missing.length} attributes`} that the schema marks read-only: check every item of \`userSchema.attributes\`, not only the ones you know.`,
    );
    return `Right: ${readOnly.map((name) => `\`${name}\``).join(", ")} (and the common \`id\` and \`meta\`, RFC 7643 §3.1): the server computes them, and a client that sends them is ignored or refused with 400 \`mutability\` (RFC 7644 §3.12).`;
  },
});

/**
 * Chapter 00, question 5: whether `PBeesly` and `pbeesly` are one userName,
 * read from `caseExact` of `userName` (RFC 7643 §7: "whether or not a string
 * attribute is case sensitive"; default false, RFC 7643 §2.2). Judged
 * against the server's schema, never a hard-coded value.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.1
 */
const q5 = defineExercise<boolean>({
  id: "chapter00.q5",
  title: "PBeesly or pbeesly?",
  hints: [
    "One characteristic of a string attribute says whether the server compares its values with or without regard to case.",
    "It is `caseExact` (RFC 7643 §7). When it is missing, the RFC's default applies (RFC 7643 §2.2: false).",
    'Read `caseExact` of the attribute named `"userName"` in `userSchema.attributes`: `true` means case matters, so the two spellings are two userNames; `false` means they are one.',
  ],
  solution:
    'const sameUserName: boolean = !userSchema.attributes.find((attribute) => attribute.name === "userName")!.caseExact;',
  async check(answer, context) {
    expectThat(
      typeof answer === "boolean",
      `Answer \`true\` (the same userName) or \`false\` (two different ones), read from the schema; got ${describe(answer)}.`,
    );
    const userName = findAttribute(await coreUserSchema(context.client()), "userName");
    expectThat(userName !== undefined, "This server's User schema has no `userName` attribute: check `userSchema` by hand.");
    const caseExact = userName.caseExact ?? false;
    expectThat(
      answer === !caseExact,
      `You answered that they are ${answer ? "the same" : "two different"} userName${answer ? "" : "s"}; the server's schema says otherwise. Read \`caseExact\` of \`userName\`, and what that characteristic means (RFC 7643 §7).`,
    );
    return caseExact
      ? "Right: `userName` is case-exact here, so `PBeesly` and `pbeesly` are two userNames."
      : "Right: `userName` is not case-exact (RFC 7643 §4.1.1), so `PBeesly` and `pbeesly` are one userName: `userName eq \"PBeesly\"` should find Pam, and creating `PBeesly` while `pbeesly` exists is a 409 `uniqueness` conflict (RFC 7644 §3.3). A provisioning client compares userNames the same way.";
  },
});

/** The core User schema of the server. */
async function coreUserSchema(client: ScimClient): Promise<SchemaDefinition> {
  const schema = (await client.schemas()).find((candidate) => candidate.id === SchemaUrn.User);
  if (schema === undefined) throw new IncorrectAnswer(`This server's /Schemas has no ${SchemaUrn.User}: check \`schemas\` by hand.`);
  return schema;
}

/** The attribute called `name` (attribute names are case-insensitive, RFC 7643 §2.1). */
function findAttribute(schema: SchemaDefinition, name: string): SchemaDefinition["attributes"][number] | undefined {
  return schema.attributes.find((attribute) => attribute.name.toLowerCase() === name.toLowerCase());
}

/** A path relative to the base URL, without the leading and trailing slashes: `/Groups`, `Groups/`, `<base>/Groups` → `Groups`. */
function relativePath(path: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  const trimmed = path.trim();
  const relative = trimmed.startsWith(base) ? trimmed.slice(base.length) : trimmed;
  return relative.replace(/^\/+|\/+$/g, "");
}

/**
 * The exercises of chapter 00, *Welcome*: `const { q1, q2, q3, q4, q5 } = chapter00;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-4
 */
export const chapter00 = { q1, q2, q3, q4, q5 };
