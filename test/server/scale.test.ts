import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFilter } from "../../src/scim/filter/parser.js";
import { toRow } from "../../src/server/store/resource-row.js";
import { harness } from "./harness.js";

const size = 100_000;

/** The median duration of `runs` calls, in milliseconds. */
function median(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

describe(`a directory of ${size.toLocaleString("en")} users`, () => {
  const h = harness();
  beforeAll(() => {
    const now = new Date().toISOString();
    h.store.transaction(() => {
      for (let i = 0; i < size; i++) {
        const user = {
          schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
          id: randomUUID(),
          userName: `user${i}@example.com`,
          displayName: `User Number ${i}`,
          emails: [{ value: `user${i}@example.com`, type: "work", primary: true }],
          meta: { resourceType: "User", created: now, lastModified: now },
        };
        h.store.insert(toRow("User", user, 1));
      }
    });
  }, 120_000);

  const list = (filter: string, count = 100) =>
    h.directory.list({ types: ["User"], filter: parseFilter(filter), sortOrder: "ascending", startIndex: 1, count });

  it("finds one userName (eq) in under 2 ms", () => {
    expect(list('userName eq "USER4242@example.com"').totalResults).toBe(1);
    expect(median(21, () => list('userName eq "user4242@example.com"'))).toBeLessThan(2);
  });

  it("answers a contains (co) filter in under 150 ms", () => {
    expect(list('userName co "er999"').totalResults).toBe(111);
    expect(median(5, () => list('userName co "er999"'))).toBeLessThan(150);
  });

  it("pages through a sorted directory without sorting it in memory", () => {
    const page = () => h.directory.list({ types: ["User"], sortBy: { name: "userName" }, sortOrder: "descending", startIndex: 501, count: 50 });
    expect(page().resources).toHaveLength(50);
    expect(median(5, page)).toBeLessThan(150);
  });
});
