import { renderReportFragment } from "../checker/html-report.js";
import type { CheckerReport } from "../checker/report.js";
import { renderTerminal } from "../checker/terminal.js";
import { displayBundle } from "./kernel-output.js";

/**
 * Display a checker report in a notebook cell: the HTML report (failures first, then every check by RFC
 * section) and, for consoles, the terminal text ending with `N passed, M failed, K skipped`.
 *
 * @example
 * showCheckerReport(await runChecker({ baseUrl, only: ["discovery", "crud"] }));
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export function showCheckerReport(report: CheckerReport): void {
  displayBundle({ "text/html": renderReportFragment(report), "text/plain": renderTerminal(report) });
}
