import type { SyncPlan } from "../sync/plan-sync.js";
import type { AttributeChange } from "../sync/user-changes.js";
import { escapeHtml } from "./escape-html.js";
import type { MimeBundle } from "./kernel-output.js";

/** One line of a plan, as the table and the picture show it. */
interface PlanLine {
  kind: "create" | "update" | "re-activate" | "rename" | "deactivate" | "join group" | "leave group";
  who: string;
  what: string;
}

const colours: Record<PlanLine["kind"], string> = {
  create: "#1a7f37",
  update: "#0969da",
  "re-activate": "#1a7f37",
  rename: "#8250df",
  deactivate: "#cf222e",
  "join group": "#1a7f37",
  "leave group": "#cf222e",
};

const enterprisePrefix = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:";

/** The plan, one line per change, in the order `applyPlan` sends them. */
export function planLines(plan: SyncPlan): PlanLine[] {
  const lines: PlanLine[] = [];
  for (const create of plan.creates) lines.push({ kind: "create", who: create.userName, what: `new user, externalId ${create.entryUUID}` });
  for (const update of plan.updates) {
    const kind = update.changes.some((c) => c.attribute === "active") ? "re-activate" : update.changes.some((c) => c.attribute === "userName") ? "rename" : "update";
    lines.push({ kind, who: update.userName, what: update.changes.map(changeText).join("; ") });
  }
  for (const leaver of plan.deactivations) lines.push({ kind: "deactivate", who: leaver.userName, what: "active: true → false" });
  for (const change of plan.memberships) {
    for (const person of change.add) lines.push({ kind: "join group", who: person.userName, what: change.group });
    for (const person of change.remove) lines.push({ kind: "leave group", who: person.userName, what: change.group });
  }
  return lines;
}

/** `title: "Receptionist" → "Sales Representative"`, with the Enterprise URN shortened. */
function changeText(change: AttributeChange): string {
  const name = change.attribute.startsWith(enterprisePrefix) ? change.attribute.slice(enterprisePrefix.length) : change.attribute;
  const show = (value: unknown) => (value === undefined ? "(none)" : JSON.stringify(value));
  return `${name}: ${show(change.from)} → ${show(change.to)}`;
}

/** A sync plan as an HTML table: change, who, what. */
export function renderSyncPlanTable(plan: SyncPlan): string {
  const lines = planLines(plan);
  if (lines.length === 0) return `<p><strong>Empty plan</strong>: the server already matches the export; nothing to send.</p>`;
  const rows = lines
    .map(
      (line) =>
        `<tr><td style="color:${colours[line.kind]};font-weight:bold">${escapeHtml(line.kind)}</td><td><code>${escapeHtml(line.who)}</code></td><td>${escapeHtml(line.what)}</td></tr>`,
    )
    .join("");
  const problems = plan.problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join("");
  return (
    `<table class="scimlab-sync-plan"><thead><tr><th>change</th><th>who</th><th>what</th></tr></thead><tbody>${rows}</tbody></table>` +
    (problems ? `<ul>${problems}</ul>` : "")
  );
}

const width = 760;
const laneHeight = 30;

/**
 * A sync plan as an SVG picture: one lane per kind of change (creates,
 * updates, deactivations, membership changes), a coloured chip per change.
 * Every label is escaped.
 */
export function renderSyncPlanSvg(plan: SyncPlan): string {
  const lanes: Array<[string, PlanLine[]]> = [
    ["Creates", planLines(plan).filter((l) => l.kind === "create")],
    ["Updates", planLines(plan).filter((l) => l.kind === "update" || l.kind === "re-activate" || l.kind === "rename")],
    ["Deactivations", planLines(plan).filter((l) => l.kind === "deactivate")],
    ["Memberships", planLines(plan).filter((l) => l.kind === "join group" || l.kind === "leave group")],
  ];
  const parts: string[] = [];
  let y = 10;
  for (const [title, lines] of lanes) {
    parts.push(`<text x="10" y="${y + 20}" font-weight="bold">${escapeHtml(title)} (${lines.length})</text>`);
    const perRow = 3;
    lines.forEach((line, index) => {
      const x = 140 + (index % perRow) * 205;
      const top = y + Math.floor(index / perRow) * laneHeight + 4;
      const label = line.kind === "join group" ? `+ ${line.who} → ${line.what}` : line.kind === "leave group" ? `− ${line.who} ✕ ${line.what}` : `${line.kind} ${line.who}`;
      parts.push(
        `<rect x="${x}" y="${top}" width="195" height="24" rx="12" fill="#fff" stroke="${colours[line.kind]}" stroke-width="2"/>`,
        `<text x="${x + 97}" y="${top + 16}" text-anchor="middle" fill="${colours[line.kind]}"><title>${escapeHtml(line.what)}</title>${escapeHtml(truncate(label, 30))}</text>`,
      );
    });
    if (lines.length === 0) parts.push(`<text x="140" y="${y + 20}" fill="#57606a">none</text>`);
    y += Math.max(1, Math.ceil(lines.length / 3)) * laneHeight + 12;
    parts.push(`<line x1="10" y1="${y - 4}" x2="${width - 10}" y2="${y - 4}" stroke="#d0d7de"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 6}" viewBox="0 0 ${width} ${y + 6}" font-family="sans-serif" font-size="12">${parts.join("")}</svg>`;
}

/** A sync plan as plain text, for consoles. */
export function renderSyncPlanText(plan: SyncPlan): string {
  const lines = planLines(plan);
  if (lines.length === 0) return "Empty plan: the server already matches the export.";
  return [`Sync plan (${lines.length} ${lines.length === 1 ? "change" : "changes"}):`, ...lines.map((line) => `  ${line.kind.padEnd(12)} ${line.who.padEnd(12)} ${line.what}`)].join("\n");
}

/** A sync plan as a MIME bundle: the picture (SVG), the table (HTML) and text. */
export function syncPlanBundle(plan: SyncPlan): MimeBundle {
  return { "image/svg+xml": renderSyncPlanSvg(plan), "text/html": renderSyncPlanTable(plan), "text/plain": renderSyncPlanText(plan) };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
