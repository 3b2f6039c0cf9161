import type { ScimClient } from "../client/index.js";
import { loadCast } from "./cast.js";
import { expectedDirectory, storyUser } from "./expected-directory.js";
import { observeDirectory } from "./observe-directory.js";
import { differingAttributes, personView } from "./person-view.js";
import { checkpoints, type CheckpointId } from "./storyline.js";

/** One thing the story says about the directory at a checkpoint, and whether the server agrees. */
export interface CheckpointFact {
  /** What the story says, e.g. `"Michael Scott Paper Company has exactly Michael Scott, Pam Beesly, Ryan Howard"`. */
  label: string;
  /** Whether the server's directory agrees. */
  holds: boolean;
  /** When it does not: what differs. */
  detail?: string;
}

/** Whether a server's directory is where the story stands at a checkpoint, fact by fact. */
export interface CheckpointReport {
  checkpoint: CheckpointId;
  /** The checkpoint's title, e.g. `"Michael leaves"`. */
  title: string;
  /** Every fact holds. */
  reached: boolean;
  facts: CheckpointFact[];
}

/**
 * Compare the storyline's part of the server's directory with what the story
 * says at `checkpoint`: each storyline person present (with the attributes
 * the story gives them) or not yet provisioned, each storyline group with
 * exactly its members, and no scratch resources left behind by checks.
 * Reads only (filtered GETs, RFC 7644 §3.4.2).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export async function verifyCheckpoint(client: ScimClient, checkpoint: CheckpointId): Promise<CheckpointReport> {
  const cast = loadCast();
  const expected = expectedDirectory(checkpoint, cast);
  const observed = await observeDirectory(client, cast);
  const ids: Record<string, string> = {};
  for (const [userName, user] of observed.people) if (user.id) ids[userName] = user.id;
  const displayNameOf = (userName: string) => String(expected.people.get(userName)?.user.displayName ?? expected.people.get(userName)?.entry.user.displayName ?? userName);
  const facts: CheckpointFact[] = [];
  for (const person of expected.people.values()) {
    const userName = person.entry.user.userName;
    const current = observed.people.get(userName);
    const label = `${String(person.user.displayName ?? person.entry.user.displayName)} (${String(person.user.userName ?? userName)}) is as the story says`;
    if (current === undefined) {
      facts.push({ label, holds: false, detail: "not on the server" });
      continue;
    }
    const differing = differingAttributes(personView(storyUser(person, ids), observed.userNameOf), personView(current, observed.userNameOf));
    facts.push(differing.length === 0 ? { label, holds: true } : { label, holds: false, detail: `differs in ${differing.join(", ")}` });
  }
  for (const userName of expected.absentPeople) {
    const present = observed.people.has(userName);
    facts.push({ label: `${userName} is not provisioned yet`, holds: !present, ...(present ? { detail: "already on the server" } : {}) });
  }
  for (const group of expected.groups.values()) {
    const found = observed.groups.get(group.displayName) ?? [];
    const label =
      group.members.length === 0 ? `${group.displayName} has no members` : `${group.displayName} has exactly ${group.members.map(displayNameOf).join(", ")}`;
    if (found.length !== 1) {
      facts.push({ label, holds: false, detail: found.length === 0 ? "no such group" : `${found.length} groups of that name` });
      continue;
    }
    const members = (found[0]?.members ?? []).map((member) => observed.userNameOf(member.value ?? "") ?? `someone outside the story (${member.value})`);
    const missing = group.members.filter((userName) => !members.includes(userName));
    const extra = members.filter((userName) => !group.members.includes(userName));
    const detail = [missing.length ? `missing ${missing.join(", ")}` : "", extra.length ? `also has ${extra.join(", ")}` : ""].filter(Boolean).join("; ");
    facts.push(detail === "" ? { label, holds: true } : { label, holds: false, detail });
  }
  for (const name of expected.absentGroups) {
    const present = (observed.groups.get(name) ?? []).length > 0;
    facts.push({ label: `${name} does not exist yet`, holds: !present, ...(present ? { detail: "already on the server" } : {}) });
  }
  const scratch = observed.scratch.users.length + observed.scratch.groups.length;
  facts.push({
    label: "No scratch resources left behind",
    holds: scratch === 0,
    ...(scratch === 0 ? {} : { detail: `${scratch} resource(s) whose externalId starts with "scimlab:"` }),
  });
  const title = checkpoints.find((point) => point.id === checkpoint)?.title ?? checkpoint;
  return { checkpoint, title, reached: facts.every((fact) => fact.holds), facts };
}
