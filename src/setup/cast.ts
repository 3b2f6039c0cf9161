import { readFileSync } from "node:fs";
import { z } from "zod";
import { SchemaUrn } from "../scim/urns.js";

const enterpriseUrn = SchemaUrn.EnterpriseUser;

/** A user of the storyline as stored in the fixtures: a SCIM User input (RFC 7643 §4.1, §4.3). */
const CastUserSchema = z
  .object({
    userName: z.string().min(1),
    externalId: z.string().uuid(),
    name: z.object({ formatted: z.string(), givenName: z.string(), familyName: z.string() }),
    displayName: z.string(),
    title: z.string(),
    userType: z.string().optional(),
    preferredLanguage: z.string().optional(),
    locale: z.string().optional(),
    timezone: z.string().optional(),
    active: z.boolean(),
    emails: z.array(z.object({ value: z.string().email(), type: z.string(), primary: z.boolean() })).min(1),
    phoneNumbers: z.array(z.object({ value: z.string(), type: z.string(), primary: z.boolean() })).optional(),
    [enterpriseUrn]: z.object({
      employeeNumber: z.string(),
      organization: z.string().optional(),
      division: z.string().optional(),
      department: z.string(),
    }),
  })
  .strict();

/**
 * One person's record in the corporate directory: their DN, their immutable
 * `entryUUID`, their manager's userName and the SCIM User the identity
 * provider sends, whose `externalId` is the `entryUUID`.
 */
const CastMemberSchema = z
  .object({
    dn: z.string().startsWith("cn="),
    entryUUID: z.string().uuid(),
    manager: z.string().nullish(),
    user: CastUserSchema,
  })
  .strict()
  .refine((member) => member.user.externalId === member.entryUUID, {
    message: "user.externalId must be the entryUUID: the immutable key, never the DN",
    path: ["user", "externalId"],
  });

/** A fixture of one person (Charles Miner, David Wallace): a cast member with a `$comment` for readers of the file. */
const PersonFixtureSchema = z
  .object({ $comment: z.string().optional() })
  .passthrough()
  .transform(({ $comment, ...member }) => member)
  .pipe(CastMemberSchema);

/** The office's group: its displayName, externalId (its entryUUID) and directory DN. */
const CastGroupSchema = z.object({ displayName: z.string(), externalId: z.string(), dn: z.string(), entryUUID: z.string().uuid() });

const DunderMifflinSchema = z.object({
  group: CastGroupSchema,
  employees: z.array(CastMemberSchema).length(15),
});

/** A user of the storyline, ready to POST (the enterprise extension's manager is resolved later). */
export interface CastUser extends z.infer<typeof CastUserSchema> {}

/** One person of the storyline: DN, entryUUID, manager (a userName) and the User input. */
export interface CastMember extends z.infer<typeof CastMemberSchema> {}

/** The course's cast, from `fixtures/dunder-mifflin.json` and `fixtures/charles-miner.json`. */
export interface Cast {
  /** The "Dunder Mifflin" group of chapter 00. */
  group: z.infer<typeof CastGroupSchema>;
  /** The 15 employees of the Scranton branch, Michael Scott first. */
  employees: CastMember[];
  /** Charles Miner, VP of Northeast Sales, who arrives in chapter 01. */
  charlesMiner: CastMember;
  /** David Wallace, the CFO at corporate: Charles's manager, provisioned in chapter 01. */
  davidWallace: CastMember;
  /** Erin Hannon, the receptionist who joins in chapter 07 (from the HR export) when Pam moves to Sales. */
  erinHannon: CastMember;
}

/**
 * The path of a file in the package's `fixtures/` folder. Resolved from this
 * module, so it works from `src/setup/` (tsx, vitest) and `dist/setup/` alike.
 */
function fixturePath(name: string): URL {
  return new URL(`../../fixtures/${name}`, import.meta.url);
}

function readFixture<T>(name: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(fixturePath(name), "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`fixtures/${name} is invalid at ${issue?.path.join(".") || "(root)"}: ${issue?.message}. Fix the file.`);
  }
  return parsed.data;
}

/**
 * Load and validate the storyline's people: the Dunder Mifflin Scranton
 * branch, Charles Miner, David Wallace and Erin Hannon. Every person's `externalId` is
 * their directory `entryUUID`, a key that never changes (a DN does: it holds
 * the name and the OU); `manager` names a userName.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export function loadCast(): Cast {
  const office = readFixture("dunder-mifflin.json", DunderMifflinSchema);
  const charlesMiner = readFixture("charles-miner.json", PersonFixtureSchema);
  const davidWallace = readFixture("david-wallace.json", PersonFixtureSchema);
  const erinHannon = readFixture("erin-hannon.json", PersonFixtureSchema);
  return { group: office.group, employees: office.employees, charlesMiner, davidWallace, erinHannon };
}

/**
 * A person's record in the storyline's corporate directory, by userName:
 * `dn`, the immutable `entryUUID`, `manager` (a userName) and the SCIM `user`
 * to provision, whose `externalId` is the `entryUUID`.
 * @throws Error naming the people there are when `userName` is not one of them
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 */
export function directoryEntry(userName: string): CastMember {
  const people = castPeople(loadCast());
  const entry = people.find((member) => member.user.userName === userName);
  if (entry === undefined) {
    throw new Error(`No "${userName}" in the directory. Its people: ${people.map((m) => m.user.userName).join(", ")}.`);
  }
  return entry;
}

/** Everyone in the storyline's directory: the branch, then corporate (David Wallace, Charles Miner), then Erin Hannon (chapter 07). */
export function castPeople(cast: Cast): CastMember[] {
  return [...cast.employees, cast.davidWallace, cast.charlesMiner, cast.erinHannon];
}
