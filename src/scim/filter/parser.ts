import { InvalidFilterError } from "../errors.js";
import type { Filter } from "./ast.js";
import { Parser } from "./grammar.js";
import { tokenize } from "./lexer.js";
import { FilterSyntaxError } from "./syntax-error.js";

/**
 * Parse a SCIM filter such as `userType eq "Employee" and emails[type eq "work"]`.
 *
 * Operators and keywords are case-insensitive; `not` binds tighter than
 * `and`, which binds tighter than `or`; parentheses group.
 *
 * @throws InvalidFilterError (400, `invalidFilter`) whose detail gives the
 *   0-based position and what was expected there, e.g. `Invalid filter at
 *   position 9: expected a comparison operator (…) or "pr" after "userName",
 *   found "eqq"`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function parseFilter(text: string): Filter {
  try {
    return readFilter(text);
  } catch (error) {
    if (!(error instanceof FilterSyntaxError)) throw error;
    throw new InvalidFilterError(`Invalid filter at position ${error.position}: ${error.problem}`);
  }
}

/**
 * Parse filter text, throwing {@link FilterSyntaxError}: the shared core of
 * {@link parseFilter} and `parsePatchPath`.
 */
export function readFilter(text: string): Filter {
  if (text.trim() === "") {
    throw new FilterSyntaxError(0, 'the filter is empty; write an expression such as userName eq "bjensen"');
  }
  const parser = new Parser(tokenize(text));
  return parser.wholeFilter();
}
