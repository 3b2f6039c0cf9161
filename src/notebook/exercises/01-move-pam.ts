import type { User } from "../../scim/user.js";
import { SchemaUrn } from "../../scim/urns.js";
import { directoryEntry } from "../../setup/cast.js";
import { expectThat, NotAttempted } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { patchAnswer, tryAnswer } from "./answers.js";
import { findUserId, withScratchUser } from "./scratch.js";

const enterprise = SchemaUrn.EnterpriseUser;

/**
 * Chapter 01, question 5: move Pam to Sales in one PATCH (department
 * "Sales", title "Sales Representative") and change nothing else; applied to
 * a scratch copy of Pam and judged by comparing the user before and after.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export const moveToSales = defineExercise<unknown>({
  id: "chapter01.q5",
  title: "Move Pam to Sales",
  hints: [
    "One PATCH request carries a list of operations: you need one for the title and one for the department.",
    "`department` is not a core attribute: it belongs to the Enterprise User extension, so its path starts with the extension's schema URN (RFC 7644 §3.10).",
    `The department's path is \`${enterprise}:department\`; \`title\` is a core attribute, its path is just \`title\`. Use \`replace\` for both.`,
  ],
  solution: `const movePam = patch().replace("title", "Sales Representative").replace("${enterprise}:department", "Sales");`,
  async check(answer, context) {
    expectThat(
      !Array.isArray(answer),
      "That is a list of PATCH requests: a provisioning client sends ONE request, whose `Operations` list holds every change, so the server applies them together or not at all (RFC 7644 §3.5.2).",
    );
    const body = patchAnswer(answer);
    const client = context.client();
    const pam = directoryEntry("pbeesly");
    const managerId = pam.manager ? await findUserId(client, pam.manager) : undefined;
    if (pam.manager && managerId === undefined) {
      throw new NotAttempted("Pam's manager is not on the server: run the chapter's setup cell first.");
    }
    const { userName, externalId, ...input } = pam.user;
    const copy = { ...input, [enterprise]: { ...input[enterprise], ...(managerId ? { manager: { value: managerId } } : {}) } };
    const [before, after] = await withScratchUser(client, "chapter01-q5", copy, async (user) => {
      const id = user.id as string;
      const start = await client.users.get(id);
      await tryAnswer("Your PATCH", () => client.users.patch(id, body), { patch: body, resourceType: "User" });
      return [start, await client.users.get(id)] as const;
    });
    const department = (after[enterprise] as { department?: unknown } | undefined)?.department;
    expectThat(
      after.title === "Sales Representative",
      `After your PATCH Pam's title is ${JSON.stringify(after.title)}: it should be "Sales Representative".`,
    );
    expectThat(
      department === "Sales",
      `After your PATCH Pam's department is ${JSON.stringify(department)}: it should be "Sales". The department lives in the Enterprise User extension.`,
    );
    const changed = differences(before, after).filter((path) => path !== "title" && path !== `${enterprise}:department`);
    expectThat(
      changed.length === 0,
      `Title and department are right, but your PATCH also changed ${changed.join(", ")}. A replace on a whole attribute puts your value in place of everything it held; aim each operation at exactly what changes.`,
    );
    return "Right: one request, two operations, and nothing else touched. A provisioning client sends only what changed, so it never overwrites what someone else set in the meantime.";
  },
});

/** The attribute paths (core, and `urn:…:sub` in extensions) whose values differ, `meta` left out. */
function differences(before: User, after: User): string[] {
  const paths = new Set<string>();
  const [a, b] = [before as Record<string, unknown>, after as Record<string, unknown>];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === "meta" || key === "schemas") continue;
    if (key.startsWith("urn:") && isObject(a[key]) && isObject(b[key])) {
      const [x, y] = [a[key] as Record<string, unknown>, b[key] as Record<string, unknown>];
      for (const sub of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (canonical(x[sub]) !== canonical(y[sub])) paths.add(`${key}:${sub}`);
      }
    } else if (canonical(a[key]) !== canonical(b[key])) {
      paths.add(key);
    }
  }
  return [...paths];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** JSON with object keys sorted, so that key order does not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isObject(item) ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => x.localeCompare(y))) : item,
  );
}
