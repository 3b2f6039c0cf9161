/**
 * A mistake found while reading filter or path text, with the 0-based offset
 * where it was found.
 *
 * The lexer and the parser throw it; the public entry points turn it into
 * the SCIM error that fits their context: {@link InvalidFilterError} for
 * `parseFilter`, {@link InvalidPathError} for `parsePatchPath`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export class FilterSyntaxError extends Error {
  /** The 0-based offset of the mistake in the text. */
  readonly position: number;
  /** What went wrong, e.g. `expected ")", found the end of the filter`. */
  readonly problem: string;

  constructor(position: number, problem: string) {
    super(`at position ${position}: ${problem}`);
    this.name = "FilterSyntaxError";
    this.position = position;
    this.problem = problem;
  }
}
