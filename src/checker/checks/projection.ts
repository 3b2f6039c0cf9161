import type { CheckContext, Json } from "../check-context.js";
import type { CheckSuite } from "../check.js";
import { listPath, resourcesOf } from "../query.js";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const S = "RFC 7644 §3.4.2.5";

/** One user with several attributes, to project. */
function person(c: CheckContext): Promise<Json> {
  return c.fixture("projection", () =>
    c.createUser(`${c.prefix}-j-dana`, {
      displayName: "Dana Projection",
      title: "Analyst",
      name: { familyName: "Projection", givenName: "Dana" },
      emails: [{ type: "work", value: "dana@example.com" }],
      [ENTERPRISE]: { department: "Research", employeeNumber: "801" },
    }),
  );
}

async function projected(c: CheckContext, params: Record<string, string>): Promise<Json> {
  const user = await person(c);
  const answer = await c.send({ method: "GET", path: listPath(`/Users/${String(user.id)}`, params) });
  c.expectStatus(answer, [200], "Answer GET with attributes/excludedAttributes with 200 (RFC 7644 §3.4.2.5).");
  return c.resource(answer);
}

/**
 * attributes and excludedAttributes on GET, on lists and on the answers of writes.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.5
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 */
export const projectionChecks: CheckSuite = {
  group: "projection",
  checks: [
    {
      name: "attributes",
      title: "attributes=userName returns userName and id only (plus returned-always ones)",
      rfc: S,
      async run(c) {
        const user = await projected(c, { attributes: "userName" });
        c.expect(user.userName !== undefined && user.id !== undefined, "userName and id", 'Return the named attributes, and always the "returned: always" ones such as id (RFC 7643 §7).');
        c.expect(user.displayName === undefined && user.emails === undefined && user.title === undefined, "no displayName, emails or title", "Return only the attributes named in attributes (RFC 7644 §3.4.2.5).");
      },
    },
    {
      name: "excluded-attributes",
      title: "excludedAttributes=emails,title leaves them out and keeps the rest",
      rfc: S,
      async run(c) {
        const user = await projected(c, { excludedAttributes: "emails,title" });
        c.expect(user.emails === undefined && user.title === undefined, "no emails and no title", "Leave out the attributes named in excludedAttributes (RFC 7644 §3.4.2.5).");
        c.expect(user.userName !== undefined && user.displayName !== undefined, "userName and displayName still there", "Return every other default attribute (RFC 7644 §3.4.2.5).");
      },
    },
    {
      name: "excluded-always",
      title: "excludedAttributes cannot remove id (returned always)",
      rfc: "RFC 7643 §7",
      async run(c) {
        const user = await projected(c, { excludedAttributes: "id" });
        c.expect(user.id !== undefined, "id still returned", 'Attributes with "returned: always" (id) are returned even when excluded (RFC 7643 §7, RFC 7644 §3.4.2.5).');
      },
    },
    {
      name: "sub-attribute",
      title: "attributes=name.familyName returns that sub-attribute only",
      rfc: S,
      async run(c) {
        const user = await projected(c, { attributes: "name.familyName" });
        const name = (user.name ?? {}) as Json;
        c.expect(name.familyName === "Projection" && name.givenName === undefined && user.userName === undefined, 'name.familyName "Projection", no name.givenName, no userName', "Select sub-attributes by their path (RFC 7644 §3.4.2.5, §3.10).");
      },
    },
    {
      name: "urn-extension",
      title: "attributes with a URN-qualified extension attribute",
      rfc: "RFC 7644 §3.10",
      async run(c) {
        const user = await projected(c, { attributes: `${ENTERPRISE}:department` });
        const extension = (user[ENTERPRISE] ?? {}) as Json;
        c.expect(extension.department === "Research" && extension.employeeNumber === undefined && user.title === undefined, "the enterprise department only", "Resolve URN-qualified attribute paths in attributes (RFC 7644 §3.10, §3.4.2.5).");
      },
    },
    {
      name: "list",
      title: "attributes applies to every resource of a list",
      rfc: S,
      needs: ["filter"],
      async run(c) {
        const user = await person(c);
        const answer = await c.send({ method: "GET", path: listPath("/Users", { filter: `userName eq "${String(user.userName)}"`, attributes: `${USER}:userName` }) });
        c.expectStatus(answer, [200], "Answer a search with attributes with 200 (RFC 7644 §3.4.2.5).");
        const [found] = resourcesOf(answer);
        c.expect(found?.userName === user.userName && found?.displayName === undefined && found?.emails === undefined, "each resource with userName and id only", "Apply attributes to every resource of a ListResponse (RFC 7644 §3.4.2.5).");
      },
    },
    {
      name: "on-write",
      title: "attributes on POST selects what the 201 answer returns",
      rfc: "RFC 7644 §3.9",
      async run(c) {
        const userName = c.name("write-projection");
        const answer = await c.send({ method: "POST", path: "/Users?attributes=userName", json: { schemas: [USER], userName, displayName: "Left Out", title: "Left Out" } });
        c.expectStatus(answer, [201], "Create the User (RFC 7644 §3.3).");
        const user = c.resource(answer);
        c.expect(user.userName === userName && user.id !== undefined && user.displayName === undefined && user.title === undefined, "userName and id only", "Apply attributes/excludedAttributes to the answers of POST, PUT and PATCH too (RFC 7644 §3.9).");
      },
    },
  ],
};
