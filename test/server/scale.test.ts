import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFilter } from "../../src/scim/filter/parser.js";
import { toRow } from "../../src/server/store/resource-row.js";
import { harness } from "./harness.js";

const size = 100_000;

// Speed is measured by `npm run bench`, side by side with a bare node:http server; these tests check that the
// indexed paths give the right answers at the size the benchmark uses; the query-plan tests in sql-filter.test.ts
// show that they go through the indexes.
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

  it("finds one userName (eq), case-insensitively", () => {
    const found = list('userName eq "USER4242@example.com"');
    expect(found.totalResults).toBe(1);
    expect(found.resources.map((user) => user.userName)).toEqual(["user4242@example.com"]);
  });

  it("counts every match of a contains (co) filter, and returns one page of them", () => {
    const found = list('userName co "er999"', 10);
    expect(found.totalResults).toBe(111);
    expect(found.resources).toHaveLength(10);
  });

  it("pages through the directory sorted by userName", () => {
    const expected = Array.from({ length: size }, (_, i) => `user${i}@example.com`)
      .sort()
      .reverse()
      .slice(500, 550);
    const page = h.directory.list({ types: ["User"], sortBy: { name: "userName" }, sortOrder: "descending", startIndex: 501, count: 50 });
    expect(page.resources.map((user) => user.userName)).toEqual(expected);
  });
});
