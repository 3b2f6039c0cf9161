export { parseCsv, parseCsvObjects } from "./csv.js";
export { hrExportColumns, parseHrExport, readHrExport } from "./read-hr-export.js";
export type { HrRecord } from "./read-hr-export.js";
export { readDirectory } from "./read-directory.js";
export type { DirectorySnapshot } from "./read-directory.js";
export { changeOperations, isActive, userChanges, userFromRecord, workEmailPath } from "./user-changes.js";
export type { AttributeChange } from "./user-changes.js";
export { planSize, planSync } from "./plan-sync.js";
export type { PlanPerson, SyncPlan } from "./plan-sync.js";
export { applyPlan } from "./apply-plan.js";
export type { AppliedStep, ApplyReport } from "./apply-plan.js";

import { applyPlan } from "./apply-plan.js";
import { planSize, planSync } from "./plan-sync.js";
import { readDirectory } from "./read-directory.js";
import { parseHrExport, readHrExport } from "./read-hr-export.js";

/**
 * The directory sync of chapter 07 in one name, for the front door:
 * `sync.readHrExport()`, `sync.readDirectory(client, records, groups)`,
 * `sync.planSync(records, snapshot)`, `sync.applyPlan(client, plan)`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export const sync = { readHrExport, parseHrExport, readDirectory, planSync, planSize, applyPlan } as const;
