import type { CheckContext, Json } from "../check-context.js";
import type { CheckSuite } from "../check.js";
import { patched, valuesOf } from "../patch-helpers.js";
import { listPath, resourcesOf } from "../query.js";

const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

/** Two users and a group holding the first. */
async function team(c: CheckContext, tag: string): Promise<{ group: Json; first: Json; second: Json }> {
  const first = await c.createUser(c.name(`${tag}-u`));
  const second = await c.createUser(c.name(`${tag}-u`));
  const group = await c.createGroup(c.name(tag), [String(first.id)]);
  return { group, first, second };
}

const memberIds = (group: Json) => valuesOf(group, "members").map((member) => String(member.value)).sort();
const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify([...b].sort());

/**
 * Groups and their members: create with members, the users' derived groups attribute, PATCH members in and
 * out, PUT, filtering by displayName.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export const groupChecks: CheckSuite = {
  group: "groups",
  checks: [
    {
      name: "create",
      title: "POST /Groups with members answers 201 with the members",
      rfc: "RFC 7643 §4.2",
      async run(c) {
        const { group, first } = await team(c, "g-create");
        c.expect(same(memberIds(group), [String(first.id)]), `members [${String(first.id)}]`, "Keep the members sent on create (RFC 7643 §4.2, RFC 7644 §3.3).");
      },
    },
    {
      name: "user-groups",
      title: "A member's groups attribute lists the group",
      rfc: "RFC 7643 §4.1.2",
      async run(c) {
        const { group, first } = await team(c, "g-derived");
        const user = await c.read(`/Users/${String(first.id)}`);
        const groups = valuesOf(user, "groups").map((entry) => entry.value);
        c.expect(groups.includes(group.id), `groups containing ${String(group.id)}`, 'Derive the User\'s readOnly "groups" attribute from group membership (RFC 7643 §4.1.2).');
      },
    },
    {
      name: "patch-add-member",
      title: "PATCH add members adds one member, keeping the others",
      rfc: "RFC 7644 §3.5.2.1",
      needs: ["patch"],
      async run(c) {
        const { group, first, second } = await team(c, "g-add");
        const after = await patched(c, `/Groups/${String(group.id)}`, [{ op: "add", path: "members", value: [{ value: second.id }] }]);
        c.expect(same(memberIds(after), [String(first.id), String(second.id)]), "both users as members", "add to members appends, keeping existing members (RFC 7644 §3.5.2.1).");
      },
    },
    {
      name: "patch-remove-member",
      title: 'PATCH remove members[value eq "id"] removes that member only',
      rfc: "RFC 7644 §3.5.2.2",
      needs: ["patch"],
      async run(c) {
        const { group, first, second } = await team(c, "g-remove");
        await patched(c, `/Groups/${String(group.id)}`, [{ op: "add", path: "members", value: [{ value: second.id }] }]);
        const after = await patched(c, `/Groups/${String(group.id)}`, [{ op: "remove", path: `members[value eq "${String(first.id)}"]` }]);
        c.expect(same(memberIds(after), [String(second.id)]), `only ${String(second.id)} left`, "remove with a value filter removes only the matching members (RFC 7644 §3.5.2.2).");
      },
    },
    {
      name: "put-members",
      title: "PUT /Groups/{id} replaces the member list",
      rfc: "RFC 7644 §3.5.1",
      async run(c) {
        const { group, second } = await team(c, "g-put");
        const answer = await c.send({ method: "PUT", path: `/Groups/${String(group.id)}`, json: { schemas: [GROUP], displayName: group.displayName, members: [{ value: second.id }] } });
        c.expectStatus(answer, [200], "Answer PUT with 200 and the group (RFC 7644 §3.5.1).");
        const after = await c.read(`/Groups/${String(group.id)}`);
        c.expect(same(memberIds(after), [String(second.id)]), `members [${String(second.id)}]`, "PUT replaces the members with the ones sent (RFC 7644 §3.5.1).");
      },
    },
    {
      name: "exclude-members",
      title: "excludedAttributes=members answers the group without members",
      rfc: "RFC 7644 §3.4.2.5",
      async run(c) {
        const { group } = await team(c, "g-exclude");
        const answer = await c.send({ method: "GET", path: `/Groups/${String(group.id)}?excludedAttributes=members` });
        c.expectStatus(answer, [200], "Answer GET with excludedAttributes with 200 (RFC 7644 §3.4.2.5).");
        const body = c.resource(answer);
        c.expect(body.members === undefined && body.displayName === group.displayName, "displayName, and no members", "Leave members out when excluded: identity providers read large groups this way (RFC 7644 §3.4.2.5).");
      },
    },
    {
      name: "filter-display-name",
      title: 'GET /Groups?filter=displayName eq "…" finds the group',
      rfc: "RFC 7644 §3.4.2.2",
      needs: ["filter"],
      async run(c) {
        const { group } = await team(c, "g-filter");
        const answer = await c.send({ method: "GET", path: listPath("/Groups", { filter: `displayName eq "${String(group.displayName)}"` }) });
        c.expectStatus(answer, [200], "Support filters on /Groups (RFC 7644 §3.4.2.2).");
        const ids = resourcesOf(answer).map((found) => found.id);
        c.expect(ids.length === 1 && ids[0] === group.id, `exactly the group ${String(group.id)}`, "Filter groups by displayName (RFC 7644 §3.4.2.2).");
      },
    },
    {
      name: "delete",
      title: "DELETE /Groups/{id} answers 204 and leaves the members' users",
      rfc: "RFC 7644 §3.6",
      async run(c) {
        const { group, first } = await team(c, "g-delete");
        const answer = await c.send({ method: "DELETE", path: `/Groups/${String(group.id)}` });
        c.expectStatus(answer, [204], "Answer DELETE with 204 (RFC 7644 §3.6).");
        await c.read(`/Users/${String(first.id)}`);
      },
    },
  ],
};
