import type { FormGate } from "./form-gate.js";

const nameChar = /[A-Za-z0-9_:.$-]/;
const operators = new Set(["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"]);

/**
 * Rewrite `attr[valFilter].sub op value` (form
 * filter-value-path-then-attribute, sent by Microsoft Entra ID:
 * `emails[type eq "work"].value eq "pam@example.com"`) into the RFC form
 * `attr[(valFilter) and sub op value]`, through the request's
 * {@link FormGate}. RFC 7644 §3.4.2.2's grammar has `valuePath = attrPath
 * "[" valFilter "]"` with nothing after the bracket.
 *
 * 1. Scan the filter outside string literals for a `]` followed by
 *    `.name`, an operator and (unless `pr`) a value: a quoted string or a
 *    bare token (true, false, null, a number).
 * 2. Move the comparison inside the brackets, joined with `and`.
 *
 * Anything else is left for the filter parser to judge.
 *
 * @returns the filter to parse (the same text when nothing changed).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function normaliseFilter(filter: string, gate: FormGate): string {
  let output = "";
  let index = 0;
  const open: number[] = []; // output positions just after each unclosed "["
  while (index < filter.length) {
    const char = filter[index]!;
    if (char === '"') {
      const end = stringEnd(filter, index);
      output += filter.slice(index, end);
      index = end;
      continue;
    }
    if (char === "[") open.push(output.length + 1);
    if (char === "]" && open.length > 0) {
      const start = open.pop()!;
      const tail = comparisonAfter(filter, index + 1);
      if (tail !== undefined) {
        gate.use(
          "filter-value-path-then-attribute",
          `a filter cannot follow a value path with ".attribute op value"; the condition goes inside the brackets (RFC 7644 §3.4.2.2)`,
          JSON.stringify(filter),
        );
        output = `${output.slice(0, start)}(${output.slice(start)}) and ${tail.text}]`;
        index = tail.end;
        continue;
      }
    }
    output += char;
    index++;
  }
  return output;
}

/** Step 1: `.name op value` right after a "]", with where it ends. */
function comparisonAfter(filter: string, from: number): { text: string; end: number } | undefined {
  if (filter[from] !== ".") return undefined;
  let at = from + 1;
  while (at < filter.length && nameChar.test(filter[at]!)) at++;
  const name = filter.slice(from + 1, at);
  if (name === "") return undefined;
  const operator = /^\s+([A-Za-z]{2})(?=\s|$)/.exec(filter.slice(at));
  if (operator === null) return undefined;
  const op = operator[1]!.toLowerCase();
  at += operator[0].length;
  if (op === "pr") return { text: `${name} pr`, end: at };
  if (!operators.has(op)) return undefined;
  const space = /^\s+/.exec(filter.slice(at));
  if (space === null) return undefined;
  at += space[0].length;
  const valueEnd = filter[at] === '"' ? stringEnd(filter, at) : tokenEnd(filter, at);
  if (valueEnd === at) return undefined;
  return { text: `${name} ${op} ${filter.slice(at, valueEnd)}`, end: valueEnd };
}

/** The index after the string literal that opens at `start` (backslash escapes honoured). */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length && text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
  return Math.min(at + 1, text.length);
}

function tokenEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length && /[^\s()\]]/.test(text[at]!)) at++;
  return at;
}
