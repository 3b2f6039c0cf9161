/**
 * scimlab: learn SCIM 2.0 (RFC 7643 / RFC 7644) with a typed client, an embedded server and notebooks.
 *
 * The front door: what a learner uses in a chapter — the client and its errors, the model's resources
 * and messages, the filter and patch builders, the course setup and the notebook helpers. Everything
 * else has a door of its own, declared in package.json `exports`:
 * `scimlab/scim` (the whole model: schema definitions as data, every zod schema),
 * `scimlab/client` (the client's parts: paging, retries, the operation table),
 * `scimlab/server` (the embedded service provider), `scimlab/setup` (storyline data, generated
 * directories), `scimlab/notebook` (renderers, the exercise kit) and `scimlab/checker` (the conformance
 * checker and its JUnit/HTML/terminal reports).
 * @see https://www.rfc-editor.org/rfc/rfc7643
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */

// The client, and the errors it raises itself (their isX() guards are in scimlab/client).
export {
  ScimClient,
  ClientDefaults,
  NotModified,
  isNotModified,
  bulkIdRef,
  ScimClientError,
  NetworkError,
  TimeoutError,
  RequestValidationError,
  ResponseValidationError,
  UnexpectedResponseError,
  PaginationError,
  InvalidResourceError,
  RetryAfterTooLongError,
  RequestAbortedError,
  PartialResourceError,
} from "./client/index.js";
export type {
  ScimClientOptions,
  ScimlabDialect,
  ScimResource,
  GetOptions,
  WriteOptions,
  ListQuery,
  AttributeSelection,
  PatchInput,
  BulkOperationInput,
  BulkRequestInput,
  VersionSource,
  Exchange,
  RawRequest,
  RawResponse,
  RetryOptions,
  RequestSummary,
  CallOptions,
  AllOptions,
  ListPage,
  ScimWarning,
  Deviation,
} from "./client/index.js";

// The model: schema URNs, the errors of RFC 7644 §3.12, resources and protocol messages.
export {
  SchemaUrn,
  ScimError,
  isScimError,
  InvalidFilterError,
  TooManyError,
  UniquenessError,
  MutabilityError,
  InvalidSyntaxError,
  InvalidPathError,
  NoTargetError,
  InvalidValueError,
  InvalidVersionError,
  SensitiveError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  PreconditionFailedError,
  PayloadTooLargeError,
  InternalServerError,
  NotImplementedError,
  UserSchema,
  UserInputSchema,
  GroupSchema,
  GroupInputSchema,
  PatchOpSchema,
} from "./scim/index.js";
export type {
  ScimType,
  ScimErrorBody,
  User,
  UserInput,
  EnterpriseUser,
  Manager,
  Name,
  Email,
  PhoneNumber,
  Address,
  Group,
  GroupInput,
  GroupMember,
  Meta,
  ListResponse,
  SearchRequest,
  PatchOp,
  PatchOperation,
  BulkRequest,
  BulkResponse,
  ServiceProviderConfig,
  ResourceType,
  SchemaDefinition,
  AttributeDefinition,
} from "./scim/index.js";

// Filters and patches, built rather than concatenated.
export { filter, parseFilter, printFilter, patch, patchPath, PatchBuilder, parsePatchPath, printPatchPath } from "./scim/index.js";
export type { Filter, ComparisonOperator, PatchPath } from "./scim/index.js";

// The course: the storyline and its checkpoints, generated directories.
export {
  courseSetup,
  directoryEntry,
  verifyCheckpoint,
  checkpoints,
  chapterCheckpoints,
  StoryGroup,
  seedDirectory,
  seedCrowd,
} from "./setup/index.js";
export type {
  CourseSetupOptions,
  CourseSetupResult,
  CastMember,
  Checkpoint,
  CheckpointId,
  ChapterId,
  CheckpointReport,
  CheckpointFact,
  SeedDirectoryOptions,
  SeedDirectoryResult,
  SeedProgress,
  SeedCrowdOptions,
  SeedCrowdResult,
} from "./setup/index.js";

// Notebook helpers: connect, show, check, and observe what this server does (with the chapter's deviation report).
export {
  connect,
  disconnect,
  showExchanges,
  showGroup,
  showJson,
  showUsers,
  progressBar,
  ____,
  chapters,
  chapter00,
  chapter01,
  chapter02,
  chapter03,
  chapter04,
  chapter05,
  chapter06,
  chapter09,
  scimApp,
  serveInKernel,
  showDeviations,
  observeCreated,
  observePatchAnswer,
  observeErrorType,
  observeDerivedGroups,
  observePutReplaced,
  membersOf,
  groupsOf,
  showQuery,
  labFeatures,
  showNeedsEmbedded,
} from "./notebook/index.js";
export type { ConnectOptions, Exercise, CheckResult, CheckOutcome, QueryOutcome, QueryRequest, UserGroup, LabFeatures } from "./notebook/index.js";
export type {
  FilterMatcher,
  KernelServer,
  PatchApplier,
  ScimContext,
  ScimHandler,
  ScimParts,
  ScimReply,
  ScimRequest,
} from "./notebook/index.js";

// Check any SCIM server against RFC 7643/7644 (`scimlab test`); the reports' renderers are in scimlab/checker.
export { runChecker } from "./checker/index.js";
export type { CheckerOptions, CheckerReport, CheckResultLine, CheckGroup } from "./checker/index.js";
export { showCheckerReport } from "./notebook/index.js";

// Chapter 08: what identity providers send, replayed per dialect (the sequences themselves: scimlab/providers).
export { chapter08, replayProvider, showReplay } from "./notebook/index.js";
export type { ReplayDialect, ReplayReport, ReplayRow } from "./notebook/index.js";

// Chapter 07: bulk and directory sync (an HR export reconciled with the server), with its pictures and exercises.
export { sync } from "./sync/index.js";
export type { HrRecord, SyncPlan, PlanPerson, AttributeChange, DirectorySnapshot, ApplyReport, AppliedStep } from "./sync/index.js";
export { chapter07, showSyncPlan, showMembershipGraph, showApplyReport } from "./notebook/index.js";
export type { JoinerRecord, SmallDiff, SmallRecord, SmallUser } from "./notebook/index.js";
