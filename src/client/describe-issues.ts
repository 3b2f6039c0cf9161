import type { ZodIssue } from "zod";

/**
 * Format a zod issue path the way SCIM writes attribute paths: `name.familyName`, `emails[0].value`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.10
 */
function formatIssuePath(path: ReadonlyArray<string | number>): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? part : `.${part}`;
  }
  return text === "" ? "(the body)" : text;
}

/** Suggests the attribute an unknown key probably meant, given where it was written. */
export type Suggest = (parentPath: ReadonlyArray<string | number>, key: string) => string | undefined;

/**
 * Describe one zod issue in a sentence that names the attribute and says how to fix it.
 *
 * @example describeIssue(issue) // `"userName" is required: add it`
 */
function describeIssue(issue: ZodIssue, suggest?: Suggest): string {
  const field = formatIssuePath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const parent = issue.path[issue.path.length - 1] === issue.keys[0] ? issue.path.slice(0, -1) : issue.path;
      const suggestion = issue.keys.length === 1 ? suggest?.(parent, issue.keys[0]!) : undefined;
      if (suggestion) return `"${joinPath(issue.path, issue.keys[0]!)}" is not an attribute: did you mean "${suggestion}"?`;
      const keys = issue.keys.map((key) => `"${joinPath(issue.path, key)}"`).join(", ");
      return (
        `${keys} ${issue.keys.length === 1 ? "is not an attribute" : "are not attributes"} of this resource: ` +
        "check the spelling (attribute names are camelCase, e.g. userName), remove read-only attributes, " +
        "or put extension attributes under their schema URN"
      );
    }
    case "invalid_type":
      if (issue.received === "undefined") return `"${field}" is required: add it`;
      return `"${field}" must be ${article(issue.expected)}, not ${article(issue.received)}: change its value`;
    case "invalid_enum_value":
      return `"${field}" must be one of ${issue.options.map((o) => JSON.stringify(o)).join(", ")}`;
    case "invalid_union_discriminator":
      return `"${field}" must be one of ${issue.options.map((o) => JSON.stringify(o)).join(", ")} (lower case)`;
    case "invalid_literal":
      return `"${field}" must be ${JSON.stringify(issue.expected)}`;
    default:
      return `"${field}": ${issue.message}`;
  }
}

/** Describe up to `limit` issues, one per line, with a count of the rest. */
export function describeIssues(issues: readonly ZodIssue[], suggest?: Suggest, limit = 5): string {
  const lines = issues.slice(0, limit).map((issue) => `- ${describeIssue(issue, suggest)}`);
  if (issues.length > limit) lines.push(`- … and ${issues.length - limit} more (see .issues)`);
  return lines.join("\n");
}

function joinPath(path: ReadonlyArray<string | number>, key: string): string {
  if (path.length === 0) return key;
  // Some refinements report the unknown key in the path as well as in `keys`.
  if (path[path.length - 1] === key) return formatIssuePath(path);
  return `${formatIssuePath(path)}.${key}`;
}

function article(type: string): string {
  if (type === "undefined" || type === "null") return type;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
