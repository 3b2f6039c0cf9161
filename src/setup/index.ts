/**
 * Course setup: the Dunder Mifflin storyline (`courseSetup`) and generated
 * directories for scale exercises (`seedDirectory`).
 */
export { loadCast } from "./cast.js";
export type { Cast, CastMember, CastUser } from "./cast.js";
export { courseSetup, courseTag, storylineGroups } from "./course-setup.js";
export type { CourseSetupOptions, CourseSetupResult } from "./course-setup.js";
export { seedDirectory } from "./directory.js";
export type { SeedDirectoryOptions, SeedDirectoryResult, SeedProgress } from "./directory.js";
export { generateDirectory } from "./directory-generator.js";
export type { GeneratedDirectory, GeneratedGroup, GeneratedUser } from "./directory-generator.js";
