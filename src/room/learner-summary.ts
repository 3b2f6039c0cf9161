import type { CheckReport, Learner } from "./registry.js";
import type { RequestCounts } from "./request-stats.js";
import type { Room } from "./room.js";
import type { StoryProgress } from "./story-progress.js";

/** What the instructor sees of one learner: one row of the grid. No token. */
export interface LearnerSummary {
  readonly id: string;
  readonly name: string;
  readonly joined: string;
  /** Their last request (this run), else the last one the registry recorded; `null` if none. */
  readonly lastActivity: string | null;
  /** Their SCIM requests since the room started, by status class, with the last error. */
  readonly requests: { readonly byClass: RequestCounts["byClass"]; readonly lastError: NonNullable<RequestCounts["lastError"]> | null };
  /** The storyline steps their directory shows. */
  readonly progress: StoryProgress;
  /** Their exercise outcomes, by exercise id. */
  readonly checks: readonly CheckReport[];
}

/** Summarise one learner: counts from memory, progress read from their directory, checks from the registry. */
export async function learnerSummary(room: Room, learner: Learner): Promise<LearnerSummary> {
  const counts = room.tenants.peek(learner.id)?.stats.snapshot();
  return {
    id: learner.id,
    name: learner.name,
    joined: learner.created,
    lastActivity: counts?.lastActivity ?? learner.lastSeen,
    requests: { byClass: counts?.byClass ?? { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 }, lastError: counts?.lastError ?? null },
    progress: await room.progress(learner.id),
    checks: room.registry.checks(learner.id),
  };
}

/** Every learner's summary, in joining order. */
export async function roomSummary(room: Room): Promise<LearnerSummary[]> {
  const summaries: LearnerSummary[] = [];
  // One after the other: each reads a directory in process, and the event loop stays free for learners.
  for (const learner of room.registry.learners()) summaries.push(await learnerSummary(room, learner));
  return summaries;
}
