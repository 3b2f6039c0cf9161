/**
 * Course setup: the Dunder Mifflin storyline and its checkpoints
 * (`courseSetup`, `verifyCheckpoint`), the cast's directory records
 * (`directoryEntry`), and generated directories for scale exercises
 * (`seedDirectory`).
 */
export { directoryEntry, loadCast } from "./cast.js";
export type { Cast, CastMember, CastUser } from "./cast.js";
export { courseSetup, courseTag } from "./course-setup.js";
export type { CourseSetupOptions, CourseSetupResult } from "./course-setup.js";
export { chapterCheckpoints, checkpoints, StoryGroup } from "./storyline.js";
export type { ChapterId, Checkpoint, CheckpointId, StoryGroupName, StoryStep } from "./storyline.js";
export { expectedDirectory } from "./expected-directory.js";
export type { ExpectedDirectory, ExpectedGroup, ExpectedPerson } from "./expected-directory.js";
export { verifyCheckpoint } from "./verify-checkpoint.js";
export type { CheckpointFact, CheckpointReport } from "./verify-checkpoint.js";
export { seedDirectory } from "./directory.js";
export type { SeedDirectoryOptions, SeedDirectoryResult, SeedProgress } from "./directory.js";
export { generateDirectory } from "./directory-generator.js";
export type { GeneratedDirectory, GeneratedGroup, GeneratedUser } from "./directory-generator.js";
export { seedCrowd } from "./crowd.js";
export type { SeedCrowdOptions, SeedCrowdResult } from "./crowd.js";
