/**
 * The storyline as data: the checkpoints the directory passes through, in
 * order, each reached from the one before by a few story steps, and where
 * each chapter starts and ends. `courseSetup` brings a server to any
 * checkpoint, `verifyCheckpoint` says whether a server is at one, and the
 * tests hold every chapter to them. Nothing else in the kit restates the story.
 */

/** The storyline's groups, by displayName. */
export const StoryGroup = {
  DunderMifflin: "Dunder Mifflin",
  PaperCompany: "Michael Scott Paper Company",
} as const;

/** A storyline group's displayName. */
export type StoryGroupName = (typeof StoryGroup)[keyof typeof StoryGroup];

/**
 * What Ryan's record holds after chapter 03 rewrites it with PUT: only these
 * attributes (his `externalId` is kept from the directory). RFC 7644 §3.5.1:
 * the attributes a PUT leaves out are cleared.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
const ryanRewritten = {
  userName: "rhoward",
  name: { formatted: "Ryan Howard", givenName: "Ryan", familyName: "Howard" },
  title: "Salesman",
  active: true,
  emails: [{ value: "ryan.howard@michaelscottpaper.com", type: "work", primary: true }],
};

/**
 * One change to the directory, with the label a progress view shows for it.
 * `update` sets some attributes of a person and keeps the others (the
 * Enterprise extension merged attribute by attribute), as a PATCH `replace`
 * does (RFC 7644 §3.5.2.3); a rename is an update of `userName` and `name`
 * under the same `externalId`.
 */
export type StoryStep = { label: string } & (
  | { kind: "provision"; people: "branch" | readonly string[] }
  | { kind: "createGroup"; group: StoryGroupName; members: "branch" | readonly string[] }
  | { kind: "join" | "leave"; group: StoryGroupName; people: readonly string[] }
  | { kind: "deactivate"; person: string }
  | { kind: "workEmail"; person: string; value: string }
  | { kind: "rewrite"; person: string; user: Readonly<Record<string, unknown>> }
  | { kind: "update"; person: string; set: Readonly<Record<string, unknown>> }
);

/** A point of the story, with the steps that lead to it from the checkpoint before. */
export interface Checkpoint {
  /** A stable id, e.g. `"michael-left"`. */
  readonly id: CheckpointId;
  /** What a learner reads, e.g. `"Michael leaves"`. */
  readonly title: string;
  /** The changes since the previous checkpoint. */
  readonly steps: readonly StoryStep[];
}

/** The storyline's checkpoints, in order. */
export type CheckpointId = "branch" | "charles-joined" | "michael-left" | "paper-company" | "buyback";

const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** A work email as the story's people have it: the one primary address. */
const workEmail = (value: string) => ({ emails: [{ value, type: "work", primary: true }] });

/** The storyline, checkpoint by checkpoint. */
export const checkpoints: readonly Checkpoint[] = [
  {
    id: "branch",
    title: "The Scranton branch",
    steps: [
      { kind: "provision", people: "branch", label: "The 15 employees exist" },
      { kind: "createGroup", group: StoryGroup.DunderMifflin, members: "branch", label: "Dunder Mifflin holds the branch" },
    ],
  },
  {
    id: "charles-joined",
    title: "Charles joins",
    steps: [
      { kind: "provision", people: ["dwallace"], label: "David Wallace provisioned" },
      { kind: "provision", people: ["cminer"], label: "Charles created" },
      { kind: "join", group: StoryGroup.DunderMifflin, people: ["cminer"], label: "Charles in Dunder Mifflin" },
    ],
  },
  {
    id: "michael-left",
    title: "Michael leaves",
    steps: [
      { kind: "deactivate", person: "mscott", label: "Michael deactivated" },
      { kind: "leave", group: StoryGroup.DunderMifflin, people: ["mscott"], label: "Michael out of Dunder Mifflin" },
    ],
  },
  {
    id: "paper-company",
    title: "The Michael Scott Paper Company",
    steps: [
      {
        kind: "createGroup",
        group: StoryGroup.PaperCompany,
        members: ["mscott", "pbeesly", "rhoward"],
        label: "Paper Company has 3 members",
      },
      { kind: "leave", group: StoryGroup.DunderMifflin, people: ["pbeesly", "rhoward"], label: "Pam and Ryan out of Dunder Mifflin" },
      { kind: "workEmail", person: "mscott", value: "michael.scott@michaelscottpaper.com", label: "Michael's new work email" },
      { kind: "workEmail", person: "pbeesly", value: "pam.beesly@michaelscottpaper.com", label: "Pam's new work email" },
      { kind: "workEmail", person: "rhoward", value: "ryan.howard@michaelscottpaper.com", label: "Ryan's new work email" },
      { kind: "rewrite", person: "rhoward", user: ryanRewritten, label: "Ryan rewritten with PUT" },
    ],
  },
  {
    // Chapter 07: the HR export after Dunder Mifflin buys the Paper Company back (fixtures/hr-export.csv).
    id: "buyback",
    title: "Dunder Mifflin buys the Paper Company back",
    steps: [
      { kind: "provision", people: ["ehannon"], label: "Erin joins as receptionist" },
      {
        kind: "update",
        person: "mscott",
        set: { active: true, ...workEmail("michael.scott@dundermifflin.com") },
        label: "Michael active again",
      },
      {
        kind: "update",
        person: "pbeesly",
        set: { title: "Sales Representative", ...workEmail("pam.beesly@dundermifflin.com"), [enterprise]: { department: "Sales" } },
        label: "Pam moves to Sales",
      },
      {
        kind: "update",
        person: "rhoward",
        set: {
          displayName: "Ryan Howard",
          title: "Temp",
          ...workEmail("ryan.howard@dundermifflin.com"),
          [enterprise]: { employeeNumber: "1005", department: "Sales" },
        },
        label: "Ryan back as a temp",
      },
      {
        kind: "update",
        person: "amartin",
        set: {
          userName: "alipton",
          name: { formatted: "Angela Lipton", givenName: "Angela", familyName: "Lipton" },
          displayName: "Angela Lipton",
          ...workEmail("angela.lipton@dundermifflin.com"),
        },
        label: "Angela renamed Angela Lipton",
      },
      { kind: "deactivate", person: "cminer", label: "Charles deactivated" },
      { kind: "leave", group: StoryGroup.DunderMifflin, people: ["cminer"], label: "Charles out of Dunder Mifflin" },
      {
        kind: "join",
        group: StoryGroup.DunderMifflin,
        people: ["mscott", "pbeesly", "rhoward", "ehannon"],
        label: "Michael, Pam, Ryan and Erin in Dunder Mifflin",
      },
      {
        kind: "leave",
        group: StoryGroup.PaperCompany,
        people: ["mscott", "pbeesly", "rhoward"],
        label: "The Paper Company group empty",
      },
    ],
  },
];

/** A chapter of the course, by id. */
export type ChapterId =
  | "chapter00"
  | "chapter01"
  | "chapter02"
  | "chapter03"
  | "chapter04"
  | "chapter05"
  | "chapter06"
  | "chapter07"
  | "chapter08"
  | "chapter09";

/** Where the story stands when each chapter starts, and where the chapter leaves it. */
export const chapterCheckpoints: Readonly<Record<ChapterId, { start: CheckpointId; end: CheckpointId }>> = {
  chapter00: { start: "branch", end: "branch" },
  chapter01: { start: "branch", end: "charles-joined" },
  chapter02: { start: "charles-joined", end: "michael-left" },
  chapter03: { start: "michael-left", end: "paper-company" },
  chapter04: { start: "paper-company", end: "paper-company" },
  chapter05: { start: "paper-company", end: "paper-company" },
  chapter06: { start: "paper-company", end: "paper-company" },
  chapter07: { start: "paper-company", end: "buyback" },
  chapter08: { start: "buyback", end: "buyback" },
  chapter09: { start: "buyback", end: "buyback" },
};

/**
 * The checkpoint with this id, and the ones before it (the story so far).
 * @throws Error naming the checkpoints when `id` is not one of them
 */
export function storySoFar(id: CheckpointId): readonly Checkpoint[] {
  const index = checkpoints.findIndex((checkpoint) => checkpoint.id === id);
  if (index < 0) {
    throw new Error(`No checkpoint "${String(id)}". The storyline's checkpoints: ${checkpoints.map((c) => c.id).join(", ")}.`);
  }
  return checkpoints.slice(0, index + 1);
}
