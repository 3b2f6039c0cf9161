/**
 * Workshop mode: one SCIM server for a room of learners, each with a
 * directory of their own (`startRoom`, `Room`), the room's registry, its
 * event bus for the live pages, and story progress per learner.
 *
 * @module
 */
export { startRoom } from "./start-room.js";
export type { RunningRoom, StartRoomOptions } from "./start-room.js";
export { Room } from "./room.js";
export type { RoomOptions, Writer } from "./room.js";
export { RoomRegistry } from "./registry.js";
export type { CheckReport, IssuedLearner, Learner } from "./registry.js";
export { RoomEvents } from "./room-events.js";
export type { LearnerEvent, RoomEvent, RoomEventListener, WriteEvent } from "./room-events.js";
export { storyProgress } from "./story-progress.js";
export type { StepProgress, StoryProgress } from "./story-progress.js";
export { learnerSummary, roomSummary } from "./learner-summary.js";
export type { LearnerSummary } from "./learner-summary.js";
export { progressCsv } from "./progress-csv.js";
export { inProcessClient, InProcessDispatcher } from "./in-process-dispatcher.js";
export { codeAlphabet, newRoomCode } from "./secrets.js";
