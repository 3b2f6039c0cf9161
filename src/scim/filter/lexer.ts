import { FilterSyntaxError } from "./syntax-error.js";

/**
 * One token of a SCIM filter, with the 0-based offset of its first character.
 *
 * - `word`: an attribute path (`name.familyName`, `urn:…:User:userName`), an
 *   operator (`eq`, `pr`), a logical keyword (`and`, `or`, `not`) or a literal
 *   (`true`, `false`, `null`). Which one it is depends on where it stands, so
 *   the parser decides, not the lexer.
 * - `string`: a JSON string literal; `value` is the decoded text.
 * - `number`: a JSON number; `value` is the number.
 * - brackets, and `end` after the last character.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export type Token =
  | { kind: "word"; text: string; position: number }
  | { kind: "string"; text: string; position: number; value: string }
  | { kind: "number"; text: string; position: number; value: number }
  | { kind: "(" | ")" | "[" | "]"; text: string; position: number }
  | { kind: "end"; text: ""; position: number };

const punctuation = new Set(["(", ")", "[", "]"]);
const wordStart = /[A-Za-z$]/;
const wordChar = /[A-Za-z0-9_$:.-]/;
const whitespace = /\s/;
const jsonNumber = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const simpleEscapes = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/**
 * Split filter text into tokens, skipping whitespace. The last token is
 * always `end`, positioned just past the text.
 *
 * @throws FilterSyntaxError on a character that starts no token (such as
 *   `{`: a filter compares with single values, never objects), an
 *   unterminated string, a bad escape or a malformed number.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const position = i;
    if (whitespace.test(char)) {
      i += 1;
    } else if (punctuation.has(char)) {
      tokens.push({ kind: char as "(", text: char, position });
      i += 1;
    } else if (char === '"') {
      const end = endOfString(text, i);
      const raw = text.slice(i, end);
      tokens.push({ kind: "string", text: raw, position, value: JSON.parse(raw) as string });
      i = end;
    } else if (char === "-" || isDigit(char)) {
      const raw = readNumber(text, i);
      tokens.push({ kind: "number", text: raw, position, value: Number(raw) });
      i += raw.length;
    } else if (wordStart.test(char)) {
      const end = endOfWord(text, i + 1);
      tokens.push({ kind: "word", text: text.slice(i, end), position });
      i = end;
    } else if (char === "{") {
      const problem = 'found "{": a filter compares with a single value (a "string", a number, true, false or null), never an object';
      throw new FilterSyntaxError(position, problem);
    } else if (char === "." && text[i - 1] === "]") {
      const problem =
        'unexpected "." after "]": a filter cannot name a sub-attribute after a value path; ' +
        'put the condition inside the brackets, as in emails[type eq "work" and value co "@example.com"]';
      throw new FilterSyntaxError(position, problem);
    } else if (char === "'") {
      throw new FilterSyntaxError(position, `unexpected "'": SCIM strings use double quotes ("O'Malley")`);
    } else {
      throw new FilterSyntaxError(position, `unexpected character ${JSON.stringify(char)}`);
    }
  }
  tokens.push({ kind: "end", text: "", position: text.length });
  return tokens;
}

/**
 * How a token is named in error messages: `"eqq"`, `the string "x"`,
 * `the number 42`, `the end of the filter`.
 */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case "end":
      return "the end of the filter";
    case "string":
      return `the string ${token.text}`;
    case "number":
      return `the number ${token.text}`;
    default:
      return JSON.stringify(token.text);
  }
}

/** The index just past the closing quote of the string that opens at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') return i + 1;
    if (char === "\\") {
      checkEscape(text, i);
      i += text[i + 1] === "u" ? 6 : 2;
    } else if (char < " ") {
      const problem = `control character U+${char.charCodeAt(0).toString(16).padStart(4, "0")} in a string; escape it (\\n, \\t, \\u0000…)`;
      throw new FilterSyntaxError(i, problem);
    } else {
      i += 1;
    }
  }
  const problem = 'unterminated string: add the closing " (a " inside a string is written \\")';
  throw new FilterSyntaxError(start, problem);
}

/** Check the JSON escape sequence whose backslash is at `at`. */
function checkEscape(text: string, at: number): void {
  const next = text[at + 1];
  if (next !== undefined && simpleEscapes.has(next)) return;
  if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return;
  const found = next === undefined ? "the end of the filter" : JSON.stringify(`\\${next}`);
  const problem = `expected a JSON escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by 4 hex digits), found ${found}`;
  throw new FilterSyntaxError(at, problem);
}

/** The JSON number that starts at `start`, which must not run into a word. */
function readNumber(text: string, start: number): string {
  jsonNumber.lastIndex = start;
  const match = jsonNumber.exec(text);
  const end = match === null ? start : start + match[0].length;
  if (match === null || (end < text.length && wordChar.test(text[end]!))) {
    const stop = endOfWord(text, start + 1);
    const problem = `${JSON.stringify(text.slice(start, stop))} is not a JSON number (such as 42, -1.5 or 2e10)`;
    throw new FilterSyntaxError(start, problem);
  }
  return match[0];
}

/** The index of the first character at or after `from` that cannot continue a word. */
function endOfWord(text: string, from: number): number {
  let end = from;
  while (end < text.length && wordChar.test(text[end]!)) end += 1;
  return end;
}

function isDigit(char: string): boolean {
  return char >= "0" && char <= "9";
}
