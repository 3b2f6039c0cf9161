import type { CheckSuite } from "../check.js";
import { SCIM_MEDIA_TYPE } from "../exchange.js";

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const isScimJson = (type: string | undefined) => (type ?? "").split(";")[0]?.trim().toLowerCase() === SCIM_MEDIA_TYPE;

/**
 * Create, read, replace and delete a User, with the status codes and headers of each.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export const crudChecks: CheckSuite = {
  group: "crud",
  checks: [
    {
      name: "create",
      title: "POST /Users answers 201 with id and meta (resourceType, created, lastModified, location)",
      rfc: "RFC 7644 §3.3",
      async run(c) {
        const user = await c.createUser(c.name("create"));
        const meta = (user.meta ?? {}) as Record<string, unknown>;
        c.expect(typeof user.id === "string" && user.id !== "", 'a server-assigned "id"', 'Assign an "id" on create (RFC 7643 §3.1).');
        const missing = ["resourceType", "created", "lastModified", "location"].filter((key) => meta[key] === undefined);
        c.expect(missing.length === 0, `meta with resourceType, created, lastModified and location; missing: ${missing.join(", ")}`, "Fill in meta on create (RFC 7643 §3.1).");
      },
    },
    {
      name: "create-location",
      title: "POST /Users answers 201 with a Location header equal to meta.location",
      rfc: "RFC 7644 §3.3",
      async run(c) {
        const user = await c.createUser(c.name("location"));
        const location = c.last?.headers.location;
        const meta = (user.meta ?? {}) as { location?: unknown };
        c.expect(location !== undefined, "a Location header with the new resource's URI", "Set the Location header of a 201 Created to the resource's URI, the same as meta.location (RFC 7644 §3.3).");
        c.expect(location === meta.location, `Location ${JSON.stringify(location)} equal to meta.location ${JSON.stringify(meta.location)}`, "Make the Location header and meta.location the same URI (RFC 7644 §3.3).");
      },
    },
    {
      name: "content-type",
      title: "Responses carry Content-Type: application/scim+json",
      rfc: "RFC 7644 §3.1",
      async run(c) {
        await c.createUser(c.name("content-type"));
        c.expect(isScimJson(c.last?.headers["content-type"]), `Content-Type: ${SCIM_MEDIA_TYPE}`, `Answer SCIM bodies with Content-Type: ${SCIM_MEDIA_TYPE} (RFC 7644 §3.1, §8.1).`);
        const list = await c.send({ method: "GET", path: "/Users?count=1" });
        c.expect(isScimJson(list.headers["content-type"]), `Content-Type: ${SCIM_MEDIA_TYPE}`, `Answer SCIM bodies with Content-Type: ${SCIM_MEDIA_TYPE} (RFC 7644 §3.1, §8.1).`);
      },
    },
    {
      name: "create-etag",
      title: "POST /Users answers with an ETag header equal to meta.version",
      rfc: "RFC 7644 §3.14",
      needs: ["etag"],
      async run(c) {
        const user = await c.createUser(c.name("create-etag"));
        const etag = c.last?.headers.etag;
        const version = (user.meta as { version?: unknown } | undefined)?.version;
        c.expect(etag !== undefined, "an ETag header with the resource's version", "Send the version in the ETag header of every response that returns a resource (RFC 7644 §3.14).");
        c.expect(version === undefined || version === etag, `ETag ${etag} equal to meta.version ${JSON.stringify(version)}`, "Make meta.version and the ETag header the same (RFC 7644 §3.14).");
      },
    },
    {
      name: "password-never-returned",
      title: "A password sent on create is never returned",
      rfc: "RFC 7643 §4.1.1",
      async run(c) {
        const user = await c.createUser(c.name("password"), { password: "t1meMachine!" });
        c.expect(user.password === undefined, 'no "password" in the response', 'Never return "password": its "returned" is "never" (RFC 7643 §4.1.1).');
      },
    },
    {
      name: "create-missing-username",
      title: "POST /Users without userName is refused with 400",
      rfc: "RFC 7644 §3.3",
      async run(c) {
        const answer = await c.send({ method: "POST", path: "/Users", json: { schemas: [USER], displayName: c.name("no-username") } });
        c.expectError(answer, 400, undefined, 'Refuse a User without "userName" (it is required, RFC 7643 §4.1.1) with 400 and scimType "invalidValue" (RFC 7644 §3.3, §3.12).');
      },
    },
    {
      name: "create-duplicate",
      title: "POST /Users with a userName in use is refused with 409 uniqueness",
      rfc: "RFC 7644 §3.3",
      async run(c) {
        const userName = c.name("duplicate");
        await c.createUser(userName);
        const answer = await c.send({ method: "POST", path: "/Users", json: { schemas: [USER], userName } });
        c.expectError(answer, 409, "uniqueness", 'Refuse a second User with the same userName with 409 and scimType "uniqueness" (RFC 7644 §3.3, §3.12).');
      },
    },
    {
      name: "create-duplicate-case",
      title: "userName uniqueness ignores case (caseExact false)",
      rfc: "RFC 7643 §4.1.1",
      async run(c) {
        const userName = c.name("dup-case");
        await c.createUser(userName);
        const answer = await c.send({ method: "POST", path: "/Users", json: { schemas: [USER], userName: userName.toUpperCase() } });
        c.expectError(answer, 409, "uniqueness", "userName is caseExact false with uniqueness server: compare it case-insensitively (RFC 7643 §4.1.1, §2.1) and refuse the clash with 409 uniqueness.");
      },
    },
    {
      name: "read",
      title: "GET /Users/{id} answers 200 with the resource",
      rfc: "RFC 7644 §3.4.1",
      async run(c) {
        const userName = c.name("read");
        const user = await c.createUser(userName);
        const read = await c.read(`/Users/${user.id}`);
        c.expect(read.id === user.id && read.userName === userName, `the User with id ${user.id} and userName ${userName}`, "Answer GET /Users/{id} with that resource (RFC 7644 §3.4.1).");
      },
    },
    {
      name: "read-unknown",
      title: "GET /Users/{unknown id} answers 404 with a SCIM Error",
      rfc: "RFC 7644 §3.12",
      async run(c) {
        const answer = await c.send({ method: "GET", path: `/Users/${c.name("missing")}` });
        c.expectError(answer, 404, undefined, "Answer an unknown id with 404 and a SCIM Error body (RFC 7644 §3.4.1, §3.12).");
      },
    },
    {
      name: "replace",
      title: "PUT /Users/{id} replaces the resource and answers 200, keeping id",
      rfc: "RFC 7644 §3.5.1",
      async run(c) {
        const userName = c.name("replace");
        const user = await c.createUser(userName, { displayName: "Before", title: "Before" });
        const answer = await c.send({ method: "PUT", path: `/Users/${user.id}`, json: { schemas: [USER], userName, displayName: "After" } });
        c.expectStatus(answer, [200], "Answer a successful PUT with 200 and the resource (RFC 7644 §3.5.1).");
        const replaced = c.resource(answer);
        c.expect(replaced.id === user.id && replaced.displayName === "After", `id ${user.id} and displayName "After"`, "Replace the resource's attributes with the ones sent, keeping its id (RFC 7644 §3.5.1).");
      },
    },
    {
      name: "replace-unknown",
      title: "PUT /Users/{unknown id} answers 404",
      rfc: "RFC 7644 §3.5.1",
      async run(c) {
        const userName = c.name("replace-missing");
        const answer = await c.send({ method: "PUT", path: `/Users/${userName}`, json: { schemas: [USER], userName } });
        c.expectError(answer, 404, undefined, "PUT replaces an existing resource; answer an unknown id with 404 (RFC 7644 §3.5.1, §3.12).");
      },
    },
    {
      name: "delete",
      title: "DELETE /Users/{id} answers 204, then GET answers 404",
      rfc: "RFC 7644 §3.6",
      async run(c) {
        const user = await c.createUser(c.name("delete"));
        const answer = await c.send({ method: "DELETE", path: `/Users/${user.id}` });
        c.expectStatus(answer, [204], "Answer a successful DELETE with 204 No Content (RFC 7644 §3.6).");
        const after = await c.send({ method: "GET", path: `/Users/${user.id}` });
        c.expectError(after, 404, undefined, "A deleted resource is gone: answer GET with 404 (RFC 7644 §3.6).");
      },
    },
    {
      name: "delete-unknown",
      title: "DELETE /Users/{unknown id} answers 404",
      rfc: "RFC 7644 §3.6",
      async run(c) {
        const answer = await c.send({ method: "DELETE", path: `/Users/${c.name("delete-missing")}` });
        c.expectError(answer, 404, undefined, "Answer DELETE of an unknown id with 404 and a SCIM Error (RFC 7644 §3.6, §3.12).");
      },
    },
  ],
};
