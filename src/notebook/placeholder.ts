/** The text a placeholder turns into when it is printed or concatenated. */
const placeholderText = "____";

class Placeholder {
  toString(): string {
    return placeholderText;
  }
  toJSON(): string {
    return placeholderText;
  }
  [Symbol.toPrimitive](): string {
    return placeholderText;
  }
}

/**
 * The blank a learner replaces with an answer, as in Kaggle's learntools:
 * `const answer = ____;` then `await q1.check(answer)`.
 *
 * Typed `any` so that a cell with a blank still type-checks wherever it
 * stands. It prints as `____`, so `"userName eq " + ____` still reads as an
 * unanswered question and `check()` reports "not attempted".
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ____: any = Object.freeze(new Placeholder());

declare global {
  /**
   * The same blank, as a global set when the kit loads. Notebooks use this one,
   * without importing it: tslab cannot import or declare a name that begins
   * with two underscores (TypeScript escapes such names, and tslab then looks
   * for `_____`), but a global is only referenced, which works.
   */
  // eslint-disable-next-line no-var
  var ____: any;
}
globalThis.____ = ____;

/**
 * `true` when `value` is the placeholder, contains it (in an array, an
 * object, a string or a function's source), i.e. the learner has not
 * answered yet.
 */
export function containsPlaceholder(value: unknown, seen: Set<unknown> = new Set()): boolean {
  if (value instanceof Placeholder) return true;
  if (typeof value === "string") return value.includes(placeholderText);
  if (typeof value === "function") return Function.prototype.toString.call(value).includes(placeholderText);
  if (typeof value !== "object" || value === null || seen.has(value)) return false;
  seen.add(value);
  const items = value instanceof Map ? [...value.values()] : value instanceof Set ? [...value] : Object.values(value);
  return items.some((item) => containsPlaceholder(item, seen));
}
