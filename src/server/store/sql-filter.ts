import type { AttributePath, ComparisonFilter, Filter, PresentFilter } from "../../scim/filter/ast.js";
import { SchemaUrn } from "../../scim/urns.js";

/**
 * A filter split for the database: `where` (an SQL condition with `?`
 * placeholders bound to `params`) selects a superset of the matches, and
 * `residual`, when present, must still hold for a row to match (checked in
 * JavaScript with `matchesFilter`). `residual` is undefined when the whole
 * filter became SQL.
 */
export interface SqlFilter {
  where: string;
  params: unknown[];
  residual?: Filter;
}

/** How an attribute is stored: a column (lower-cased when case-insensitive) or the members table. */
type Column =
  | { kind: "text"; sql: string; lowerCase: boolean }
  | { kind: "dateTime"; sql: string }
  | { kind: "members"; sql: string }
  | { kind: "groups"; sql: string };

const columns: Record<string, Column> = {
  id: { kind: "text", sql: "id", lowerCase: false },
  username: { kind: "text", sql: "user_name_lc", lowerCase: true },
  externalid: { kind: "text", sql: "external_id", lowerCase: false },
  displayname: { kind: "text", sql: "display_name_lc", lowerCase: true },
  "meta.created": { kind: "dateTime", sql: "created" },
  "meta.lastmodified": { kind: "dateTime", sql: "last_modified" },
  "members.value": { kind: "members", sql: "SELECT group_id FROM members WHERE member_id = ?" },
  members: { kind: "members", sql: "SELECT group_id FROM members" },
  "groups.value": {
    kind: "groups",
    // The members of a group, directly or through nested groups (User.groups lists both).
    sql: `WITH RECURSIVE inside(id) AS (SELECT member_id FROM members WHERE group_id = ?
          UNION SELECT m.member_id FROM members m JOIN inside i ON m.group_id = i.id) SELECT id FROM inside`,
  },
  groups: { kind: "groups", sql: "SELECT member_id FROM members" },
};

const coreSchemas = new Map([
  [SchemaUrn.User.toLowerCase(), "User"],
  [SchemaUrn.Group.toLowerCase(), "Group"],
]);

/**
 * The indexed column behind an attribute path (`userName`, `meta.created`, …),
 * or `undefined` when the attribute lives only in the JSON document.
 */
export function columnOf(path: AttributePath): Column | undefined {
  if (path.schema !== undefined && !coreSchemas.has(path.schema.toLowerCase())) return undefined;
  const key = path.subAttribute === undefined ? path.name : `${path.name}.${path.subAttribute}`;
  return columns[key.toLowerCase()];
}

/**
 * Translate what can be translated of a filter (RFC 7644 §3.4.2.2) into SQL:
 *
 * 1. a comparison or `pr` on an indexed attribute becomes a condition on its
 *    column, always true or false (never SQL NULL, so `NOT` stays exact);
 * 2. `a and b` keeps the translatable side(s) and leaves the rest as residual;
 * 3. `a or b` and `not a` translate only when every part does;
 * 4. anything else (value paths, other attributes, non-string values) is
 *    residual, evaluated row by row.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function toSqlFilter(filter: Filter): SqlFilter {
  switch (filter.kind) {
    case "comparison":
    case "present": {
      const atom = filter.kind === "present" ? presentSql(filter.path) : comparisonSql(filter);
      return atom === undefined ? { where: "1", params: [], residual: filter } : restrictToSchema(filter, atom);
    }
    case "logical": {
      const left = toSqlFilter(filter.left);
      const right = toSqlFilter(filter.right);
      if (filter.operator === "and") return both(left, right);
      if (left.residual || right.residual) return { where: "1", params: [], residual: filter };
      return { where: `(${left.where} OR ${right.where})`, params: [...left.params, ...right.params] };
    }
    case "not": {
      const inner = toSqlFilter(filter.filter);
      if (inner.residual) return { where: "1", params: [], residual: filter };
      return { where: `NOT (${inner.where})`, params: inner.params };
    }
    default:
      return { where: "1", params: [], residual: filter };
  }
}

/**
 * A path qualified by a core schema (`urn:…:core:2.0:User:userName`) names an
 * attribute of that resource type only: other types have no value there
 * (which `ne` counts as "not equal").
 */
function restrictToSchema(filter: ComparisonFilter | PresentFilter, atom: SqlFilter): SqlFilter {
  const type = filter.path.schema === undefined ? undefined : coreSchemas.get(filter.path.schema.toLowerCase());
  if (type === undefined) return atom;
  const where = filter.kind === "comparison" && filter.operator === "ne" ? `(+type != '${type}' OR ${atom.where})` : `(+type = '${type}' AND ${atom.where})`;
  return { where, params: atom.params };
}

function both(left: SqlFilter, right: SqlFilter): SqlFilter {
  const where = left.where === "1" ? right.where : right.where === "1" ? left.where : `(${left.where} AND ${right.where})`;
  const residual =
    left.residual && right.residual
      ? ({ kind: "logical", operator: "and", left: left.residual, right: right.residual } as const)
      : (left.residual ?? right.residual);
  const result: SqlFilter = { where, params: [...left.params, ...right.params] };
  if (residual) result.residual = residual;
  return result;
}

function presentSql(path: AttributePath): SqlFilter | undefined {
  const column = columnOf(path);
  if (column === undefined) return undefined;
  if (column.kind === "members" || column.kind === "groups") {
    if (column.sql.includes("?")) return undefined; // `members.value pr` = `members pr`, left to the evaluator
    return { where: membershipSql(column), params: [] };
  }
  return { where: `${column.sql} IS NOT NULL`, params: [] };
}

/** `groups` exists on Users only (RFC 7643 §4.1.2); `members` only on Groups, whose ids alone are in members.group_id. */
function membershipSql(column: Column): string {
  return column.kind === "groups" ? `(+type = 'User' AND id IN (${column.sql}))` : `id IN (${column.sql})`;
}

function comparisonSql(filter: ComparisonFilter): SqlFilter | undefined {
  const column = columnOf(filter.path);
  const { operator } = filter;
  // An empty string compares like an unassigned value: left to the evaluator.
  if (column === undefined || typeof filter.value !== "string" || filter.value === "") return undefined;
  if (column.kind === "members" || column.kind === "groups") {
    if (operator !== "eq" || !column.sql.includes("?")) return undefined;
    // members.value is case-insensitive (RFC 7643 §8.7.1; ids are lower-case), groups.value case-exact.
    return { where: membershipSql(column), params: [column.kind === "members" ? filter.value.toLowerCase() : filter.value] };
  }
  let value = filter.value;
  if (column.kind === "dateTime") {
    const time = Date.parse(value);
    if (Number.isNaN(time) || !["eq", "ne", "gt", "ge", "lt", "le"].includes(operator)) return undefined;
    value = new Date(time).toISOString();
  } else if (column.lowerCase) {
    value = value.toLowerCase();
  }
  const col = column.sql;
  const exact = column.kind === "dateTime" || !column.lowerCase;
  const substring = (op: "co" | "sw" | "ew") => (exact ? exactSubstring : likeSubstring)(col, op, value);
  if (operator === "sw") return prefixRange(col, value) ?? substring(operator);
  switch (operator) {
    case "eq":
      return { where: `(${col} IS NOT NULL AND ${col} = ?)`, params: [value] };
    case "ne":
      return { where: `(${col} IS NULL OR ${col} != ?)`, params: [value] };
    case "gt":
    case "ge":
    case "lt":
    case "le":
      return { where: `(${col} IS NOT NULL AND ${col} ${comparators[operator]} ?)`, params: [value] };
    default:
      return substring(operator);
  }
}

const comparators = { gt: ">", ge: ">=", lt: "<", le: "<=" } as const;

/**
 * `sw` as an index range: `col >= "abc" AND col < "abd"` (the last code point
 * incremented). Exact because SQLite compares text by code point (binary
 * collation on UTF-8), and the column and value have the same case.
 */
function prefixRange(col: string, value: string): SqlFilter | undefined {
  const points = [...value];
  const last = points.pop()?.codePointAt(0);
  if (last === undefined || last >= 0x10ffff || (last >= 0xd7ff && last <= 0xdfff)) return undefined;
  const upper = `${points.join("")}${String.fromCodePoint(last + 1)}`;
  return { where: `(${col} IS NOT NULL AND ${col} >= ? AND ${col} < ?)`, params: [value, upper] };
}

/** `co`/`sw`/`ew` on a lower-cased column: LIKE with `%`, `_` and `\` escaped. */
function likeSubstring(col: string, operator: "co" | "sw" | "ew", value: string): SqlFilter {
  const escaped = value.replace(/[\\%_]/g, (c) => `\\${c}`);
  const pattern = operator === "co" ? `%${escaped}%` : operator === "sw" ? `${escaped}%` : `%${escaped}`;
  return { where: `(${col} IS NOT NULL AND ${col} LIKE ? ESCAPE '\\')`, params: [pattern] };
}

/** `co`/`sw`/`ew` on a case-exact column (LIKE would ignore ASCII case): instr/substr. */
function exactSubstring(col: string, operator: "co" | "sw" | "ew", value: string): SqlFilter {
  const length = [...value].length; // SQLite counts characters (code points)
  if (operator === "co") return { where: `(${col} IS NOT NULL AND instr(${col}, ?) > 0)`, params: [value] };
  if (operator === "sw") return { where: `(${col} IS NOT NULL AND substr(${col}, 1, ?) = ?)`, params: [length, value] };
  return { where: `(${col} IS NOT NULL AND length(${col}) >= ? AND substr(${col}, -?) = ?)`, params: [length, length, value] };
}
