/**
 * The notebook kit: connect a chapter to a SCIM server, display users, groups
 * and HTTP exchanges, and check exercises (learntools style).
 */
export { ____, containsPlaceholder } from "./placeholder.js";
export { IncorrectAnswer, NotAttempted, expectThat } from "./check-errors.js";
export { defineExercise } from "./exercise.js";
export type { CheckContext, CheckOutcome, CheckResult, Exercise, ExerciseDefinition } from "./exercise.js";
export { exercisesFor, findExercise, listExercises } from "./exercise-registry.js";
export { checkMarkerType } from "./render-check.js";
export { courseClient, useCourseClient } from "./course-client.js";
export { escapeHtml } from "./escape-html.js";
export { displayBundle, insideKernel, liveDisplay } from "./kernel-output.js";
export type { LiveDisplay, MimeBundle } from "./kernel-output.js";
