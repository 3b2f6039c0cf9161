/**
 * Observe, don't assert: helpers that look at what a server did, set it against the RFC and say so
 * ("your server did X; RFC … says Y; the embedded server does Y"), read around what servers bend, and
 * report at the end of a chapter every deviation the client saw.
 */
export { showDeviations, renderDeviations, renderDeviationsText, deviationsMimeType } from "./deviations-report.js";
export type { HasDeviations } from "./deviations-report.js";
export { observeCreated } from "./observe-created.js";
export type { CreatedObservation } from "./observe-created.js";
export { observePatchAnswer } from "./observe-patch-answer.js";
export type { PatchAnswerObservation } from "./observe-patch-answer.js";
export { observeErrorType } from "./observe-error-type.js";
export type { ErrorTypeObservation } from "./observe-error-type.js";
export { observeDerivedGroups } from "./observe-derived-groups.js";
export type { DerivedGroupsObservation } from "./observe-derived-groups.js";
export { observePutReplaced } from "./observe-put-replaced.js";
export type { PutReplacedObservation } from "./observe-put-replaced.js";
export { membersOf } from "./members-of.js";
export { groupsOf } from "./groups-of.js";
export type { UserGroup } from "./groups-of.js";
export { showQuery } from "./show-query.js";
export type { QueryOutcome, QueryRequest } from "./show-query.js";
export type { Finding } from "./observation.js";
