import { describe, expect, it } from "vitest";
import { InvalidValueError } from "../../../src/scim/errors.js";
import { describeAttribute } from "../../../src/server/resource/schema-info.js";
import { checkValue } from "../../../src/server/resource/value-check.js";

const lastModified = describeAttribute("User", { name: "meta", subAttribute: "lastModified" })!;
const active = describeAttribute("User", { name: "active" })!;

describe("checkValue (RFC 7643 §2.3)", () => {
  it("accepts xsd:dateTime strings and refuses others", () => {
    expect(checkValue(lastModified, "2008-01-23T04:56:22Z", "meta.lastModified")).toBe("2008-01-23T04:56:22Z");
    expect(checkValue(lastModified, "2008-01-23T04:56:22.123+02:00", "meta.lastModified")).toBe("2008-01-23T04:56:22.123+02:00");
    expect(() => checkValue(lastModified, "2008-01-23", "meta.lastModified")).toThrow(InvalidValueError);
    expect(() => checkValue(lastModified, "yesterday", "meta.lastModified")).toThrow(/dateTime/);
  });

  it('reads "True" and "False" as booleans (Entra ID)', () => {
    expect(checkValue(active, "True", "active")).toBe(true);
    expect(checkValue(active, "FALSE", "active")).toBe(false);
    expect(() => checkValue(active, "yes", "active")).toThrow(/active must be a boolean/);
  });
});
