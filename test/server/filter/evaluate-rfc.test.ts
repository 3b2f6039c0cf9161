import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFilter } from "../../../src/scim/filter/parser.js";
import { matchesFilter } from "../../../src/server/filter/evaluate.js";

const folder = join(import.meta.dirname, "../../../fixtures/rfc");
const read = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), "utf8"));
const filters = read("rfc7644-3.4.2.2-filters.json") as string[];
const fullUser = read("rfc7643-8.2-full-user.json") as Record<string, unknown>;
const enterpriseUser = read("rfc7643-8.3-enterprise-user.json") as Record<string, unknown>;

/** The RFC 7643 §8.2 user (userName "bjensen@example.com", title "Tour Guide", …) against each RFC 7644 §3.4.2.2 example. */
const expected: Record<string, [fullUser: boolean, enterpriseUser: boolean]> = {
  'userName Eq "john"': [false, false],
  'Username eq "john"': [false, false],
  'userName eq "bjensen"': [false, false],
  "name.familyName co \"O'Malley\"": [false, false],
  'userName sw "J"': [false, false],
  'urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"': [false, false],
  "title pr": [true, true],
  'meta.lastModified gt "2011-05-13T04:42:34Z"': [false, false],
  'meta.lastModified ge "2011-05-13T04:42:34Z"': [true, true],
  'meta.lastModified lt "2011-05-13T04:42:34Z"': [false, false],
  'meta.lastModified le "2011-05-13T04:42:34Z"': [true, true],
  'title pr and userType eq "Employee"': [true, true],
  'title pr or userType eq "Intern"': [true, true],
  'schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"': [false, true],
  'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")': [true, true],
  'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")': [false, false],
  'userType eq "Employee" and (emails.type eq "work")': [true, true],
  'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]': [true, true],
  'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]': [true, true],
};

describe("matchesFilter on the RFC 7644 §3.4.2.2 examples and the RFC 7643 §8 users", () => {
  it("knows the answer for every example in the fixture", () => {
    expect(Object.keys(expected).sort()).toEqual([...filters].sort());
  });

  it.each(filters)("%s", (text) => {
    const filter = parseFilter(text);
    expect([matchesFilter(fullUser, filter, "User"), matchesFilter(enterpriseUser, filter, "User")]).toEqual(expected[text]);
  });

  it("finds the users by their real userName, with the schema-qualified path too", () => {
    expect(matchesFilter(fullUser, parseFilter('userName eq "BJENSEN@example.com"'), "User")).toBe(true);
    expect(matchesFilter(fullUser, parseFilter('urn:ietf:params:scim:schemas:core:2.0:User:userName sw "bJ"'), "User")).toBe(true);
  });
});
