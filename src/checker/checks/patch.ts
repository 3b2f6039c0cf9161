import type { CheckSuite } from "../check.js";
import { patched, sendPatch, valuesOf } from "../patch-helpers.js";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

const emails = (user: Record<string, unknown>) => valuesOf(user, "emails").map((email) => `${String(email.type)}:${String(email.value)}`).sort();

/**
 * PATCH: add, replace and remove with and without paths, value paths, URN paths, and the errors of RFC 7644
 * §3.5.2 (noTarget, invalidPath, mutability).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const patchChecks: CheckSuite = {
  group: "patch",
  needs: ["patch"],
  checks: [
    {
      name: "add",
      title: "add with a path sets a single-valued attribute",
      rfc: "RFC 7644 §3.5.2.1",
      async run(c) {
        const user = await c.createUser(c.name("patch-add"));
        const after = await patched(c, `/Users/${String(user.id)}`, [{ op: "add", path: "title", value: "Tester" }]);
        c.expect(after.title === "Tester", 'title "Tester"', "Apply add to the attribute named by path (RFC 7644 §3.5.2.1).");
      },
    },
    {
      name: "add-multi-valued",
      title: "add to a multi-valued attribute appends the values",
      rfc: "RFC 7644 §3.5.2.1",
      async run(c) {
        const user = await c.createUser(c.name("patch-append"), { emails: [{ type: "work", value: "w@example.com" }] });
        const after = await patched(c, `/Users/${String(user.id)}`, [{ op: "add", path: "emails", value: [{ type: "home", value: "h@example.com" }] }]);
        c.expect(JSON.stringify(emails(after)) === JSON.stringify(["home:h@example.com", "work:w@example.com"]), "both emails, work and home", "add to a multi-valued attribute adds the new values to the existing ones (RFC 7644 §3.5.2.1).");
      },
    },
    {
      name: "add-no-path",
      title: "add without a path merges the value object into the resource",
      rfc: "RFC 7644 §3.5.2.1",
      async run(c) {
        const user = await c.createUser(c.name("patch-merge"), { title: "Kept" });
        const after = await patched(c, `/Users/${String(user.id)}`, [{ op: "add", value: { displayName: "Merged", nickName: "Merge" } }]);
        c.expect(after.displayName === "Merged" && after.nickName === "Merge" && after.title === "Kept", 'displayName "Merged", nickName "Merge", title still "Kept"', "Without path, the value is an object whose attributes are added (RFC 7644 §3.5.2.1).");
      },
    },
    {
      name: "replace",
      title: "replace with a path and without one",
      rfc: "RFC 7644 §3.5.2.3",
      async run(c) {
        const user = await c.createUser(c.name("patch-replace"), { title: "Old", displayName: "Old" });
        const after = await patched(c, `/Users/${String(user.id)}`, [
          { op: "replace", path: "title", value: "New" },
          { op: "replace", value: { displayName: "New" } },
        ]);
        c.expect(after.title === "New" && after.displayName === "New", 'title and displayName "New"', "Apply replace with and without path (RFC 7644 §3.5.2.3).");
      },
    },
    {
      name: "replace-value-path",
      title: 'replace emails[type eq "work"].value changes that email only',
      rfc: "RFC 7644 §3.5.2.3",
      async run(c) {
        const user = await c.createUser(c.name("patch-value-path"), { emails: [{ type: "work", value: "old@example.com" }, { type: "home", value: "home@example.com" }] });
        const after = await patched(c, `/Users/${String(user.id)}`, [{ op: "replace", path: 'emails[type eq "work"].value', value: "new@example.com" }]);
        c.expect(JSON.stringify(emails(after)) === JSON.stringify(["home:home@example.com", "work:new@example.com"]), "work email new@example.com, home email unchanged", "Apply a valuePath: change the sub-attribute of the matching values only (RFC 7644 §3.5.2.3, §3.5.2).");
      },
    },
    {
      name: "remove",
      title: "remove with a path clears the attribute",
      rfc: "RFC 7644 §3.5.2.2",
      async run(c) {
        const user = await c.createUser(c.name("patch-remove"), { title: "Gone soon" });
        const after = await patched(c, `/Users/${String(user.id)}`, [{ op: "remove", path: "title" }]);
        c.expect(after.title === undefined, "no title", "remove takes the attribute away (RFC 7644 §3.5.2.2).");
      },
    },
    {
      name: "remove-value-filter",
      title: 'remove emails[type eq "home"] removes the matching value only',
      rfc: "RFC 7644 §3.5.2.2",
      async run(c) {
        const user = await c.createUser(c.name("patch-remove-filter"), { emails: [{ type: "work", value: "w@example.com" }, { type: "home", value: "h@example.com" }] });
        const after = await patched(c, `/Users/${String(user.id)}`, [{ op: "remove", path: 'emails[type eq "home"]' }]);
        c.expect(JSON.stringify(emails(after)) === JSON.stringify(["work:w@example.com"]), "only the work email left", "With a value filter, remove only the matching values (RFC 7644 §3.5.2.2).");
      },
    },
    {
      name: "urn-path",
      title: "replace with a URN-qualified extension path",
      rfc: "RFC 7644 §3.10",
      async run(c) {
        const user = await c.createUser(c.name("patch-urn"), { [ENTERPRISE]: { department: "Old" } });
        const after = await patched(c, `/Users/${String(user.id)}`, [{ op: "replace", path: `${ENTERPRISE}:department`, value: "New" }]);
        const extension = (after[ENTERPRISE] ?? {}) as Record<string, unknown>;
        c.expect(extension.department === "New", "enterprise department \"New\"", "Resolve URN-qualified paths to extension attributes (RFC 7644 §3.10, §3.5.2).");
      },
    },
    {
      name: "boolean",
      title: "replace active with false deactivates the user",
      rfc: "RFC 7644 §3.5.2.3",
      async run(c) {
        const user = await c.createUser(c.name("patch-active"), { active: true });
        const after = await patched(c, `/Users/${String(user.id)}`, [{ op: "replace", path: "active", value: false }]);
        c.expect(after.active === false, "active false", "Apply replace of a boolean (RFC 7644 §3.5.2.3).");
      },
    },
    {
      name: "no-target",
      title: "replace through a value filter that matches nothing is refused with 400 noTarget",
      rfc: "RFC 7644 §3.5.2.3",
      async run(c) {
        const user = await c.createUser(c.name("patch-no-target"), { emails: [{ type: "work", value: "w@example.com" }] });
        const answer = await sendPatch(c, `/Users/${String(user.id)}`, [{ op: "replace", path: 'emails[type eq "other"].value', value: "x@example.com" }]);
        c.expectError(answer, 400, "noTarget", 'When a valuePath filter matches no value, answer 400 with scimType "noTarget" (RFC 7644 §3.5.2.3, §3.12).');
      },
    },
    {
      name: "remove-no-path",
      title: "remove without a path is refused with 400 noTarget",
      rfc: "RFC 7644 §3.5.2.2",
      async run(c) {
        const user = await c.createUser(c.name("patch-remove-no-path"));
        const answer = await sendPatch(c, `/Users/${String(user.id)}`, [{ op: "remove" }]);
        c.expectError(answer, 400, "noTarget", 'A remove without path fails with 400 and scimType "noTarget" (RFC 7644 §3.5.2.2).');
      },
    },
    {
      name: "invalid-path",
      title: "a path that does not parse is refused with 400 invalidPath",
      rfc: "RFC 7644 §3.5.2",
      async run(c) {
        const user = await c.createUser(c.name("patch-invalid-path"));
        const answer = await sendPatch(c, `/Users/${String(user.id)}`, [{ op: "replace", path: 'emails[type eq "work"', value: "x" }]);
        c.expectError(answer, 400, "invalidPath", 'Refuse a malformed path with 400 and scimType "invalidPath" (RFC 7644 §3.5.2, §3.12).');
      },
    },
    {
      name: "read-only",
      title: "replacing the readOnly id is refused with 400 mutability",
      rfc: "RFC 7644 §3.5.2",
      async run(c) {
        const user = await c.createUser(c.name("patch-read-only"));
        const answer = await sendPatch(c, `/Users/${String(user.id)}`, [{ op: "replace", path: "id", value: "another-id" }]);
        c.expectError(answer, 400, "mutability", 'Refuse changes to readOnly attributes (id) with 400 and scimType "mutability" (RFC 7644 §3.5.2, §3.12).');
      },
    },
    {
      name: "change-password",
      title: "replace password succeeds and the password is not returned",
      rfc: "RFC 7643 §5",
      needs: ["changePassword"],
      async run(c) {
        const user = await c.createUser(c.name("patch-password"), { password: "f1rstSecret!" });
        const answer = await sendPatch(c, `/Users/${String(user.id)}`, [{ op: "replace", path: "password", value: "s3condSecret!" }]);
        c.expectStatus(answer, [200, 204], "changePassword is supported: accept a PATCH of password (RFC 7643 §5).");
        c.expect((answer.body as Record<string, unknown> | undefined)?.password === undefined, 'no "password" in the answer', 'Never return password ("returned": "never", RFC 7643 §4.1.1).');
      },
    },
  ],
};
