import { beforeAll, describe, expect, it } from "vitest";
import { parseFilter } from "../../src/scim/filter/parser.js";
import { matchesFilter } from "../../src/server/filter/evaluate.js";
import { toSqlFilter } from "../../src/server/store/sql-filter.js";
import { harness } from "./harness.js";

describe("toSqlFilter", () => {
  it("translates indexed attributes fully, with bound parameters", () => {
    const sql = toSqlFilter(parseFilter('userName eq "BJensen" and not (externalId sw "x%_") or displayName co "o"'));
    expect(sql.residual).toBeUndefined();
    expect(sql.where).not.toContain("BJensen");
    expect(sql.params).toContain("bjensen");
  });

  it("escapes LIKE wildcards", () => {
    const sql = toSqlFilter(parseFilter('userName co "50%_off\\\\"'));
    expect(sql.params).toEqual(["%50\\%\\_off\\\\%"]);
  });

  it("leaves the untranslatable part of an and as residual", () => {
    const sql = toSqlFilter(parseFilter('userName sw "a" and emails[type eq "work"]'));
    expect(sql.where).toContain("user_name_lc");
    expect(sql.residual?.kind).toBe("valuePath");
  });

  it("does not translate an or with an untranslatable side", () => {
    const sql = toSqlFilter(parseFilter('userName sw "a" or title eq "x"'));
    expect(sql.where).toBe("1");
    expect(sql.residual?.kind).toBe("logical");
  });
});

describe("translated queries answer like matchesFilter", () => {
  const h = harness();
  let middle = "";
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const names = ["alice", "Bob", "carol", "dave_1", "eve%2", "Zoë", "ÉMILE", "frank", "grace", "heidi", "ivan", "judy"];
    for (const [index, name] of names.entries()) {
      const extra: Record<string, unknown> = {};
      if (index % 2 === 0) extra.displayName = `${name.toUpperCase()} Person`;
      if (index % 3 === 0) extra.externalId = `EXT-${index}`;
      if (index === 4) extra.displayName = "";
      if (index % 4 === 1) extra.title = "Engineer";
      const user = await h.createUser(name, extra);
      ids[name] = user.id;
      if (index === 6) middle = (user.meta as { created: string }).created;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const inner = await h.createGroup("Inner Circle", [ids.alice!, ids.Bob!]);
    ids.inner = inner.id;
    const outer = await h.createGroup("Outer", [inner.id, ids.carol!]);
    ids.outer = outer.id;
    await h.createGroup("empty");
  });

  const filters = () => [
    'userName eq "ALICE"', 'userName ne "alice"', 'userName co "a"', 'userName sw "e"', 'userName ew "E"', 'userName co "%"',
    'userName co "_"', 'userName gt "d"', 'userName le "carol"', 'userName eq "zoë"', 'userName sw "émi"', "userName pr",
    'displayName co "person"', "displayName pr", 'displayName eq ""', 'displayName ne "ALICE PERSON"', 'displayName ge "G"',
    'externalId eq "EXT-3"', 'externalId eq "ext-3"', 'externalId sw "EXT"', 'externalId co "-1"', 'externalId ew "0"', "externalId pr",
    'externalId ne "EXT-0"', `id eq "${ids.alice}"`, `id sw "${ids.alice!.slice(0, 4)}"`, `meta.created gt "${middle}"`,
    `meta.created le "${middle}"`, `meta.lastModified lt "2000-01-01T00:00:00Z"`, `meta.created eq "${middle}"`,
    `members.value eq "${ids.alice}"`, `members.value eq "${ids.inner}"`, `members.value eq "${ids.alice!.toUpperCase()}"`,
    `groups.value eq "${ids.inner!.toUpperCase()}"`, "members pr", `groups.value eq "${ids.inner}"`,
    `groups.value eq "${ids.outer}"`, "groups pr", 'not (userName sw "a")', 'not (displayName pr)',
    'userName sw "a" or displayName co "bob"', '(userName co "a" or userName co "e") and not (externalId pr)',
    'title eq "Engineer" and userName co "o"', 'title eq "Engineer" or userName eq "judy"', 'userName co "a" and emails pr',
    `urn:ietf:params:scim:schemas:core:2.0:User:userName eq "bob"`, 'urn:ietf:params:scim:schemas:core:2.0:Group:displayName eq "outer"',
    'urn:ietf:params:scim:schemas:core:2.0:User:userName ne "bob"', 'urn:ietf:params:scim:schemas:core:2.0:Group:displayName pr',
    'urn:ietf:params:scim:schemas:core:2.0:User:displayName co "person"',
  ];

  it("for every filter, over Users, Groups and both", async () => {
    for (const text of filters()) {
      const filter = parseFilter(text);
      for (const types of [["User"], ["Group"], ["User", "Group"]] as const) {
        const everything = h.store.db.prepare("SELECT seq, id, type, version, doc FROM resources ORDER BY seq").all() as never[];
        const expected = everything
          .map((row) => ({ row, resource: h.directory.materialize(row) }))
          .filter(({ row }) => (types as readonly string[]).includes((row as { type: string }).type))
          .filter(({ row, resource }) => matchesFilter(resource, filter, (row as { type: "User" | "Group" }).type))
          .map(({ resource }) => resource.id);
        const actual = h.directory.list({ types, filter, sortOrder: "ascending", startIndex: 1, count: 1000 });
        expect(actual.resources.map((resource) => resource.id), `${text} on ${types.join("+")}`).toEqual(expected);
        expect(actual.totalResults).toBe(expected.length);
      }
    }
  });

  it("for 400 random filters (seeded), over Users, Groups and both", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const attributes = ["userName", "displayName", "externalId", "title", "id", "meta.created", "members.value", "groups.value", "emails.value"];
    const operators = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "pr"];
    const values = ["a", "E", "ali", "ÉMI", "zoë", "EXT-3", "ext", "person", "%", "_", "", "bob", "Outer", ids.alice!, ids.inner!, middle];
    const atom = (): string => {
      const attribute = pick(attributes);
      const operator = pick(operators);
      return operator === "pr" ? `${attribute} pr` : `${attribute} ${operator} ${JSON.stringify(pick(values))}`;
    };
    const tree = (depth: number): string => {
      if (depth === 0 || random() < 0.4) return atom();
      const kind = random();
      if (kind < 0.2) return `not (${tree(depth - 1)})`;
      return `(${tree(depth - 1)}) ${kind < 0.6 ? "and" : "or"} (${tree(depth - 1)})`;
    };
    const everything = h.store.db.prepare("SELECT seq, id, type, version, doc FROM resources ORDER BY seq").all() as never[];
    let skipped = 0;
    for (let i = 0; i < 400; i++) {
      const text = tree(3);
      const filter = parseFilter(text);
      for (const types of [["User"], ["Group"], ["User", "Group"]] as const) {
        let expected: unknown[];
        try {
          expected = everything
            .map((row) => ({ row, resource: h.directory.materialize(row) }))
            .filter(({ row }) => (types as readonly string[]).includes((row as { type: string }).type))
            .filter(({ row, resource }) => matchesFilter(resource, filter, (row as { type: "User" | "Group" }).type))
            .map(({ resource }) => resource.id);
        } catch {
          skipped++;
          continue; // a comparison the evaluator refuses (e.g. a dateTime with a non-date)
        }
        let actual: unknown[];
        try {
          actual = h.directory.list({ types, filter, sortOrder: "ascending", startIndex: 1, count: 1000 }).resources.map((r) => r.id);
        } catch (error) {
          throw new Error(`${text} on ${types.join("+")}: the evaluator accepts it but the query threw ${String(error)}`);
        }
        expect(actual, `${text} on ${types.join("+")}`).toEqual(expected);
      }
    }
    expect(skipped, "most random filters are valid").toBeLessThan(600);
  });

  it("pages with startIndex and count (count=0 gives only the total)", () => {
    const filter = parseFilter('userName co "a"');
    const all = h.directory.list({ types: ["User"], filter, sortOrder: "ascending", startIndex: 1, count: 1000 });
    const page = h.directory.list({ types: ["User"], filter, sortOrder: "ascending", startIndex: 2, count: 2 });
    expect(page.totalResults).toBe(all.totalResults);
    expect(page.resources.map((r) => r.id)).toEqual(all.resources.slice(1, 3).map((r) => r.id));
    const none = h.directory.list({ types: ["User"], filter, sortOrder: "ascending", startIndex: 1, count: 0 });
    expect(none).toEqual({ totalResults: all.totalResults, resources: [] });
  });

  it("sorts in SQL like compareResources (indexed and not)", async () => {
    for (const sortBy of ["userName", "displayName", "externalId", "title", "meta.created"]) {
      for (const sortOrder of ["ascending", "descending"] as const) {
        const answer = await h.call("GET", `/Users?sortBy=${sortBy}&sortOrder=${sortOrder}&attributes=${sortBy}`);
        const values = answer.json.Resources.map((r: Record<string, unknown>) => (sortBy === "meta.created" ? null : r[sortBy]) ?? null);
        const present = values.filter((v: unknown) => v !== null && v !== "");
        // Indexed columns sort by the code points of the lower-cased value (documented): "é" after "z".
        const key = (value: string) => (sortBy === "externalId" ? value : value.toLowerCase());
        const sorted = [...present].sort((a: string, b: string) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        if (sortOrder === "descending") sorted.reverse();
        if (sortBy !== "meta.created" && sortBy !== "title") expect(present, `${sortBy} ${sortOrder}`).toEqual(sorted);
        if (sortOrder === "ascending") expect(values.slice(present.length).every((v: unknown) => v === null || v === ""), sortBy).toBe(true);
      }
    }
  });
});


describe("query plans", () => {
  it("count with the filter's index and page in the sort column's index", async () => {
    const h = harness();
    await h.createUser("planned", { externalId: "E1", displayName: "Planned" });
    const statements: string[] = [];
    const prepare = h.store.prepare.bind(h.store);
    h.store.prepare = ((sql: string) => {
      statements.push(sql);
      return prepare(sql);
    }) as typeof h.store.prepare;
    const f = (text: string) => `filter=${encodeURIComponent(text)}`;
    const cases: [string, string][] = [
      [f('userName eq "planned"'), "resources_by_user_name"],
      [f('userName sw "pla"'), "resources_by_user_name"],
      [f('externalId eq "E1"'), "resources_by_external_id"],
      [f('displayName eq "planned"'), "resources_by_display_name"],
      [f('meta.lastModified gt "2020-01-01T00:00:00Z"'), "resources_by_last_modified"],
      ["sortBy=userName&count=10", "resources_by_user_name"],
    ];
    for (const [query, index] of cases) {
      statements.length = 0;
      const answer = await h.call("GET", `/Users?${query}`);
      expect(answer.status, `${query}: ${answer.body}`).toBe(200);
      const path = query.split("=")[0];
      // Counting uses the filter's index; a page in insertion order may scan by rowid and stop at LIMIT.
      const selects = statements.filter((sql) => sql.includes("FROM resources WHERE") && (path === "sortBy" ? sql.includes("ORDER BY user_name_lc") : sql.includes("count(*)")));
      expect(selects.length, query).toBeGreaterThan(0);
      for (const sql of selects) {
        const plan = (h.store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...placeholders(sql)) as { detail: string }[]).map((row) => row.detail).join(" | ");
        expect(plan, `${query}: ${sql}`).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
        expect(plan, query).not.toMatch(/SCAN resources(?! USING)/);
      }
    }
  });
});

/** Dummy values for the `?` placeholders of a statement (plans do not depend on them). */
function placeholders(sql: string): string[] {
  return Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => "x");
}
