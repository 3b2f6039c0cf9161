import type { PatchOperation } from "../scim/patch-op.js";
import type { User } from "../scim/user.js";
import type { UserInput } from "../scim/user-input.js";
import { SchemaUrn } from "../scim/urns.js";
import type { HrRecord } from "./read-hr-export.js";

const enterprise = SchemaUrn.EnterpriseUser;

/** One attribute a sync changes: its PATCH path, the server's value and the export's. */
export interface AttributeChange {
  /** The attribute's path, as a PATCH names it (RFC 7644 §3.5.2), e.g. `name.familyName`. */
  attribute: string;
  from: unknown;
  to: unknown;
}

/** The path of the work email's address. */
export const workEmailPath = 'emails[type eq "work"].value';

/**
 * The attributes the sync owns, each with its value in an export record and
 * on a server's User. `userName` and email addresses compare without case
 * (they are not caseExact, RFC 7643 §4.1.1, §4.1.2).
 */
const managed: ReadonlyArray<{ attribute: string; record: (r: HrRecord) => unknown; user: (u: User) => unknown; caseless?: boolean }> = [
  { attribute: "userName", record: (r) => r.userName, user: (u) => u.userName, caseless: true },
  { attribute: "name.givenName", record: (r) => r.givenName, user: (u) => u.name?.givenName },
  { attribute: "name.familyName", record: (r) => r.familyName, user: (u) => u.name?.familyName },
  { attribute: "name.formatted", record: (r) => `${r.givenName} ${r.familyName}`, user: (u) => u.name?.formatted },
  { attribute: "displayName", record: (r) => r.displayName, user: (u) => u.displayName },
  { attribute: "title", record: (r) => r.title, user: (u) => u.title },
  { attribute: workEmailPath, record: (r) => r.email, user: (u) => u.emails?.find((e) => e.type === "work")?.value, caseless: true },
  { attribute: `${enterprise}:employeeNumber`, record: (r) => r.employeeNumber, user: (u) => extension(u).employeeNumber },
  { attribute: `${enterprise}:department`, record: (r) => r.department, user: (u) => extension(u).department },
];

/**
 * What differs between an export record and the server's User, attribute by
 * attribute; `active` too (false → true: a re-activation), for an `Active` record.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 */
export function userChanges(record: HrRecord, user: User): AttributeChange[] {
  const changes: AttributeChange[] = [];
  for (const { attribute, record: want, user: have, caseless } of managed) {
    const to = want(record);
    const from = have(user);
    const same = caseless ? String(from ?? "").toLowerCase() === String(to).toLowerCase() : from === to;
    if (!same && !(to === "" && (from === undefined || from === ""))) changes.push({ attribute, from, to });
  }
  if (!isActive(user)) changes.push({ attribute: "active", from: user.active, to: true });
  return changes;
}

/** Whether a user is active: `active` is not false (a server may send the string "false", RFC 7643 §2.3.2 notwithstanding). */
export function isActive(user: User): boolean {
  const active = user.active as unknown;
  return !(active === false || active === "false" || active === "False");
}

/**
 * The PATCH operations that make a User match the changes: one `replace` per
 * attribute, by path (RFC 7644 §3.5.2.3); the work email is added when the
 * user has none (a value filter that matches nothing is an error, §3.5.2.3).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export function changeOperations(changes: readonly AttributeChange[]): PatchOperation[] {
  return changes.map(({ attribute, from, to }) =>
    attribute === workEmailPath && from === undefined
      ? { op: "add", path: "emails", value: [{ value: to, type: "work", primary: true }] }
      : { op: "replace", path: attribute, value: to },
  ) as PatchOperation[];
}

/**
 * The User to create for an export record: its attributes, `externalId` the
 * record's `entryUUID` (RFC 7643 §3.1), active.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export function userFromRecord(record: HrRecord): UserInput {
  return {
    userName: record.userName,
    externalId: record.entryUUID,
    name: { formatted: `${record.givenName} ${record.familyName}`, givenName: record.givenName, familyName: record.familyName },
    displayName: record.displayName,
    title: record.title,
    active: true,
    emails: [{ value: record.email, type: "work", primary: true }],
    [enterprise]: { employeeNumber: record.employeeNumber, department: record.department },
  } as UserInput;
}

function extension(user: User): { employeeNumber?: unknown; department?: unknown } {
  return ((user as Record<string, unknown>)[enterprise] ?? {}) as { employeeNumber?: unknown; department?: unknown };
}
