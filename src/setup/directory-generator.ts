// faker's English-only entry point: the main one loads every locale (a third of a second each time a notebook imports the kit).
import { faker } from "@faker-js/faker/locale/en";
import { SchemaUrn } from "../scim/urns.js";

const enterpriseUrn = SchemaUrn.EnterpriseUser;

/** The domain of generated email addresses, reserved for examples by RFC 2606. */
const directoryDomain = "example.com";

/** A generated user, as a SCIM User input (RFC 7643 §4.1 with the §4.3 extension). */
export interface GeneratedUser {
  schemas: string[];
  userName: string;
  externalId: string;
  name: { givenName: string; familyName: string; formatted: string };
  displayName: string;
  title: string;
  active: boolean;
  emails: Array<{ value: string; type: "work"; primary: true }>;
  phoneNumbers: Array<{ value: string; type: "work" }>;
  [enterpriseUrn]: { employeeNumber: string; department: string; organization: string };
}

/** A generated group: displayName, externalId, and its members as indexes into the users. */
export interface GeneratedGroup {
  displayName: string;
  externalId: string;
  memberIndexes: number[];
}

/** A generated directory. */
export interface GeneratedDirectory {
  users: GeneratedUser[];
  groups: GeneratedGroup[];
}

/** Lower-case ASCII letters only, for userNames and email local parts. */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase() || "x";
}

/** `base`, or `base2`, `base3`… the first one not taken yet. */
function unique(taken: Set<string>, base: string, separator = ""): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${separator}${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * Generate a realistic directory with faker, deterministically: the same
 * `seed` gives the same userNames, emails, names and groups; the first
 * users (and groups) of a larger directory are those of a smaller one, so
 * growing a seeded directory only adds to it.
 *
 * userNames are `given.family` (a number appended on collision), emails
 * `userName@example.com`, externalIds UUIDs from the seeded generator. Each
 * user belongs to one group (round-robin over a shuffled order), and every
 * fifth user to a second one. faker's English instance is seeded here and
 * used synchronously, so no other caller can draw from it in between.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export function generateDirectory(options: { users: number; groups: number; seed: number }): GeneratedDirectory {
  faker.seed(options.seed);
  const userNames = new Set<string>();
  const users: GeneratedUser[] = [];
  for (let i = 0; i < options.users; i++) {
    const givenName = faker.person.firstName();
    const familyName = faker.person.lastName();
    const userName = unique(userNames, `${slug(givenName)}.${slug(familyName)}`);
    users.push({
      schemas: [SchemaUrn.User, enterpriseUrn],
      userName,
      externalId: faker.string.uuid(),
      name: { givenName, familyName, formatted: `${givenName} ${familyName}` },
      displayName: `${givenName} ${familyName}`,
      title: faker.person.jobTitle(),
      active: faker.number.int(99) >= 5,
      emails: [{ value: `${userName}@${directoryDomain}`, type: "work", primary: true }],
      phoneNumbers: [{ value: faker.phone.number({ style: "international" }), type: "work" }],
      [enterpriseUrn]: {
        employeeNumber: String(100_000 + i),
        department: faker.commerce.department(),
        organization: "Dunder Mifflin",
      },
    });
  }
  faker.seed([options.seed, 1]);
  const names = new Set<string>();
  const groups: GeneratedGroup[] = Array.from({ length: options.groups }, () => ({
    displayName: unique(names, `${faker.location.city()} ${faker.commerce.department()}`, " "),
    externalId: faker.string.uuid(),
    memberIndexes: [],
  }));
  if (groups.length > 0) {
    const order = faker.helpers.shuffle(users.map((_, i) => i));
    order.forEach((userIndex, position) => {
      groups[position % groups.length]?.memberIndexes.push(userIndex);
      if (position % 5 === 0 && groups.length > 1) {
        groups[(position + 1 + faker.number.int(groups.length - 2)) % groups.length]?.memberIndexes.push(userIndex);
      }
    });
    for (const group of groups) group.memberIndexes.sort((a, b) => a - b);
  }
  return { users, groups };
}
