import type { CheckSuite } from "./check.js";
import { bulkChecks } from "./checks/bulk.js";
import { crudChecks } from "./checks/crud.js";
import { discoveryChecks } from "./checks/discovery.js";
import { etagChecks } from "./checks/etags.js";
import { filterChecks } from "./checks/filters.js";
import { groupChecks } from "./checks/groups.js";
import { pagingChecks } from "./checks/paging.js";
import { patchChecks } from "./checks/patch.js";
import { projectionChecks } from "./checks/projection.js";
import { robustnessChecks } from "./checks/robustness.js";
import { sortingChecks } from "./checks/sorting.js";

/** Every RFC check suite, in the order they run (discovery first: the others read what it declares). */
export const suites: readonly CheckSuite[] = [
  discoveryChecks,
  crudChecks,
  filterChecks,
  pagingChecks,
  sortingChecks,
  projectionChecks,
  patchChecks,
  groupChecks,
  etagChecks,
  bulkChecks,
  robustnessChecks,
];
