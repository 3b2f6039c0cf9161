import { SchemaUrn } from "../../scim/urns.js";
import { expectThat } from "../check-errors.js";
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
    "You fetched it into `config`: look at `config.patch`.",
  ],
  solution: "const patchSupported: boolean = config.patch.supported;",
  async check(answer, context) {
    expectThat(typeof answer === "boolean", `Answer \`true\` or \`false\`, read from \`config\`; got ${describe(answer)}.`);
    const config = await context.client().serviceProviderConfig();
    expectThat(
      answer === config.patch.supported,
      `The server says \`patch.supported\` is \`${config.patch.supported}\`: read it from \`config.patch\`.`,
    );
    return `Right: PATCH is ${answer ? "" : "not "}supported here. Chapters 01 to 03 use it.`;
  },
});

/**
 * Chapter 00, question 2: the endpoint of the Group resource type.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
const q2 = defineExercise<string>({
  id: "chapter00.q2",
  title: "Where do groups live?",
  hints: [
    "`resourceTypes` is an array of resource types; each has a `name` and an `endpoint`.",
    'Find the one whose `name` is `"Group"` with `.find((type) => type.name === "Group")`, then take its `endpoint`.',
  ],
  solution: 'const groupEndpoint: string = resourceTypes.find((type) => type.name === "Group")!.endpoint;',
  async check(answer, context) {
    expectThat(typeof answer === "string", `Answer with the endpoint as a string, such as \`"/Users"\`; got ${describe(answer)}.`);
    const types = await context.client().resourceTypes();
    const group = types.find((type) => type.name === "Group");
    expectThat(group !== undefined, "This server lists no Group resource type: check `resourceTypes` by hand.");
    expectThat(
      answer === group.endpoint,
      answer === "/Users"
        ? "That is where users live. Look for the resource type whose `name` is `Group`."
        : `Not quite: the Group resource type's \`endpoint\` is not ${JSON.stringify(answer)}. Read it from \`resourceTypes\`.`,
    );
    return `Right: groups live at \`${group.endpoint}\`, under the base URL.`;
  },
});

/**
 * Chapter 00, question 3: the mutability of `groups` in the User schema.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
 */
const q3 = defineExercise<string>({
  id: "chapter00.q3",
  title: "Who may change a user's groups?",
  hints: [
    "Each item of `userSchema.attributes` is an attribute definition with a `name` and a `mutability`.",
    'Find the one whose `name` is `"groups"`: `userSchema.attributes.find((attribute) => attribute.name === "groups")`.',
  ],
  solution:
    'const groupsMutability: string = userSchema.attributes.find((attribute) => attribute.name === "groups")!.mutability!;',
  async check(answer, context) {
    expectThat(typeof answer === "string", `Answer with the mutability as a string, such as \`"readWrite"\`; got ${describe(answer)}.`);
    const schemas = await context.client().schemas();
    const userSchema = schemas.find((schema) => schema.id === SchemaUrn.User);
    const groups = userSchema?.attributes.find((attribute) => attribute.name === "groups");
    expectThat(groups !== undefined, "This server's User schema has no `groups` attribute: check `userSchema` by hand.");
    expectThat(
      answer === groups.mutability,
      `The schema does not say ${JSON.stringify(answer)}: find the \`groups\` attribute in \`userSchema.attributes\` and read its \`mutability\`.`,
    );
    return `Right: \`groups\` is \`${groups.mutability}\`. The server computes it from the groups' members; chapter 01 shows what that means.`;
  },
});

/**
 * The exercises of chapter 00, *Welcome*: `const { q1, q2, q3 } = chapter00;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-4
 */
export const chapter00 = { q1, q2, q3 };
