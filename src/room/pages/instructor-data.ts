import { checkpoints } from "../../setup/storyline.js";
import { roomSummary, type LearnerSummary } from "../learner-summary.js";
import type { Room } from "../room.js";

/** Everything `GET /room/instructor` shows, and `GET /room/instructor.json` answers. No token, no room code. */
export interface InstructorPageData {
  readonly room: string;
  readonly closed: boolean;
  /** The storyline: each checkpoint with its steps' labels, in story order. */
  readonly checkpoints: readonly { readonly id: string; readonly title: string; readonly steps: readonly string[] }[];
  /** How many learners reached each checkpoint (that one and every earlier one whole): the projector view. */
  readonly reached: readonly { readonly id: string; readonly title: string; readonly learners: number }[];
  readonly learners: readonly LearnerSummary[];
}

/** Summarise the room for the instructor's page. */
export async function instructorPageData(room: Room): Promise<InstructorPageData> {
  const learners = await roomSummary(room);
  const order = checkpoints.map((point) => point.id as string);
  return {
    room: room.registry.name,
    closed: room.registry.closed,
    checkpoints: checkpoints.map((point) => ({ id: point.id, title: point.title, steps: point.steps.map((step) => step.label) })),
    reached: checkpoints.map((point, index) => ({
      id: point.id,
      title: point.title,
      learners: learners.filter((learner) => learner.progress.reached !== undefined && order.indexOf(learner.progress.reached) >= index).length,
    })),
    learners,
  };
}
