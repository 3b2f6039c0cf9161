import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { pythonRecord } from "../../scripts/prepare.js";

/**
 * The Python that runs Jupyter, as found by `npm test` (scripts/prepare.js). Fails loudly rather than skipping:
 * run the suite with `npm test`, which installs Jupyter and registers the kernel first.
 */
export function jupyterPython(): string {
  const python = process.env.SCIMLAB_PYTHON ?? (existsSync(pythonRecord) ? readFileSync(pythonRecord, "utf8").trim() : "");
  if (!python) throw new Error("No Jupyter found for the notebook tests: run them with `npm test`, which installs it.");
  return python;
}

/** Every output of a notebook as one text, to search for what must never appear there (the token). */
export function outputsText(notebook: { cells: { outputs?: unknown[] }[] }): string {
  return notebook.cells.map((cell) => JSON.stringify(cell.outputs ?? [])).join("\n");
}

/** One executed chapter, as `executeNotebook` reports it. */
interface ChapterRun {
  answers: string[];
  checks: { exercise: string; outcome: string; message?: string }[];
}

/**
 * Each exercise of the chapter reported `outcome` at least once, and never `forbidden` (one outcome or several).
 * On the embedded server: `expectEveryCheck(run, "correct", ["incorrect", "server-limitation"])`.
 */
export function expectEveryCheck(run: ChapterRun, outcome: string, forbidden: string | readonly string[]): void {
  const never = typeof forbidden === "string" ? [forbidden] : forbidden;
  for (const answer of run.answers) {
    const outcomes = run.checks.filter((check) => check.exercise === answer).map((check) => check.outcome);
    expect(outcomes, `the check of ${answer}`).toContain(outcome);
    for (const one of never) expect(outcomes, `the check of ${answer}`).not.toContain(one);
  }
}

/** What a solution's check may report on a server that bends the RFC: right, or beyond what the server can evaluate. */
export const bentServerOutcomes = ["correct", "server-limitation"] as const;

/**
 * Each exercise of the chapter reported at least one outcome, and every outcome it reported is in `allowed`.
 * On a bent server, for the solutions: `expectEveryCheckWithin(run, bentServerOutcomes)` ("incorrect" fails).
 */
export function expectEveryCheckWithin(run: ChapterRun, allowed: readonly string[]): void {
  for (const answer of run.answers) {
    const checks = run.checks.filter((check) => check.exercise === answer);
    const outcomes = checks.map((check) => check.outcome);
    const messages = checks.map((check) => `${check.outcome}: ${check.message ?? ""}`).join("\n");
    expect(outcomes.length, `the check of ${answer} never ran`).toBeGreaterThan(0);
    for (const outcome of outcomes) expect(allowed, `the check of ${answer}:\n${messages}`).toContain(outcome);
  }
}

/** The MIME type of the deviation report `showDeviations` displays (`deviationsMimeType` in src/notebook/observe). */
const DEVIATIONS_MIME = "application/vnd.scimlab.deviations+json";

/** One deviation as a chapter's report lists it. */
export interface ReportedDeviation {
  kind: string;
  rule: string;
  rfc: string;
  item?: string;
  count: number;
}

/** The deviation reports an executed notebook displayed (`showDeviations`), in cell order: one array per report. */
export function deviationReports(notebook: { cells: { outputs?: { data?: Record<string, unknown> }[] }[] }): ReportedDeviation[][] {
  const reports: ReportedDeviation[][] = [];
  for (const cell of notebook.cells) {
    for (const output of cell.outputs ?? []) {
      const data = output.data?.[DEVIATIONS_MIME];
      if (data === undefined) continue;
      reports.push((typeof data === "string" ? JSON.parse(data) : data) as ReportedDeviation[]);
    }
  }
  return reports;
}
