import type { ScimClient } from "../../client/index.js";
import type { PatchOperation } from "../../scim/patch-op.js";
import type { User } from "../../scim/user.js";
import { SchemaUrn } from "../../scim/urns.js";
import { tryAnswer } from "./answers.js";

/** What a filter found, for chapter 01's q2: whether it is exactly Charles, and a message when not. */
export interface CharlesSearch {
  found: boolean;
  message: string;
}

/**
 * Run the learner's filter and say whether it finds exactly Charles.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export async function findCharles(client: ScimClient, text: string, charlesId: string): Promise<CharlesSearch> {
  const page = await tryAnswer(`GET /Users?filter=${text}`, () => client.users.list({ filter: text, attributes: ["userName"] }), {
    filter: text,
    resourceType: "User",
  });
  const found = page.Resources.length === 1 && page.Resources[0]?.id === charlesId;
  if (found) return { found, message: "" };
  if (page.Resources.length === 0) return { found, message: "your filter finds nobody." };
  const names = page.Resources.map((user) => user.userName).join(", ");
  const more = page.totalResults > page.Resources.length ? ` (and ${page.totalResults - page.Resources.length} more)` : "";
  return { found, message: `your filter finds ${names}${more}: it should find Charles and only him.` };
}

/** What the check gives Charles for a moment: every human-facing name he has. */
const renamed = {
  userName: "cminer-renamed-by-check",
  displayName: "Chuck Minor (renamed by a check)",
  name: { formatted: "Chuck Minor", givenName: "Chuck", familyName: "Minor" },
  emails: [{ value: "chuck.minor@example.com", type: "work", primary: true }],
  title: "Renamed by a check",
} as const;

/**
 * Rename Charles on the server (userName, displayName, name, work email,
 * title), run `use`, then put each of those attributes back as it was, in
 * `finally`: the check leaves the story as it found it.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export async function whileRenamed<R>(client: ScimClient, charlesId: string, use: () => Promise<R>): Promise<R> {
  const before = await client.users.get(charlesId);
  await client.users.patch(charlesId, patchOf([{ op: "remove", path: "name" }, ...Object.entries(renamed).map(replaceOp)]));
  try {
    return await use();
  } finally {
    await client.users.patch(charlesId, patchOf(restoreOps(before)));
  }
}

/** The operations that put back what {@link whileRenamed} changed. */
function restoreOps(before: User): PatchOperation[] {
  const operations: PatchOperation[] = [{ op: "replace", path: "userName", value: before.userName }, { op: "remove", path: "name" }];
  for (const attribute of Object.keys(renamed).filter((key) => key !== "userName")) {
    const value = (before as Record<string, unknown>)[attribute];
    if (value === undefined || value === null) {
      if (attribute !== "name") operations.push({ op: "remove", path: attribute });
    } else {
      operations.push(attribute === "name" ? { op: "add", path: attribute, value } : replaceOp([attribute, value]));
    }
  }
  return operations;
}

function replaceOp([path, value]: [string, unknown]): PatchOperation {
  return { op: "replace", path, value } as PatchOperation;
}

function patchOf(Operations: PatchOperation[]) {
  return { schemas: [SchemaUrn.PatchOp], Operations };
}
