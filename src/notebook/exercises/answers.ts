import { isScimError } from "../../scim/errors.js";
import type { Filter } from "../../scim/filter/ast.js";
import { printFilter } from "../../scim/filter/printer.js";
import type { PatchOp } from "../../scim/patch-op.js";
import { IncorrectAnswer } from "../check-errors.js";

/**
 * The filter text of an answer: a string such as `userName eq "cminer"`, or a
 * tree built with `filter.eq(…)`. Anything else is an incorrect answer.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function filterAnswer(answer: unknown): string {
  if (typeof answer === "string" && answer.trim() !== "") return answer;
  if (isFilterTree(answer)) return printFilter(answer);
  throw new IncorrectAnswer(
    `Expected the filter as text, such as \`userName eq "cminer"\`, or built with \`filter.eq(…)\`; got ${describe(answer)}.`,
  );
}

/**
 * The PatchOp of an answer: a `patch()` builder (built here) or a PatchOp
 * object `{ Operations: [...] }`. Anything else is an incorrect answer.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function patchAnswer(answer: unknown): PatchOp {
  const candidate = answer as { build?: unknown; Operations?: unknown } | null;
  if (candidate !== null && typeof candidate === "object") {
    if (typeof candidate.build === "function") return (candidate.build as () => PatchOp)();
    if (Array.isArray(candidate.Operations)) return candidate as PatchOp;
  }
  throw new IncorrectAnswer(
    `Expected a PATCH built with \`patch()\`, such as \`patch().replace("title", "Manager")\`; got ${describe(answer)}.`,
  );
}

/**
 * Run `request` for a check; an error from the server or the client (a bad
 * filter, a bad path…) becomes an incorrect answer that quotes it: for a
 * SCIM error, its status, `scimType` and `detail`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export async function tryAnswer<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const detail = isScimError(error)
      ? `the server answered ${error.status}${error.scimType ? ` (${error.scimType})` : ""}: ${error.detail}`
      : error instanceof Error
        ? error.message
        : String(error);
    throw new IncorrectAnswer(`${what} failed: ${detail}`);
  }
}

/** A short description of an unexpected answer, for messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return `an object with ${Object.keys(value).join(", ") || "no keys"}`;
  return `${typeof value} ${String(value)}`;
}

function isFilterTree(value: unknown): value is Filter {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";
}
