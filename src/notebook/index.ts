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
export { labFeatures, showNeedsEmbedded } from "./lab-features.js";
export type { LabFeatures } from "./lab-features.js";
export type { CheckContext, CheckOutcome, CheckResult, Exercise, ExerciseDefinition } from "./exercise.js";
export { exercisesFor, findExercise } from "./exercise-registry.js";
export { checkMarkerType, renderCheckHtml, renderCheckText, renderHint, renderSolution } from "./render-check.js";
// The chapters' exercises (owned by the chapters); importing them registers every exercise for findExercise().
export { chapters, chapter00, chapter01, chapter02, chapter03, chapter04, chapter05, chapter06, chapter07, chapter08, chapter09 } from "./exercises/index.js";
// Serve a SCIM server written in cells, inside the kernel (chapter 09).
export { scimApp, serveInKernel } from "./serve/index.js";
export type {
  FilterMatcher,
  HandlerFailure,
  KernelServer,
  PatchApplier,
  RequestHandler,
  ScimContext,
  ScimHandler,
  ScimParts,
  ScimReply,
  ScimRequest,
  ServeInKernelOptions,
} from "./serve/index.js";
// Chapter 08: an identity provider's documented requests replayed against a server, per dialect.
export { replayProvider } from "./replay-provider.js";
export type { ReplayDialect, ReplayOptions, ReplayReport, ReplayRow } from "./replay-provider.js";
export { renderReplay, renderReplayText, replayMimeType, showReplay } from "./render-replay.js";
export type { JoinerRecord, SmallDiff, SmallRecord, SmallUser } from "./exercises/07-bulk-and-directory-sync.js";
// Chapter 07: the sync plan and the membership graph as pictures.
export { showApplyReport, showMembershipGraph, showSyncPlan } from "./show-sync.js";
export { planLines, renderSyncPlanSvg, renderSyncPlanTable, renderSyncPlanText, syncPlanBundle } from "./render-sync-plan.js";
export { membershipGraphBundle, renderMembershipGraph, renderMembershipGraphText } from "./render-membership-graph.js";
export type { GraphGroup, GraphUser } from "./render-membership-graph.js";
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
export { showCheckerReport } from "./show-checker-report.js";
