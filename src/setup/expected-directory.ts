import type { UserInput } from "../scim/user-input.js";
import { SchemaUrn } from "../scim/urns.js";
import { castPeople, loadCast, type Cast, type CastMember } from "./cast.js";
import { StoryGroup, storySoFar, type CheckpointId, type StoryGroupName, type StoryStep } from "./storyline.js";

/** A storyline person as the directory should hold them at a checkpoint. */
export interface ExpectedPerson {
  /** Their record in the corporate directory (fixtures). */
  readonly entry: CastMember;
  /** The SCIM User input the server should hold, without the manager (an id only the server knows). */
  readonly user: Record<string, unknown>;
  /** The manager's userName, when they have one. */
  readonly manager: string | undefined;
}

/** A storyline group as it should be at a checkpoint. */
export interface ExpectedGroup {
  readonly displayName: StoryGroupName;
  readonly externalId: string | undefined;
  /** Its members' userNames, in story order. */
  readonly members: readonly string[];
}

/** The storyline's part of the directory at a checkpoint: who and what exists, and how. */
export interface ExpectedDirectory {
  readonly checkpoint: CheckpointId;
  /** Everyone who exists at this point, by userName, in provisioning order. */
  readonly people: ReadonlyMap<string, ExpectedPerson>;
  /** Storyline people who do not exist yet at this point. */
  readonly absentPeople: readonly string[];
  /** The groups that exist at this point, by displayName. */
  readonly groups: ReadonlyMap<StoryGroupName, ExpectedGroup>;
  /** Storyline groups that do not exist yet at this point. */
  readonly absentGroups: readonly StoryGroupName[];
}

/**
 * The storyline's part of the directory at `checkpoint`: the cast's records
 * with every story step up to that point applied, in order.
 */
export function expectedDirectory(checkpoint: CheckpointId, cast: Cast = loadCast()): ExpectedDirectory {
  const everyone = castPeople(cast);
  const branch = cast.employees.map((member) => member.user.userName);
  const people = new Map<string, { entry: CastMember; user: Record<string, unknown>; manager: string | undefined }>();
  const groups = new Map<StoryGroupName, { displayName: StoryGroupName; externalId: string | undefined; members: string[] }>();
  const person = (userName: string) => {
    const found = people.get(userName);
    if (found === undefined) throw new Error(`The storyline changes "${userName}" before provisioning them.`);
    return found;
  };
  const group = (name: StoryGroupName) => {
    const found = groups.get(name);
    if (found === undefined) throw new Error(`The storyline changes the group "${name}" before creating it.`);
    return found;
  };
  const apply = (step: StoryStep): void => {
    switch (step.kind) {
      case "provision":
        for (const userName of step.people === "branch" ? branch : step.people) {
          const entry = everyone.find((member) => member.user.userName === userName);
          if (entry === undefined) throw new Error(`The storyline provisions "${userName}", who is not in the fixtures.`);
          people.set(userName, { entry, user: structuredClone(entry.user), manager: entry.manager ?? undefined });
        }
        return;
      case "createGroup": {
        const externalId = step.group === StoryGroup.DunderMifflin ? cast.group.externalId : undefined;
        const members = step.members === "branch" ? [...branch] : [...step.members];
        groups.set(step.group, { displayName: step.group, externalId, members });
        return;
      }
      case "join":
        group(step.group).members.push(...step.people.filter((userName) => !group(step.group).members.includes(userName)));
        return;
      case "leave": {
        const target = group(step.group);
        target.members = target.members.filter((userName) => !step.people.includes(userName));
        return;
      }
      case "deactivate":
        person(step.person).user.active = false;
        return;
      case "workEmail": {
        const emails = person(step.person).user.emails as { value: string; type?: string }[];
        for (const email of emails) if (email.type === "work") email.value = step.value;
        return;
      }
      case "update": {
        const target = person(step.person);
        target.user = mergeUpdate(target.user, step.set);
        return;
      }
      case "rewrite": {
        const target = person(step.person);
        people.set(step.person, {
          entry: target.entry,
          user: { ...structuredClone(step.user), externalId: target.entry.entryUUID },
          manager: undefined,
        });
        return;
      }
    }
  };
  for (const point of storySoFar(checkpoint)) point.steps.forEach(apply);
  return {
    checkpoint,
    people,
    absentPeople: everyone.map((member) => member.user.userName).filter((userName) => !people.has(userName)),
    groups,
    absentGroups: Object.values(StoryGroup).filter((name) => !groups.has(name)),
  };
}

/**
 * `user` with the attributes of `set` replacing its own, extension objects
 * (keys that are schema URNs) merged attribute by attribute, as a PATCH
 * `replace` of each attribute leaves the others (RFC 7644 §3.5.2.3).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export function mergeUpdate(user: Readonly<Record<string, unknown>>, set: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...structuredClone(user) };
  for (const [key, value] of Object.entries(set)) {
    const isExtension = key.startsWith("urn:") && value !== null && typeof value === "object";
    merged[key] = isExtension ? { ...((merged[key] as object | undefined) ?? {}), ...structuredClone(value) } : structuredClone(value);
  }
  return merged;
}

/**
 * The User a server should hold for `person`: the story's input with the
 * Enterprise `manager.value` set to the manager's id on this server, when
 * `ids` knows it.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export function storyUser(person: ExpectedPerson, ids: Readonly<Record<string, string>>): UserInput {
  const user = person.user as UserInput;
  const enterprise = user[SchemaUrn.EnterpriseUser];
  const managerId = person.manager === undefined ? undefined : ids[person.manager];
  if (enterprise === undefined || managerId === undefined) return user;
  return { ...user, [SchemaUrn.EnterpriseUser]: { ...enterprise, manager: { value: managerId } } };
}
