/**
 * The notebook kit: connect a chapter to a SCIM server, display users, groups
 * and HTTP exchanges, and check exercises (learntools style).
 */
export { connect, disconnect } from "./connect.js";
export type { ConnectOptions } from "./connect.js";
export { courseClient, useCourseClient } from "./course-client.js";
export { showExchanges, showGroup, showJson, showUsers } from "./show.js";
export type { HasExchanges } from "./show.js";
export { progressBar, renderProgress, renderProgressText } from "./progress.js";
export { renderUsers, renderUsersText } from "./render-users.js";
export type { UserRow } from "./render-users.js";
export { renderGroup, renderGroupText } from "./render-group.js";
export type { GroupPicture } from "./render-group.js";
export { exchangeText, renderExchanges } from "./render-exchanges.js";
export type { RenderExchangesOptions } from "./render-exchanges.js";
export { prettyJson, renderJson } from "./render-json.js";
export { renderConnection, renderConnectionText } from "./render-connection.js";
export type { ConnectionInfo } from "./render-connection.js";
export { escapeHtml } from "./escape-html.js";
export { displayBundle, liveDisplay } from "./kernel-output.js";
export type { LiveDisplay, MimeBundle } from "./kernel-output.js";
export { ____, containsPlaceholder } from "./placeholder.js";
export { IncorrectAnswer, NotAttempted, ServerLimitation, expectThat } from "./check-errors.js";
export { defineExercise } from "./exercise.js";
export type { CheckContext, CheckOutcome, CheckResult, Exercise, ExerciseDefinition } from "./exercise.js";
export { exercisesFor, findExercise } from "./exercise-registry.js";
export { checkMarkerType, renderCheckHtml, renderCheckText, renderHint, renderSolution } from "./render-check.js";
// The chapters' exercises (owned by the chapters); importing them registers every exercise for findExercise().
export { chapters, chapter00, chapter01, chapter02, chapter03, chapter04, chapter05 } from "./exercises/index.js";
// Observe, don't assert: what this server did, set against the RFC, and the chapter's deviation report.
export {
  showDeviations,
  renderDeviations,
  renderDeviationsText,
  deviationsMimeType,
  observeCreated,
  observePatchAnswer,
  observeErrorType,
  observeDerivedGroups,
  observePutReplaced,
  membersOf,
  groupsOf,
  showQuery,
} from "./observe/index.js";
export type {
  HasDeviations,
  CreatedObservation,
  PatchAnswerObservation,
  ErrorTypeObservation,
  DerivedGroupsObservation,
  PutReplacedObservation,
  UserGroup,
  QueryOutcome,
  QueryRequest,
  Finding,
} from "./observe/index.js";
