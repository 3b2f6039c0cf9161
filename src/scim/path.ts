import { InvalidPathError } from "./errors.js";
import type { AttributePath, Filter } from "./filter/ast.js";
import { printAttributePath, splitAttributePath } from "./filter/attribute-path.js";
import { readFilter } from "./filter/parser.js";
import { printFilter } from "./filter/printer.js";
import { FilterSyntaxError } from "./filter/syntax-error.js";

/**
 * The target of a PATCH operation, RFC 7644 §3.5.2: `PATH = attrPath / valuePath [subAttr]`.
 *
 * | text                               | attribute                               | valueFilter        | subAttribute |
 * |------------------------------------|-----------------------------------------|--------------------|--------------|
 * | `name.familyName`                  | `{ name: "name", subAttribute: "familyName" }` |             |              |
 * | `members[value eq "2819c223"]`     | `{ name: "members" }`                   | `value eq "2819c223"` |           |
 * | `emails[type eq "work"].value`     | `{ name: "emails" }`                    | `type eq "work"`   | `value`      |
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export interface PatchPath {
  /** The attribute, with its schema URN and sub-attribute when written. */
  attribute: AttributePath;
  /** The filter in `[…]` selecting values of a multi-valued attribute. */
  valueFilter?: Filter;
  /** The sub-attribute after `[…]`, as `value` in `emails[type eq "work"].value`. */
  subAttribute?: string;
}

/**
 * Parse a PATCH operation's `path`.
 *
 * 1. Without `[`, the path is an attribute path (`name.familyName`,
 *    `urn:…:enterprise:2.0:User:manager`).
 * 2. With `[`, the text up to the last `]` is a value path
 *    (`emails[type eq "work"]`), read by the filter parser.
 * 3. After the `]` may come `.` and one sub-attribute name.
 *
 * @throws InvalidPathError (400, `invalidPath`) naming the path and the
 *   0-based position of the problem.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function parsePatchPath(text: string): PatchPath {
  const fail = (position: number, problem: string): InvalidPathError =>
    new InvalidPathError(`Invalid path ${JSON.stringify(text)} at position ${position}: ${problem}`);

  // 1. A plain attribute path.
  const open = text.indexOf("[");
  if (open < 0) {
    const attribute = splitAttributePath(text);
    if (typeof attribute === "string") throw fail(0, attribute);
    return { attribute };
  }

  // 2. A value path: attrPath "[" valFilter "]".
  const close = text.lastIndexOf("]");
  if (close < open) throw fail(text.length, `expected "]" to close the "[" at position ${open}`);
  let parsed: Filter;
  try {
    parsed = readFilter(text.slice(0, close + 1));
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw fail(error.position, error.problem);
    throw error;
  }
  if (parsed.kind !== "valuePath") {
    throw fail(0, 'a path names one attribute, with at most one filter in brackets: emails[type eq "work"].value');
  }
  const path: PatchPath = { attribute: parsed.path, valueFilter: parsed.filter };

  // 3. An optional sub-attribute: "." ATTRNAME.
  const rest = text.slice(close + 1);
  if (rest !== "") {
    const name = rest.slice(1);
    if (!rest.startsWith(".") || !isAttributeName(name)) {
      throw fail(close + 1, `expected "." and a sub-attribute name after "]", found ${JSON.stringify(rest)}`);
    }
    path.subAttribute = name;
  }
  return path;
}

/** True if `text` is a bare attribute name (no schema, no sub-attribute). */
function isAttributeName(text: string): boolean {
  const path = splitAttributePath(text);
  return typeof path !== "string" && path.schema === undefined && path.subAttribute === undefined;
}

/**
 * Write a {@link PatchPath} as text: `attribute[valueFilter].subAttribute`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function printPatchPath(path: PatchPath): string {
  const filter = path.valueFilter === undefined ? "" : `[${printFilter(path.valueFilter)}]`;
  const subAttribute = path.subAttribute === undefined ? "" : `.${path.subAttribute}`;
  return `${printAttributePath(path.attribute)}${filter}${subAttribute}`;
}
