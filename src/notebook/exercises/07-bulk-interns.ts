import type { BulkRequestInput } from "../../client/bulk.js";
import type { ScimClient } from "../../client/index.js";
import { filter } from "../../scim/filter/index.js";
import { expectThat, IncorrectAnswer, ServerLimitation } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe, tryAnswer } from "./answers.js";

/** The names the question asks for; the check deletes whatever holds them, before and after. */
export const internNames = ["scimlab-intern-1", "scimlab-intern-2"] as const;
export const internGroup = "scimlab interns";

/**
 * Chapter 07, question 1: one Bulk request that creates two users and a group
 * holding both, the members named by `bulkId` references. Judged by what the
 * request creates (then deleted): every operation succeeded, the two users
 * and the group exist once each, and the group holds exactly the two users.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7.2
 */
export const q1 = defineExercise<BulkRequestInput>({
  id: "chapter07.q1",
  title: "Two interns and their group, in one request",
  hints: [
    "Three operations in one `Operations` array: two POSTs to `/Users`, one POST to `/Groups`. Every POST carries a `bulkId` of your choosing.",
    "A member's `value` is the user's `id`, which the server has not made yet when you send the request. RFC 7644 §3.7.2 lets an operation refer to a resource another operation of the same request creates.",
    'Give each user POST a `bulkId` (say `"i1"`, `"i2"`) and write the group\'s members as `[{ value: "bulkId:i1" }, { value: "bulkId:i2" }]` (or `bulkIdRef("i1")`).',
  ],
  solution: `const internsBulk: BulkRequestInput = {
  Operations: [
    { method: "POST", path: "/Users", bulkId: "i1", data: { userName: "scimlab-intern-1" } },
    { method: "POST", path: "/Users", bulkId: "i2", data: { userName: "scimlab-intern-2" } },
    { method: "POST", path: "/Groups", bulkId: "interns", data: { displayName: "scimlab interns", members: [{ value: bulkIdRef("i1") }, { value: bulkIdRef("i2") }] } },
  ],
};`,
  async check(answer, context) {
    expectThat(
      typeof answer === "object" && answer !== null && Array.isArray((answer as { Operations?: unknown }).Operations),
      `Answer with a bulk request \`{ Operations: [ … ] }\`; got ${Array.isArray(answer) ? "an array: wrap the operations in an object" : describe(answer)}.`,
    );
    const client = context.client();
    const config = await client.serviceProviderConfig();
    if (config.bulk?.supported === false) {
      throw new ServerLimitation("This server does not support Bulk (its ServiceProviderConfig says bulk.supported: false, RFC 7643 §5): the check cannot run your request here.");
    }
    await removeLeftovers(client);
    const created: Array<{ endpoint: "users" | "groups"; id: string }> = [];
    try {
      const response = await tryAnswer("Your Bulk request", () => client.bulk(answer));
      for (const result of response.Operations) {
        const location = String(result.location ?? "");
        const id = location.split("/").pop();
        if (Number(result.status) === 201 && id) created.push({ endpoint: location.includes("/Groups/") ? "groups" : "users", id });
      }
      const failed = response.Operations.filter((result) => Number(result.status) >= 400);
      if (failed.length > 0) {
        const first = failed[0];
        const detail = (first?.response as { detail?: unknown } | undefined)?.detail;
        throw new IncorrectAnswer(
          `${failed.length} operation(s) failed; the first, ${first?.method} ${first?.bulkId ? `(bulkId "${first.bulkId}")` : ""}, with ${first?.status}` +
            `${detail ? `: ${String(detail).replace(/\.$/, "")}` : ""}. If it is the group: a member's value must be the id of a user, and the interns' ids do not exist before the request runs.`,
        );
      }
      expectThat(created.length === 3, `Your request created ${created.length} resource(s); the question asks for three: two users and their group.`);
      const ids = await Promise.all(internNames.map((userName) => idsOf(client.users, "userName", userName)));
      internNames.forEach((userName, index) =>
        expectThat(ids[index]?.length === 1, `There are ${ids[index]?.length} users named ${userName} after your request: create each intern once, with that userName.`),
      );
      const groups = await idsOf(client.groups, "displayName", internGroup);
      expectThat(groups.length === 1, `There are ${groups.length} groups named "${internGroup}" after your request: create it once.`);
      const group = await client.groups.get(groups[0] as string);
      // A server that stores a reference unresolved (against RFC 7644 §3.7.2) still got a right request: count the reference as the id it names.
      const createdBy = new Map(response.Operations.filter((result) => result.bulkId && result.location).map((result) => [`bulkId:${result.bulkId}`, String(result.location).split("/").pop()]));
      const unresolved = (group.members ?? []).filter((member) => createdBy.has(member.value ?? ""));
      const members = (group.members ?? []).map((member) => createdBy.get(member.value ?? "") ?? member.value).sort();
      const interns = ids.map((found) => found[0] as string).sort();
      expectThat(
        JSON.stringify(members) === JSON.stringify(interns),
        `The group was created, but holds ${members.length} member(s) and not exactly the two interns: each member's \`value\` must resolve to the id the server gave one of them.`,
      );
      if (unresolved.length > 0) {
        return (
          "Right: one round trip, three resources, and the group refers to both interns. (This server stored " +
          `${unresolved.map((member) => JSON.stringify(member.value)).join(", ")} in the group's members as written instead of the new ids, ` +
          "against RFC 7644 §3.7.2; your request was right.)"
        );
      }
      return "Right: one round trip, three resources, and the server put the new users' ids where your request referred to their bulkIds (RFC 7644 §3.7.2).";
    } finally {
      for (const { endpoint, id } of created) await client[endpoint].delete(id).catch(() => undefined);
      await removeLeftovers(client);
    }
  },
});

async function idsOf(endpoint: ScimClient["users"] | ScimClient["groups"], attribute: string, value: string): Promise<string[]> {
  const page = await endpoint.list({ filter: filter.eq(attribute, value), attributes: ["id"] });
  return page.Resources.map((resource) => resource.id as string);
}

/** Delete the interns and their group, whoever made them. */
async function removeLeftovers(client: ScimClient): Promise<void> {
  for (const id of await idsOf(client.groups, "displayName", internGroup)) await client.groups.delete(id).catch(() => undefined);
  for (const userName of internNames) {
    for (const id of await idsOf(client.users, "userName", userName)) await client.users.delete(id).catch(() => undefined);
  }
}
