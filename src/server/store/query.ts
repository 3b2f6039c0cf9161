import type { AttributePath, Filter } from "../../scim/filter/ast.js";
import { matchesFilter } from "../filter/evaluate.js";
import { compareResources } from "../resource/sort.js";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { columnOf, toSqlFilter } from "./sql-filter.js";
import type { SqliteStore, StoredRow } from "./sqlite.js";

/** A list query, already validated: RFC 7644 §3.4.2 filter, sort and pagination. */
export interface StoreQuery {
  types: readonly ResourceTypeName[];
  filter?: Filter;
  sortBy?: AttributePath;
  sortOrder: "ascending" | "descending";
  /** 1-based index of the first result. */
  startIndex: number;
  /** Page size; 0 asks for `totalResults` only. */
  count: number;
}

/** One page of results and the number of matches in all. */
export interface StoreQueryResult {
  totalResults: number;
  resources: Record<string, unknown>[];
}

/**
 * Turns a stored row into the resource clients see. `complete: false` may
 * skip derived values that are costly (`User.groups`, `members[].display`)
 * when the caller only needs to test a filter that does not mention them.
 */
export type Materialize = (row: StoredRow, complete: boolean) => Record<string, unknown>;

/** A slice of the ordering: rows matching `where`, in `orderBy` order (null sort keys form their own slice). */
interface Slice {
  where: string;
  orderBy: string;
}

const columnsSql = "SELECT seq, id, type, version, doc FROM resources WHERE";

/**
 * Run a list query without loading the whole directory when it can be avoided:
 *
 * 1. translate the filter to SQL (`toSqlFilter`); an indexed `sortBy` becomes
 *    `ORDER BY` on its column (resources without a value last when ascending,
 *    first when descending: RFC 7644 §3.4.2.3), otherwise insertion order;
 * 2. fully translated: `COUNT(*)`, then one page with `LIMIT`/`OFFSET`;
 * 3. a residual filter: iterate the candidate rows in order (`.iterate()`),
 *    keep those that `matchesFilter`, count them all, keep the requested window;
 * 4. `sortBy` on an attribute without a column: collect the matches and sort
 *    them with `compareResources` (the only case that holds every match).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function runQuery(store: SqliteStore, query: StoreQuery, materialize: Materialize): StoreQueryResult {
  const sql = query.filter ? toSqlFilter(query.filter) : { where: "1", params: [] };
  const column = query.sortBy ? columnOf(query.sortBy) : undefined;
  // `+type` keeps SQLite from choosing the type index over a filter's or sort's own index.
  const typeColumn = sql.where === "1" && column === undefined ? "type" : "+type";
  const typeSql = query.types.length === 1 ? `${typeColumn} = ?` : `${typeColumn} IN (${query.types.map(() => "?").join(", ")})`;
  const where = sql.where === "1" ? typeSql : `${typeSql} AND ${sql.where}`;
  const params = [...query.types, ...sql.params];
  const offset = query.startIndex - 1;
  const residual = sql.residual;
  const lightweight = residual === undefined || !mentionsDerived(residual);
  const matches = (row: StoredRow) => residual === undefined || matchesFilter(materialize(row, !lightweight), residual, row.type);

  // 4. Sorted in memory.
  if (query.sortBy && (column === undefined || column.kind === "members" || column.kind === "groups")) {
    const all: Record<string, unknown>[] = [];
    for (const row of store.prepare<StoredRow>(`${columnsSql} ${where} ORDER BY seq`).iterate(...params)) {
      if (matches(row)) all.push(materialize(row, true));
    }
    all.sort(compareResources(query.sortBy, query.sortOrder, query.types[0] ?? "User"));
    return { totalResults: all.length, resources: all.slice(offset, offset + query.count) };
  }
  const slices = slicesOf(where, column?.sql, query.sortOrder);
  // 2. Counted and paged in SQL.
  if (residual === undefined) {
    const resources: Record<string, unknown>[] = [];
    let totalResults = 0;
    let skip = offset;
    for (const slice of slices) {
      const size = store.prepare<{ n: number }>(`SELECT count(*) AS n FROM resources WHERE ${slice.where}`).get(...params)?.n ?? 0;
      totalResults += size;
      const wanted = query.count - resources.length;
      if (skip >= size || wanted <= 0) {
        skip = Math.max(0, skip - size);
        continue;
      }
      const page = store.prepare<StoredRow>(`${columnsSql} ${slice.where} ORDER BY ${slice.orderBy} LIMIT ? OFFSET ?`);
      for (const row of page.all(...params, wanted, skip)) resources.push(materialize(row, true));
      skip = 0;
    }
    return { totalResults, resources };
  }
  // 3. Checked row by row.
  const resources: Record<string, unknown>[] = [];
  let totalResults = 0;
  for (const slice of slices) {
    for (const row of store.prepare<StoredRow>(`${columnsSql} ${slice.where} ORDER BY ${slice.orderBy}`).iterate(...params)) {
      if (!matches(row)) continue;
      if (totalResults >= offset && resources.length < query.count) resources.push(materialize(row, true));
      totalResults++;
    }
  }
  return { totalResults, resources };
}

/** Step 1: the slices of the ordering; with a sort column, the rows without a value come last (ascending) or first. */
function slicesOf(where: string, column: string | undefined, order: "ascending" | "descending"): Slice[] {
  if (column === undefined) return [{ where, orderBy: "seq" }];
  const valued = { where: `${where} AND ${column} IS NOT NULL`, orderBy: order === "ascending" ? `${column}, seq` : `${column} DESC, seq DESC` };
  const unvalued = { where: `${where} AND ${column} IS NULL`, orderBy: "seq" };
  return order === "ascending" ? [valued, unvalued] : [unvalued, valued];
}

/** True when a filter refers to `groups` or `members`, whose derived values only complete resources carry. */
function mentionsDerived(filter: Filter): boolean {
  switch (filter.kind) {
    case "logical":
      return mentionsDerived(filter.left) || mentionsDerived(filter.right);
    case "not":
      return mentionsDerived(filter.filter);
    default: {
      const name = filter.path.name.toLowerCase();
      return name === "groups" || name === "members";
    }
  }
}
