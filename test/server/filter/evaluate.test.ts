import { describe, expect, it } from "vitest";
import { InvalidFilterError } from "../../../src/scim/errors.js";
import { parseFilter } from "../../../src/scim/filter/parser.js";
import { matchesFilter } from "../../../src/server/filter/evaluate.js";

const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

const babs = {
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", enterprise],
  id: "2819c223-7f76-453a-919d-413861904646",
  externalId: "bjensen",
  userName: "bjensen",
  name: { familyName: "Jensen", givenName: "Barbara" },
  title: "Tour Guide",
  userType: "Employee",
  active: true,
  emails: [
    { value: "bjensen@example.com", type: "work", primary: true },
    { value: "babs@jensen.org", type: "home" },
  ],
  groups: [{ value: "e9e30dba-f08f-4109-8486-d5c6a331660a", display: "Tour Guides" }],
  meta: {
    resourceType: "User",
    created: "2010-01-23T04:56:22Z",
    lastModified: "2011-05-13T04:42:34Z",
    version: 'W/"3694e05e9dff591"',
  },
  [enterprise]: { employeeNumber: "701984", department: "Tour Operations", manager: { value: "26118915" } },
};

const matches = (text: string, resource: Record<string, unknown> = babs): boolean =>
  matchesFilter(resource, parseFilter(text), "User");

describe("matchesFilter (RFC 7644 §3.4.2.2)", () => {
  it("matches the RFC's example filters", () => {
    expect(matches('userName eq "bjensen"')).toBe(true);
    expect(matches('name.familyName co "O\'Malley"')).toBe(false);
    expect(matches('userName sw "J"')).toBe(false);
    expect(matches('title pr')).toBe(true);
    expect(matches('meta.lastModified gt "2011-05-13T04:42:34Z"')).toBe(false);
    expect(matches('meta.lastModified ge "2011-05-13T04:42:34Z"')).toBe(true);
    expect(matches('meta.lastModified lt "2011-05-13T04:42:34Z"')).toBe(false);
    expect(matches('meta.lastModified le "2011-05-13T04:42:34Z"')).toBe(true);
    expect(matches('title pr and userType eq "Employee"')).toBe(true);
    expect(matches('title pr or userType eq "Intern"')).toBe(true);
    expect(matches('userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")')).toBe(true);
    expect(matches('userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")')).toBe(false);
    expect(matches('userType eq "Employee" and (emails.type eq "work")')).toBe(true);
    expect(matches('userType eq "Employee" and emails[type eq "work" and value co "@example.com"]')).toBe(true);
    expect(matches('emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]')).toBe(true);
  });

  it("reads attribute names in any case", () => {
    expect(matches('USERNAME eq "bjensen"')).toBe(true);
    expect(matches('Name.FamilyName eq "Jensen"')).toBe(true);
  });

  it("compares case-insensitively unless the attribute is caseExact", () => {
    expect(matches('userName eq "BJENSEN"')).toBe(true); // userName: caseExact false
    expect(matches('id eq "2819C223-7F76-453A-919D-413861904646"')).toBe(false); // id: caseExact true
    expect(matches('externalId eq "BJENSEN"')).toBe(false);
    expect(matches('externalId eq "bjensen"')).toBe(true);
  });

  it("implements co, sw, ew on strings", () => {
    expect(matches('userName co "jens"')).toBe(true);
    expect(matches('userName sw "bj"')).toBe(true);
    expect(matches('userName ew "SEN"')).toBe(true);
    expect(matches('userName ew "bj"')).toBe(false);
  });

  it("orders strings lexicographically", () => {
    expect(matches('userName gt "a"')).toBe(true);
    expect(matches('userName lt "a"')).toBe(false);
    expect(matches('userName ge "BJENSEN"')).toBe(true);
  });

  it("compares dateTime values as instants, not as text", () => {
    expect(matches('meta.lastModified eq "2011-05-13T06:42:34+02:00"')).toBe(true);
    expect(matches('meta.created lt "2011-05-13T04:42:34.000Z"')).toBe(true);
    expect(() => matches('meta.created gt "yesterday"')).toThrow(InvalidFilterError);
  });

  it("compares booleans with eq and ne only", () => {
    expect(matches("active eq true")).toBe(true);
    expect(matches("active ne true")).toBe(false);
    expect(() => matches("active gt false")).toThrow(InvalidFilterError);
    expect(() => matches('active co "t"')).toThrow(InvalidFilterError);
  });

  it("compares numbers numerically", () => {
    const resource = { ...babs, loginCount: 10 };
    expect(matches("loginCount gt 9", resource)).toBe(true);
    expect(matches("loginCount lt 9", resource)).toBe(false);
    expect(matches("loginCount eq 10", resource)).toBe(true);
  });

  it("treats pr as a non-empty value", () => {
    expect(matches("nickName pr")).toBe(false);
    expect(matches("nickName pr", { ...babs, nickName: "" })).toBe(false);
    expect(matches("emails pr", { ...babs, emails: [] })).toBe(false);
    expect(matches("nickName pr", { ...babs, nickName: null })).toBe(false);
    expect(matches("emails pr")).toBe(true);
    expect(matches("name pr")).toBe(true);
  });

  it("compares with null: eq null is unassigned, ne null is assigned", () => {
    expect(matches("nickName eq null")).toBe(true);
    expect(matches("title eq null")).toBe(false);
    expect(matches("title ne null")).toBe(true);
    expect(() => matches("title gt null")).toThrow(InvalidFilterError);
  });

  it("matches multi-valued attributes when any value matches", () => {
    expect(matches('emails co "@jensen.org"')).toBe(true);
    expect(matches('emails.type eq "home"')).toBe(true);
    expect(matches('emails.type eq "other"')).toBe(false);
    expect(matches('emails.value ew "example.com"')).toBe(true);
  });

  it("applies a value path to one value at a time", () => {
    expect(matches('emails[type eq "home" and value co "@example.com"]')).toBe(false);
    expect(matches('emails[type eq "home" and value co "@jensen.org"]')).toBe(true);
    expect(matches('emails[not (type eq "work")]')).toBe(true);
    expect(matches('emails[primary eq true and type eq "home"]')).toBe(false);
  });

  it("reads extension attributes by URN", () => {
    expect(matches(`${enterprise}:employeeNumber eq "701984"`)).toBe(true);
    expect(matches(`${enterprise}:manager.value eq "26118915"`)).toBe(true);
    expect(matches(`${enterprise.toUpperCase().replace("URN", "urn")}:department sw "tour"`)).toBe(true);
    expect(matches(`${enterprise}:costCenter pr`)).toBe(false);
  });

  it("reads groups, meta.resourceType and id like any attribute", () => {
    expect(matches('groups.value eq "e9e30dba-f08f-4109-8486-d5c6a331660a"')).toBe(true);
    expect(matches('groups[display eq "tour guides"]')).toBe(true);
    expect(matches('meta.resourceType eq "User"')).toBe(true);
    expect(matches('id eq "2819c223-7f76-453a-919d-413861904646"')).toBe(true);
  });

  it("treats ne as the opposite of eq, so an absent attribute is not equal", () => {
    expect(matches('nickName ne "Babs"')).toBe(true);
    expect(matches('userName ne "bjensen"')).toBe(false);
  });

  it("filters Groups by their own schema", () => {
    const group = { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], id: "g1", displayName: "Tour Guides", members: [{ value: "u1", type: "User" }] };
    expect(matchesFilter(group, parseFilter('displayName eq "tour guides"'), "Group")).toBe(true);
    expect(matchesFilter(group, parseFilter('members.value eq "u1"'), "Group")).toBe(true);
    expect(matchesFilter(group, parseFilter('members[value eq "u2"]'), "Group")).toBe(false);
  });
});
