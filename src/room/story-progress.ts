import type { ScimClient } from "../client/index.js";
import { castPeople, loadCast, type Cast } from "../setup/cast.js";
import { observeDirectory, type ObservedDirectory } from "../setup/observe-directory.js";
import { mergeUpdate } from "../setup/expected-directory.js";
import { differingAttributes, personView } from "../setup/person-view.js";
import { checkpoints, type CheckpointId, type StoryGroupName, type StoryStep } from "../setup/storyline.js";

/** One story step of a checkpoint, and whether a learner's directory shows it. */
export interface StepProgress {
  readonly checkpoint: CheckpointId;
  /** The storyline's label, e.g. `"Charles created"`. */
  readonly label: string;
  readonly holds: boolean;
}

/** Where a learner's directory stands in the storyline, step by step. */
export interface StoryProgress {
  /** Every step of every checkpoint, in story order. */
  readonly steps: readonly StepProgress[];
  /** The furthest checkpoint whose steps, and every earlier checkpoint's, all hold. */
  readonly reached: CheckpointId | undefined;
}

/**
 * Read a directory (with plain SCIM queries, as `verifyCheckpoint` does) and
 * say which of the storyline's steps it shows. Unlike `verifyCheckpoint`,
 * which asks "is the directory exactly at checkpoint X?" (and so says no to
 * every earlier checkpoint once a learner moves on), each step is judged by
 * its own effect, so a grid of learners × steps fills in as they progress:
 *
 * - provision: those people exist;
 * - createGroup / join: the group exists, those people exist, and it holds
 *   them, except people a later `leave` step of the story takes out of it;
 * - leave: those people exist, and the group exists without them;
 * - deactivate: the person exists with `active` false;
 * - workEmail: the person's work email is the new one;
 * - rewrite: the person is exactly the rewritten record;
 * - update: the person has the attributes the step sets.
 *
 * A step that a later step of the story undoes (Michael deactivated, then
 * active again; Pam out of Dunder Mifflin, then back) also holds when the
 * directory shows every step of the later step's checkpoint. The other way
 * round, a step that undoes an earlier one (Michael active again, Ryan back
 * as a temp) holds only once every earlier checkpoint does: before the story
 * got there, Michael is active and Ryan a temp because nothing happened yet.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export async function storyProgress(client: ScimClient, cast: Cast = loadCast()): Promise<StoryProgress> {
  const observed = await observeDirectory(client, cast);
  const steps: StepProgress[] = [];
  let reached: CheckpointId | undefined;
  let allSoFar = true;
  const story = checkpoints.flatMap((point) => point.steps.map((step) => ({ point: point.id, step })));
  const own = story.map(({ step }, index) => stepHolds(step, index, observed, cast));
  const complete = new Set(checkpoints.map((point) => point.id).filter((id) => story.every(({ point }, at) => point !== id || own[at] === true)));
  let index = 0;
  for (const point of checkpoints) {
    const storySoFar: boolean = allSoFar;
    for (const step of point.steps) {
      const here = index++;
      const undoneLater = story.some((later, at) => at > here && complete.has(later.point) && supersedes(later.step, step));
      const undoesEarlier = story.some((earlier, at) => at < here && supersedes(step, earlier.step));
      const holds: boolean = (own[here] === true && (!undoesEarlier || storySoFar)) || undoneLater;
      steps.push({ checkpoint: point.id, label: step.label, holds });
      allSoFar &&= holds;
    }
    if (allSoFar) reached = point.id;
  }
  return { steps, reached };
}

function stepHolds(step: StoryStep, position: number, observed: ObservedDirectory, cast: Cast): boolean {
  const branch = cast.employees.map((member) => member.user.userName);
  switch (step.kind) {
    case "provision":
      return (step.people === "branch" ? branch : step.people).every((userName) => observed.people.has(userName));
    case "createGroup":
    case "join": {
      const people: readonly string[] = "people" in step ? step.people : step.members === "branch" ? branch : step.members;
      const leaving = leftLater(step.group, position);
      const members = membersOf(observed, step.group);
      return (
        members !== undefined &&
        people.every((userName) => observed.people.has(userName)) &&
        people.filter((userName) => !leaving.has(userName)).every((userName) => members.has(userName))
      );
    }
    case "leave": {
      const members = membersOf(observed, step.group);
      // Someone who was never provisioned has not left anything: the step holds for people who exist.
      return members !== undefined && step.people.every((userName) => observed.people.has(userName) && !members.has(userName));
    }
    case "deactivate": {
      const active = observed.people.get(step.person)?.active as unknown;
      return active === false || active === "false" || active === "False";
    }
    case "workEmail": {
      const emails = (observed.people.get(step.person)?.emails ?? []) as { value?: string; type?: string }[];
      return emails.some((email) => email.type === "work" && email.value?.toLowerCase() === step.value.toLowerCase());
    }
    case "rewrite": {
      const current = observed.people.get(step.person);
      const entry = castPeople(cast).find((member) => member.user.userName === step.person);
      if (current === undefined || entry === undefined) return false;
      const expected = personView({ ...step.user, externalId: entry.entryUUID }, observed.userNameOf);
      return differingAttributes(expected, personView(current, observed.userNameOf)).length === 0;
    }
    case "update": {
      const current = observed.people.get(step.person);
      if (current === undefined) return false;
      const updated = personView(mergeUpdate(current as Record<string, unknown>, step.set), observed.userNameOf);
      return differingAttributes(updated, personView(current, observed.userNameOf)).length === 0;
    }
  }
}

/** The people a step is about: one person, or the people of a group change (with the group's name). */
function subjects(step: StoryStep): string[] {
  if ("person" in step) return [step.person];
  if (step.kind === "join" || step.kind === "leave") return step.people.map((userName) => `${step.group}/${userName}`);
  return [];
}

/** Whether `later` changes what `earlier` changed: the same person, or the same person in the same group. */
function supersedes(later: StoryStep, earlier: StoryStep): boolean {
  const theirs = subjects(later);
  const mine = subjects(earlier);
  return mine.length > 0 && mine.every((subject) => theirs.includes(subject));
}

/** The userNames of the one group of that name; `undefined` when there is none (or more than one). */
function membersOf(observed: ObservedDirectory, group: StoryGroupName): Set<string> | undefined {
  const found = observed.groups.get(group) ?? [];
  if (found.length !== 1) return undefined;
  return new Set((found[0]?.members ?? []).map((member) => observed.userNameOf(member.value ?? "") ?? "").filter((name) => name !== ""));
}

/** The people a `leave` step of the storyline after position `after` takes out of `group`. */
function leftLater(group: StoryGroupName, after: number): Set<string> {
  const people = new Set<string>();
  checkpoints
    .flatMap((point) => point.steps)
    .forEach((step, at) => {
      if (at > after && step.kind === "leave" && step.group === group) step.people.forEach((userName) => people.add(userName));
    });
  return people;
}
