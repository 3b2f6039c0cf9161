import type { Json } from "../check-context.js";
import type { CheckSuite } from "../check.js";
import { valuesOf } from "../patch-helpers.js";

const BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
const BULK_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
const S = "RFC 7644 §3.7";

const operationsOf = (body: unknown): Json[] => {
  const operations = (body as { Operations?: unknown } | undefined)?.Operations;
  return Array.isArray(operations) ? (operations as Json[]) : [];
};

/** The id at the end of a Bulk operation's location. */
const idOf = (location: unknown) => (typeof location === "string" ? location.split("/").pop() : undefined);

/**
 * Bulk: several operations in one request, bulkId references between them, per-operation errors, limits.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export const bulkChecks: CheckSuite = {
  group: "bulk",
  needs: ["bulk"],
  checks: [
    {
      name: "bulk-ids",
      title: "A Bulk POST of a user and a group referencing it by bulkId creates both, linked",
      rfc: "RFC 7644 §3.7.2",
      async run(c) {
        const userName = c.name("bulk-user");
        const json = {
          schemas: [BULK_REQUEST],
          Operations: [
            { method: "POST", path: "/Users", bulkId: "u1", data: { schemas: [USER], userName } },
            { method: "POST", path: "/Groups", bulkId: "g1", data: { schemas: [GROUP], displayName: c.name("bulk-group"), members: [{ value: "bulkId:u1" }] } },
          ],
        };
        const answer = await c.send({ method: "POST", path: "/Bulk", json });
        c.expectStatus(answer, [200], "Answer a Bulk request with 200 and a BulkResponse (RFC 7644 §3.7.3).");
        const body = c.resource(answer);
        c.expect(Array.isArray(body.schemas) && body.schemas.includes(BULK_RESPONSE), `schemas ["${BULK_RESPONSE}"]`, "Answer with a BulkResponse (RFC 7644 §3.7.3).");
        const [user, group] = operationsOf(body);
        c.expect(String(user?.status) === "201" && String(group?.status) === "201" && user?.bulkId === "u1", 'two operations with status "201", bulkIds echoed', "Report each operation's status, bulkId and location (RFC 7644 §3.7.3).");
        const created = await c.read(`/Groups/${String(idOf(group?.location))}`);
        const members = valuesOf(created, "members").map((member) => member.value);
        c.expect(members.length === 1 && members[0] === idOf(user?.location), `the group's member is the new user ${String(idOf(user?.location))}, got ${JSON.stringify(members)}`, 'Replace "bulkId:u1" with the id of the resource created by the operation with that bulkId (RFC 7644 §3.7.2).');
      },
    },
    {
      name: "operation-error",
      title: "A failing operation reports its own error status; the others still run",
      rfc: "RFC 7644 §3.7.3",
      async run(c) {
        const userName = c.name("bulk-dup");
        const json = {
          schemas: [BULK_REQUEST],
          Operations: [
            { method: "POST", path: "/Users", bulkId: "a", data: { schemas: [USER], userName } },
            { method: "POST", path: "/Users", bulkId: "b", data: { schemas: [USER], userName } },
            { method: "POST", path: "/Users", bulkId: "c", data: { schemas: [USER], userName: `${userName}-other` } },
          ],
        };
        const answer = await c.send({ method: "POST", path: "/Bulk", json });
        c.expectStatus(answer, [200], "Answer a Bulk request with 200 even when operations fail (RFC 7644 §3.7.3).");
        const statuses = operationsOf(answer.body).map((operation) => String(operation.status));
        c.expect(JSON.stringify(statuses) === JSON.stringify(["201", "409", "201"]), `statuses ["201", "409", "201"], got ${JSON.stringify(statuses)}`, "Give each operation its own status, with a SCIM Error in response for failures, and go on (failOnErrors absent) (RFC 7644 §3.7.3).");
      },
    },
    {
      name: "patch-delete",
      title: "Bulk PATCH and DELETE of an existing user",
      rfc: S,
      async run(c) {
        const user = await c.createUser(c.name("bulk-patch"));
        const json = {
          schemas: [BULK_REQUEST],
          Operations: [
            { method: "PATCH", path: `/Users/${String(user.id)}`, data: { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", path: "title", value: "Bulk" }] } },
            { method: "DELETE", path: `/Users/${String(user.id)}` },
          ],
        };
        const answer = await c.send({ method: "POST", path: "/Bulk", json });
        c.expectStatus(answer, [200], "Answer a Bulk request with 200 (RFC 7644 §3.7.3).");
        const statuses = operationsOf(answer.body).map((operation) => String(operation.status));
        c.expect(["200", "204"].includes(statuses[0] ?? "") && statuses[1] === "204", `statuses 200 (or 204) then 204, got ${JSON.stringify(statuses)}`, "Run PATCH and DELETE operations as the endpoints would (RFC 7644 §3.7.1).");
        const after = await c.send({ method: "GET", path: `/Users/${String(user.id)}` });
        c.expectStatus(after, [404], "A Bulk DELETE deletes the resource (RFC 7644 §3.7.1).");
      },
    },
    {
      name: "max-operations",
      title: "More operations than bulk.maxOperations is refused with 413",
      rfc: "RFC 7644 §3.7.4",
      async run(c) {
        const max = c.features.bulkMaxOperations;
        c.expect(max !== undefined, "bulk.maxOperations in /ServiceProviderConfig", "Declare bulk.maxOperations (RFC 7643 §5).");
        if (max === undefined || max > 1000) return;
        const Operations = Array.from({ length: max + 1 }, (_, n) => ({ method: "DELETE", path: `/Users/${c.prefix}-absent-${n}` }));
        const answer = await c.send({ method: "POST", path: "/Bulk", json: { schemas: [BULK_REQUEST], Operations } });
        c.expectError(answer, 413, undefined, "Refuse a Bulk request over maxOperations with 413 Payload Too Large (RFC 7644 §3.7.4).");
      },
    },
  ],
};
