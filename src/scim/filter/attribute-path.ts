import { InvalidPathError } from "../errors.js";
import type { AttributePath } from "./ast.js";

const attributeName = /^\$?[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * Read an attribute path: `userName`, `name.familyName`, or a fully qualified
 * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value`.
 *
 * Grammar (RFC 7644 figure 1, RFC 7643 §2.1):
 * `attrPath = [URI ":"] ATTRNAME *1subAttr`, `subAttr = "." ATTRNAME`,
 * `ATTRNAME = ALPHA *(nameChar)`, `nameChar = "-" / "_" / DIGIT / ALPHA`;
 * `$ref` is accepted too, as RFC 7643 §2.4 uses it.
 *
 * @throws InvalidPathError (400, `invalidPath`) naming the text and the problem.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.10
 */
export function parseAttributePath(text: string): AttributePath {
  const result = splitAttributePath(text);
  if (typeof result === "string") {
    throw new InvalidPathError(`Invalid attribute path ${JSON.stringify(text)}: ${result}`);
  }
  return result;
}

/**
 * Write an attribute path back as text: `[schema ":"] name ["." subAttribute]`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.10
 */
export function printAttributePath(path: AttributePath): string {
  const schema = path.schema === undefined ? "" : `${path.schema}:`;
  const subAttribute = path.subAttribute === undefined ? "" : `.${path.subAttribute}`;
  return `${schema}${path.name}${subAttribute}`;
}

/**
 * Split attribute path text into its parts, or say what is wrong with it.
 * Shared by {@link parseAttributePath} and the filter parser, which report
 * the problem with their own error types.
 *
 * 1. The schema is everything before the last `:` (a URN contains dots, as in
 *    `2.0`, and colons, so only the last colon ends it).
 * 2. The rest is the attribute name, optionally `.` and one sub-attribute.
 * 3. Each name starts with a letter and continues with letters, digits, `-`, `_`.
 *
 * @returns the path, or a sentence describing the problem.
 */
export function splitAttributePath(text: string): AttributePath | string {
  // 1. Schema URN prefix.
  const colon = text.lastIndexOf(":");
  const schema = colon < 0 ? undefined : text.slice(0, colon);
  if (schema !== undefined && !/^urn:[^:]+/i.test(schema)) {
    return `the schema prefix ${JSON.stringify(schema)} is not a URN such as urn:ietf:params:scim:schemas:core:2.0:User`;
  }
  // 2. Name and sub-attribute.
  const parts = text.slice(colon + 1).split(".");
  if (parts.length > 2) {
    return "an attribute path has at most one sub-attribute (name.familyName, not a.b.c)";
  }
  // 3. Each name is an ATTRNAME.
  for (const part of parts) {
    if (!attributeName.test(part)) {
      return part === ""
        ? "an attribute name is missing"
        : `${JSON.stringify(part)} is not an attribute name (a letter, then letters, digits, "-" or "_")`;
    }
  }
  const [name, subAttribute] = parts as [string, string | undefined];
  const path: AttributePath = schema === undefined ? { name } : { schema, name };
  if (subAttribute !== undefined) path.subAttribute = subAttribute;
  return path;
}
