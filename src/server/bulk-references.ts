/** The prefix of a bulkId reference, RFC 7644 §3.7.2: `"bulkId:qwerty"`. */
const prefix = "bulkId:";

/**
 * The bulkIds an operation refers to, in its path (`/Groups/bulkId:qwerty`)
 * or anywhere in its data (`members: [{ "value": "bulkId:qwerty" }]`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7.2
 */
export function referencedBulkIds(path: string, data: unknown): Set<string> {
  const found = new Set<string>();
  for (const segment of path.split("/")) if (segment.startsWith(prefix)) found.add(segment.slice(prefix.length));
  collect(data, found);
  return found;
}

/**
 * Replace every `bulkId:x` reference (a whole path segment, or a whole
 * string value in the data) by the id the operation with `bulkId` x created.
 * Returns new values; the inputs are not changed.
 */
export function resolveBulkIds(path: string, data: unknown, ids: ReadonlyMap<string, string>): { path: string; data: unknown } {
  const resolvedPath = path
    .split("/")
    .map((segment) => (segment.startsWith(prefix) ? (ids.get(segment.slice(prefix.length)) ?? segment) : segment))
    .join("/");
  return { path: resolvedPath, data: replace(data, ids) };
}

function collect(value: unknown, found: Set<string>): void {
  if (typeof value === "string") {
    if (value.startsWith(prefix)) found.add(value.slice(prefix.length));
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, found);
  } else if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) collect(item, found);
  }
}

function replace(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return value.startsWith(prefix) ? (ids.get(value.slice(prefix.length)) ?? value) : value;
  if (Array.isArray(value)) return value.map((item) => replace(item, ids));
  if (typeof value === "object" && value !== null) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = replace(item, ids);
    return result;
  }
  return value;
}
