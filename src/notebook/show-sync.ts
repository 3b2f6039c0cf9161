import type { ApplyReport } from "../sync/apply-plan.js";
import type { SyncPlan } from "../sync/plan-sync.js";
import { escapeHtml } from "./escape-html.js";
import { displayBundle } from "./kernel-output.js";
import { membershipGraphBundle, type GraphGroup, type GraphUser } from "./render-membership-graph.js";
import { syncPlanBundle } from "./render-sync-plan.js";

/** Display a sync plan: a picture of its lanes (SVG) and a table of its changes (HTML). */
export function showSyncPlan(plan: SyncPlan): void {
  const { "image/svg+xml": svg, "text/html": table, "text/plain": text } = syncPlanBundle(plan);
  displayBundle({ "image/svg+xml": svg as string, "text/plain": text as string });
  displayBundle({ "text/html": table as string, "text/plain": text as string });
}

/** Display who belongs to which group, as a picture (SVG): users on the left, groups on the right. */
export function showMembershipGraph(users: readonly GraphUser[], groups: readonly GraphGroup[]): void {
  displayBundle(membershipGraphBundle(users, groups));
}

/** Display what applying a plan did: one row per request, failures with their status and detail. */
export function showApplyReport(report: ApplyReport): void {
  const rows = report.steps
    .map(
      (step) =>
        `<tr><td>${step.ok ? "✅" : "❌"}</td><td>${escapeHtml(step.kind)}</td><td><code>${escapeHtml(step.subject)}</code></td><td>${
          step.ok ? "" : escapeHtml(`${step.status ?? ""} ${step.detail ?? ""}`.trim())
        }</td></tr>`,
    )
    .join("");
  const summary = `${report.done} done, ${report.failed} failed`;
  const text = [summary, ...report.steps.map((s) => `  ${s.ok ? "ok " : "FAILED"} ${s.kind} ${s.subject}${s.ok ? "" : `: ${s.status ?? ""} ${s.detail ?? ""}`}`)].join("\n");
  displayBundle({
    "text/html":
      report.steps.length === 0
        ? "<p>Nothing sent: the plan was empty.</p>"
        : `<p><strong>${escapeHtml(summary)}</strong></p><table><thead><tr><th></th><th>change</th><th>who</th><th>failure</th></tr></thead><tbody>${rows}</tbody></table>`,
    "text/plain": report.steps.length === 0 ? "Nothing sent: the plan was empty." : text,
  });
}
