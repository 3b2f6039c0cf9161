import { v5 as uuidv5 } from "uuid";
import { describe, expect, it } from "vitest";
import { UserInputSchema } from "../../src/scim/user-input.js";
import { castPeople, directoryEntry, loadCast } from "../../src/setup/cast.js";

/** RFC 9562 §6.6: the name space for X.500 DNs. */
const X500 = "6ba7b814-9dad-11d1-80b4-00c04fd430c8";

describe("loadCast", () => {
  const cast = loadCast();

  it("has the 15 employees of Dunder Mifflin Scranton, Michael Scott first", () => {
    expect(cast.employees).toHaveLength(15);
    const michael = cast.employees[0]?.user;
    expect(michael?.userName).toBe("mscott");
    expect(michael?.name.givenName).toBe("Michael");
    expect(michael?.title).toBe("Regional Manager");
    expect(new Set(cast.employees.map((e) => e.user.userName)).size).toBe(15);
  });

  it("follows one convention: userName = initial + family name, work email first.last@dundermifflin.com", () => {
    for (const { user } of cast.employees) {
      const given = user.name.givenName.toLowerCase();
      const family = user.name.familyName.toLowerCase();
      expect(user.userName).toBe(`${given[0]}${family}`);
      expect(user.emails).toEqual([{ value: `${given}.${family}@dundermifflin.com`, type: "work", primary: true }]);
    }
  });

  it("keys every person by their immutable entryUUID, never by a hash of the DN (which moves)", () => {
    const people = castPeople(cast);
    for (const { dn, entryUUID, user } of people) {
      expect(user.externalId).toBe(entryUUID);
      expect(entryUUID).not.toBe(uuidv5(dn, X500));
    }
    expect(new Set(people.map((person) => person.entryUUID)).size).toBe(people.length);
    expect(cast.group.externalId).toBe(cast.group.entryUUID);
    expect(cast.charlesMiner.dn).toBe("cn=Charles Miner,ou=Sales,dc=dundermifflin,dc=com");
    expect(cast.charlesMiner.manager).toBe("dwallace");
  });

  it("names managers that are in the cast", () => {
    const userNames = new Set(castPeople(cast).map((e) => e.user.userName));
    for (const { manager } of castPeople(cast)) if (manager) expect(userNames).toContain(manager);
  });

  it("finds a directory entry by userName, and names the people when it cannot", () => {
    expect(directoryEntry("dwallace").user.title).toBe("Chief Financial Officer");
    expect(() => directoryEntry("hpoirot")).toThrow(/mscott.*cminer/);
  });

  it("holds valid SCIM User inputs", () => {
    for (const { user } of castPeople(cast)) {
      const parsed = UserInputSchema.safeParse(user);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });
});
