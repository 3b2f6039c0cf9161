import { checkpoints } from "../setup/storyline.js";
import type { LearnerSummary } from "./learner-summary.js";

/**
 * The room's progress as CSV (RFC 4180): one row per learner — name, when
 * they joined, last activity, the furthest checkpoint reached, `yes`/`no`
 * per storyline step, then each exercise's outcome (`correct (2 attempts,
 * 1 hint)`). No ids, no tokens. Cells that a spreadsheet would run as a
 * formula are prefixed with `'`.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function progressCsv(learners: readonly LearnerSummary[]): string {
  const steps = checkpoints.flatMap((point) => point.steps.map((step) => step.label));
  const exercises = [...new Set(learners.flatMap((learner) => learner.checks.map((check) => check.exercise)))].sort();
  const rows: string[][] = [["learner", "joined", "last activity", "checkpoint reached", ...steps, ...exercises]];
  for (const learner of learners) {
    const holds = new Map(learner.progress.steps.map((step) => [step.label, step.holds]));
    const checks = new Map(learner.checks.map((check) => [check.exercise, check]));
    rows.push([
      learner.name,
      learner.joined,
      learner.lastActivity ?? "",
      learner.progress.reached ?? "",
      ...steps.map((label) => (holds.get(label) ? "yes" : "no")),
      ...exercises.map((exercise) => {
        const check = checks.get(exercise);
        return check === undefined ? "" : `${check.outcome} (${plural(check.attempts, "attempt")}, ${plural(check.hintsAsked, "hint")})`;
      }),
    ]);
  }
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
