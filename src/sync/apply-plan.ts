import type { ScimClient } from "../client/index.js";
import type { PatchOperation } from "../scim/patch-op.js";
import type { SyncPlan } from "./plan-sync.js";
import { changeOperations } from "./user-changes.js";

/** One request of a plan's application, and how it went. */
export interface AppliedStep {
  kind: "create" | "update" | "deactivate" | "membership";
  /** Whom or what it changed, e.g. `pbeesly` or `Dunder Mifflin`. */
  subject: string;
  ok: boolean;
  /** When it failed: the HTTP status, if the server answered, and what went wrong. */
  status?: number;
  detail?: string;
}

/** What applying a plan did, request by request. */
export interface ApplyReport {
  steps: AppliedStep[];
  done: number;
  failed: number;
}

/**
 * Apply a plan, one request per change, and report each. A failed request
 * does not stop the others (as a Bulk request without `failOnErrors` does,
 * RFC 7644 §3.7.3); a member whose create failed is not added. Nothing is
 * retried here: to resume after a failure, read the directory again, plan
 * again and apply that plan. Since a plan holds only what still differs,
 * it holds only what the failure left undone, and a second run of a plan
 * already applied changes nothing.
 *
 * 1. Creates: POST /Users (RFC 7644 §3.3).
 * 2. Updates and deactivations: PATCH with one `replace` per attribute (§3.5.2.3).
 * 3. Memberships: per group, one PATCH that `add`s the joiners and removes each
 *    leaver with `members[value eq "…"]` (§3.5.2.1, §3.5.2.2): members who stay
 *    are never named.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export async function applyPlan(client: ScimClient, plan: SyncPlan): Promise<ApplyReport> {
  const steps: AppliedStep[] = [];
  const created = new Map<string, string>();
  const attempt = async (kind: AppliedStep["kind"], subject: string, send: () => Promise<unknown>) => {
    try {
      await send();
      steps.push({ kind, subject, ok: true });
      return true;
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      const detail = (error as { detail?: unknown }).detail ?? (error instanceof Error ? error.message : String(error));
      steps.push({ kind, subject, ok: false, ...(typeof status === "number" ? { status } : {}), detail: String(detail) });
      return false;
    }
  };
  for (const create of plan.creates) {
    await attempt("create", create.userName, async () => created.set(create.entryUUID, (await client.users.create(create.user)).id as string));
  }
  for (const update of plan.updates) {
    await attempt("update", update.userName, () => client.users.patch(update.id, { Operations: changeOperations(update.changes) }));
  }
  for (const leaver of plan.deactivations) {
    await attempt("deactivate", leaver.userName, () =>
      client.users.patch(leaver.id, { Operations: [{ op: "replace", path: "active", value: false }] as PatchOperation[] }),
    );
  }
  for (const change of plan.memberships) {
    const joiners = change.add.map((person) => ({ person, id: person.id ?? created.get(person.entryUUID) }));
    const missing = joiners.filter((joiner) => joiner.id === undefined).map((joiner) => joiner.person.userName);
    if (missing.length > 0) {
      steps.push({ kind: "membership", subject: change.group, ok: false, detail: `not added, their create failed: ${missing.join(", ")}` });
    }
    const add = joiners.flatMap((joiner) => (joiner.id === undefined ? [] : [{ value: joiner.id }]));
    const operations = [
      ...(add.length > 0 ? [{ op: "add", path: "members", value: add }] : []),
      ...change.remove.map((person) => ({ op: "remove", path: `members[value eq "${person.id}"]` })),
    ] as PatchOperation[];
    if (operations.length > 0) await attempt("membership", change.group, () => client.groups.patch(change.groupId, { Operations: operations }));
  }
  const done = steps.filter((step) => step.ok).length;
  return { steps, done, failed: steps.length - done };
}
