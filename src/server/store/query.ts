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

/** Turns a stored row into the resource clients see (adds derived attributes such as `groups`). */
export type Materialize = (row: StoredRow) => Record<string, unknown>;

/**
 * Run a list query without loading the whole directory when it can be avoided:
 *
 * 1. translate the filter to SQL (`toSqlFilter`); an indexed `sortBy` becomes
 *    `ORDER BY` on its column, otherwise insertion order;
 * 2. fully translated and sorted in SQL: `COUNT(*)` then one page with
 *    `LIMIT`/`OFFSET`;
 * 3. a residual filter: iterate the candidate rows in order, keep those that
 *    `matchesFilter`, count them all and keep the requested window;
 * 4. `sortBy` on an attribute without a column: collect the matches and sort
 *    them with `compareResources` (the only case that holds every match).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function runQuery(store: SqliteStore, query: StoreQuery, materialize: Materialize): StoreQueryResult {
  const sql = query.filter ? toSqlFilter(query.filter) : { where: "1", params: [] };
  const typeSql = query.types.length === 1 ? "type = ?" : `type IN (${query.types.map(() => "?").join(", ")})`;
  const where = sql.where === "1" ? typeSql : `${typeSql} AND ${sql.where}`;
  const params = [...query.types, ...sql.params];
  const column = query.sortBy ? columnOf(query.sortBy) : undefined;
  const sortable = column !== undefined && (column.kind === "text" || column.kind === "dateTime");
  const offset = query.startIndex - 1;

  if (query.sortBy && !sortable) {
    const all = matching(store, where, params, "seq", sql.residual, materialize);
    const typeName = query.types[0] ?? "User";
    all.sort(compareResources(query.sortBy, query.sortOrder, typeName));
    return { totalResults: all.length, resources: all.slice(offset, offset + query.count) };
  }
  const direction = query.sortOrder === "descending" ? "DESC NULLS FIRST" : "ASC NULLS LAST";
  const orderBy = sortable ? `${column.sql} ${direction}, seq` : "seq";
  if (sql.residual === undefined) {
    const count = store.prepare<{ n: number }>(`SELECT count(*) AS n FROM resources WHERE ${where}`);
    const totalResults = count.get(...params)?.n ?? 0;
    if (query.count === 0 || offset >= totalResults) return { totalResults, resources: [] };
    const page = store.prepare<StoredRow>(
      `SELECT seq, id, type, version, doc FROM resources WHERE ${where} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
    );
    return { totalResults, resources: page.all(...params, query.count, offset).map(materialize) };
  }
  const rows = store.prepare<StoredRow>(`SELECT seq, id, type, version, doc FROM resources WHERE ${where} ORDER BY ${orderBy}`);
  const resources: Record<string, unknown>[] = [];
  let totalResults = 0;
  for (const row of rows.iterate(...params)) {
    const resource = materialize(row);
    if (!matchesFilter(resource, sql.residual, row.type)) continue;
    if (totalResults >= offset && resources.length < query.count) resources.push(resource);
    totalResults++;
  }
  return { totalResults, resources };
}

function matching(
  store: SqliteStore,
  where: string,
  params: unknown[],
  orderBy: string,
  residual: Filter | undefined,
  materialize: Materialize,
): Record<string, unknown>[] {
  const rows = store.prepare<StoredRow>(`SELECT seq, id, type, version, doc FROM resources WHERE ${where} ORDER BY ${orderBy}`);
  const result: Record<string, unknown>[] = [];
  for (const row of rows.iterate(...params)) {
    const resource = materialize(row);
    if (residual === undefined || matchesFilter(resource, residual, row.type)) result.push(resource);
  }
  return result;
}
