import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyPatch } from "../../../src/server/resource/patch.js";

const folder = join(import.meta.dirname, "../../../fixtures/rfc");
const samples = readdirSync(folder).filter((file) => /^rfc7644-3\.5\.2\.\d-.*\.json$/.test(file));

interface Sample {
  description: string;
  before: Record<string, unknown>;
  request: { Operations: unknown[] };
  after: Record<string, unknown>;
}

describe("applyPatch: the RFC 7644 §3.5.2 examples round-trip", () => {
  it("has samples for add, remove and replace", () => {
    for (const section of ["3.5.2.1", "3.5.2.2", "3.5.2.3"]) {
      expect(samples.some((file) => file.startsWith(`rfc7644-${section}-`))).toBe(true);
    }
  });

  it.each(samples)("%s", (file) => {
    const sample = JSON.parse(readFileSync(join(folder, file), "utf8")) as Sample;
    const resourceType = JSON.stringify(sample.before.schemas).includes("Group") ? "Group" : "User";
    const before = structuredClone(sample.before);
    expect(applyPatch(sample.before, sample.request.Operations, resourceType)).toEqual(sample.after);
    expect(sample.before).toEqual(before); // never mutates its input
  });
});
