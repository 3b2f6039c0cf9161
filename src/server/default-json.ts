import type { Directory } from "./directory.js";
import { formatVersion } from "./etag.js";
import { mayHoldHiddenAttribute } from "./projection.js";
import type { StoredRow } from "./store/sqlite.js";

/**
 * The default representation of a stored resource as JSON text, built from
 * the stored text without parsing it, or `undefined` when that is not
 * possible and the resource must be materialized and projected instead.
 *
 * The stored document already is the resource minus `meta.location` and
 * `meta.version`, with `meta` last (the directory writes it so); those two are
 * appended, and a User's derived `groups` after them, as `materialize` orders
 * them. Not possible when a Group has members (each gets its current
 * `display`) or the resource may hold an attribute a default response leaves
 * out (`password`). This keeps GET by id, the most frequent request, free of a
 * parse and a stringify.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.1
 */
export function defaultJson(directory: Directory, row: StoredRow): string | undefined {
  const doc = row.doc;
  const meta = doc.lastIndexOf('"meta":{');
  // meta is last and flat: its object closes just before the document does.
  if (meta === -1 || doc.indexOf("}", meta) !== doc.length - 2) return undefined;
  if (mayHoldHiddenAttribute(row.type, doc)) return undefined;
  if (row.type === "Group" && /"members"\s*:/i.test(doc)) return undefined;
  const groups = row.type === "User" ? directory.userGroups(row) : [];
  const derived = groups.length > 0 ? `,"groups":${JSON.stringify(groups)}` : "";
  const location = JSON.stringify(directory.location(row.type, row.id));
  return `${doc.slice(0, -2)},"location":${location},"version":${JSON.stringify(formatVersion(row.version))}}${derived}}`;
}
