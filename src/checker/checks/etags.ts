import type { CheckContext, Json } from "../check-context.js";
import type { CheckSuite } from "../check.js";
import { sendPatch } from "../patch-helpers.js";

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const S = "RFC 7644 §3.14";

/** A user and the ETag its GET answers with (failing the check when there is none). */
async function versioned(c: CheckContext, tag: string): Promise<{ user: Json; etag: string }> {
  const user = await c.createUser(c.name(tag));
  const answer = await c.send({ method: "GET", path: `/Users/${String(user.id)}` });
  c.expectStatus(answer, [200], "Answer GET /Users/{id} with 200 (RFC 7644 §3.4.1).");
  const etag = answer.headers.etag;
  c.expect(etag !== undefined, "an ETag header on GET", "etag.supported is true: send the resource's version in the ETag header (RFC 7644 §3.14).");
  return { user, etag };
}

/** An ETag that is not the current one. */
const stale = (etag: string) => (etag.startsWith("W/") ? `W/"scimlab-stale-${etag.length}"` : '"scimlab-stale"');

/**
 * Versions: ETag and meta.version, If-None-Match on GET, If-Match on writes.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 */
export const etagChecks: CheckSuite = {
  group: "etags",
  checks: [
    {
      name: "if-match-never-issued",
      title: "A PUT with an If-Match the server never issued is refused with 412, not applied",
      rfc: S,
      async run(c) {
        const user = await c.createUser(c.name("if-match-unknown"), { title: "Before" });
        const answer = await c.send({ method: "PUT", path: `/Users/${String(user.id)}`, json: { schemas: [USER], userName: user.userName, title: "Overwritten" }, headers: { "If-Match": 'W/"scimlab-never-issued"' } });
        const noEtag = answer.headers.etag === undefined ? " and sends no ETag header" : "";
        c.expect(answer.status === 412, `HTTP 412 Precondition Failed, got ${answer.status}: the server ignored If-Match${answer.status < 300 ? " and applied the write" : ""}${noEtag}`, "Compare If-Match with the resource's current version (ETag, meta.version: RFC 7644 §3.14). A server without versions must still refuse it: no current representation matches the tag, so the precondition fails with 412 (RFC 7232 §3.1). Ignoring If-Match silently overwrites concurrent changes.", answer);
      },
    },
    {
      name: "etag-version",
      needs: ["etag"],
      title: "GET answers an ETag header equal to meta.version",
      rfc: S,
      async run(c) {
        const { etag } = await versioned(c, "etag");
        const version = ((c.last?.body as Json | undefined)?.meta as Json | undefined)?.version;
        c.expect(version === etag, `meta.version ${JSON.stringify(version)} equal to ETag ${etag}`, "Keep meta.version and the ETag header the same (RFC 7644 §3.14, RFC 7643 §3.1).");
      },
    },
    {
      name: "if-none-match",
      needs: ["etag"],
      title: "GET with If-None-Match: current ETag answers 304 Not Modified",
      rfc: S,
      async run(c) {
        const { user, etag } = await versioned(c, "if-none-match");
        const answer = await c.send({ method: "GET", path: `/Users/${String(user.id)}`, headers: { "If-None-Match": etag } });
        c.expectStatus(answer, [304], "Answer a GET whose If-None-Match holds the current version with 304 Not Modified (RFC 7644 §3.14, RFC 7232 §3.2).");
      },
    },
    {
      name: "if-match-put-stale",
      needs: ["etag"],
      title: "PUT with a stale If-Match is refused with 412",
      rfc: S,
      async run(c) {
        const { user, etag } = await versioned(c, "if-match-put");
        const answer = await c.send({ method: "PUT", path: `/Users/${String(user.id)}`, json: { schemas: [USER], userName: user.userName, title: "Stale" }, headers: { "If-Match": stale(etag) } });
        c.expectError(answer, 412, undefined, "Compare If-Match with the current version and refuse a mismatch with 412 Precondition Failed (RFC 7644 §3.14).");
      },
    },
    {
      name: "if-match-put-current",
      needs: ["etag"],
      title: "PUT with the current If-Match succeeds and changes the ETag",
      rfc: S,
      async run(c) {
        const { user, etag } = await versioned(c, "if-match-ok");
        const answer = await c.send({ method: "PUT", path: `/Users/${String(user.id)}`, json: { schemas: [USER], userName: user.userName, title: "Current" }, headers: { "If-Match": etag } });
        c.expectStatus(answer, [200], "Accept a write whose If-Match is the current version (RFC 7644 §3.14).");
        c.expect(answer.headers.etag !== undefined && answer.headers.etag !== etag, `a new ETag, not ${etag}`, "Give every change a new version (RFC 7644 §3.14).");
      },
    },
    {
      name: "if-match-patch-stale",
      title: "PATCH with a stale If-Match is refused with 412",
      rfc: S,
      needs: ["etag", "patch"],
      async run(c) {
        const { user, etag } = await versioned(c, "if-match-patch");
        const answer = await sendPatch(c, `/Users/${String(user.id)}`, [{ op: "replace", path: "title", value: "Stale" }], { "If-Match": stale(etag) });
        c.expectError(answer, 412, undefined, "Compare If-Match on PATCH too, and refuse a mismatch with 412 (RFC 7644 §3.14).");
      },
    },
    {
      name: "if-match-delete-stale",
      needs: ["etag"],
      title: "DELETE with a stale If-Match is refused with 412 and keeps the resource",
      rfc: S,
      async run(c) {
        const { user, etag } = await versioned(c, "if-match-delete");
        const answer = await c.send({ method: "DELETE", path: `/Users/${String(user.id)}`, headers: { "If-Match": stale(etag) } });
        c.expectError(answer, 412, undefined, "Compare If-Match on DELETE too, and refuse a mismatch with 412 (RFC 7644 §3.14).");
      },
    },
  ],
};
