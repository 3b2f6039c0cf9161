import type { ScimClient } from "../client/index.js";
import { filter } from "../scim/filter/index.js";
import { loadCast } from "./cast.js";
import { createWhatIsMissing, reachCheckpoint, type StoryIds } from "./reach-checkpoint.js";
import { chapterCheckpoints, StoryGroup, type ChapterId, type CheckpointId } from "./storyline.js";

export { courseTag } from "./observe-directory.js";

/** Options of {@link courseSetup}: at most one of `chapter`, `checkpoint` and `reset`. */
export interface CourseSetupOptions {
  /**
   * Bring the directory to where the story stands when this chapter starts
   * (`chapterCheckpoints[chapter].start`), whatever it holds now: what
   * later chapters did is undone, what earlier chapters did is done.
   * @default undefined
   */
  chapter?: ChapterId;
  /**
   * Bring the directory to this checkpoint of the storyline (see `checkpoints`).
   * @default undefined
   */
  checkpoint?: CheckpointId;
  /**
   * Put the storyline back to its start: the checkpoint `"branch"`.
   * @default false
   */
  reset?: boolean;
}

/** The ids the course needs, as this server gave them. */
export interface CourseSetupResult extends StoryIds {
  /** The id of the "Dunder Mifflin" group. */
  groupId: string;
}

/**
 * Prepare a server for the course, with plain RFC 7644 requests only (so it
 * works on any compliant service provider), and return the ids it gave.
 *
 * - `courseSetup(client)` creates what is missing for the course to start (the
 *   15 employees of the Scranton branch and the "Dunder Mifflin" group with
 *   them) and leaves everything else alone: a user you changed stays changed.
 * - `courseSetup(client, { chapter: "chapter02" })` brings the storyline's part
 *   of the directory exactly to where the story stands when that chapter
 *   starts; `{ checkpoint }` to any checkpoint; `{ reset: true }` to the start.
 *   It deletes the course's scratch resources (`externalId` starting with
 *   `scimlab:`) and what the story has not created yet, creates who is
 *   missing, and replaces what differs. Idempotent: on a server already there
 *   it only reads.
 *
 * People are found by their immutable key, `externalId eq` their directory
 * entryUUID, then by `userName eq`; groups by `displayName eq`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export async function courseSetup(client: ScimClient, options: CourseSetupOptions = {}): Promise<CourseSetupResult> {
  const target = targetCheckpoint(options);
  const cast = loadCast();
  const ids = target === undefined ? await createWhatIsMissing(client, cast) : await reachCheckpoint(client, target, cast);
  return { groupId: ids.groups[StoryGroup.DunderMifflin] as string, ...ids };
}

/** The checkpoint the options ask for, if any; more than one of them is a usage error. */
function targetCheckpoint(options: CourseSetupOptions): CheckpointId | undefined {
  const asked = [options.chapter, options.checkpoint, options.reset === true ? "reset" : undefined].filter((o) => o !== undefined);
  if (asked.length > 1) {
    throw new TypeError("courseSetup takes one of chapter, checkpoint and reset: pass only one of them.");
  }
  if (options.chapter !== undefined) {
    const points = chapterCheckpoints[options.chapter];
    if (points === undefined) {
      throw new TypeError(`No chapter "${String(options.chapter)}". Chapters: ${Object.keys(chapterCheckpoints).join(", ")}.`);
    }
    return points.start;
  }
  return options.checkpoint ?? (options.reset === true ? "branch" : undefined);
}

/**
 * The id of the one resource matching `attribute eq value`, if any.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export async function findId(
  endpoint: ScimClient["users"] | ScimClient["groups"],
  attribute: string,
  value: string,
): Promise<string | undefined> {
  const page = await endpoint.list({ filter: filter.eq(attribute, value), attributes: ["id"] });
  return page.Resources[0]?.id;
}
