import { readFileSync } from "node:fs";
import { z } from "zod";
import { SchemaUrn } from "../scim/urns.js";

const enterpriseUrn = SchemaUrn.EnterpriseUser;

/** A user of the storyline as stored in the fixtures: a SCIM User input (RFC 7643 §4.1, §4.3). */
const CastUserSchema = z
  .object({
    userName: z.string().min(1),
    externalId: z.string().min(1).optional(),
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

/** One person of the storyline: their directory DN, their manager's userName and their SCIM User input. */
const CastMemberSchema = z
  .object({
    dn: z.string().startsWith("cn="),
    manager: z.string().nullish(),
    user: CastUserSchema,
  })
  .strict();

/** The Charles Miner fixture: a cast member with a `$comment` for readers of the file. */
const CharlesMinerSchema = CastMemberSchema.extend({ $comment: z.string().optional() }).transform(
  ({ $comment, ...member }): CastMember => member,
);

/** The office's group: its displayName, externalId and directory DN. */
const CastGroupSchema = z.object({ displayName: z.string(), externalId: z.string(), dn: z.string() });

const DunderMifflinSchema = z.object({
  group: CastGroupSchema,
  employees: z.array(CastMemberSchema).length(15),
});

/** A user of the storyline, ready to POST (the enterprise extension's manager is resolved later). */
export type CastUser = z.infer<typeof CastUserSchema>;

/** One person of the storyline: DN, manager (a userName) and the User input. */
export type CastMember = z.infer<typeof CastMemberSchema>;

/** The course's cast, from `fixtures/dunder-mifflin.json` and `fixtures/charles-miner.json`. */
export interface Cast {
  /** The "Dunder Mifflin" group of chapter 00. */
  group: z.infer<typeof CastGroupSchema>;
  /** The 15 employees of the Scranton branch, Michael Scott first. */
  employees: CastMember[];
  /** Charles Miner, VP of Northeast Sales, who arrives in chapter 01 (no externalId: the chapter derives it). */
  charlesMiner: CastMember;
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
 * branch and Charles Miner. Every employee's `externalId` is the UUIDv5 of
 * their DN in the RFC 4122 X.500 namespace; `manager` names a userName.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export function loadCast(): Cast {
  const office = readFixture("dunder-mifflin.json", DunderMifflinSchema);
  const charlesMiner = readFixture("charles-miner.json", CharlesMinerSchema);
  return { group: office.group, employees: office.employees, charlesMiner };
}
