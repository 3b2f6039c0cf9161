import type { Placeholder, ProviderMethod, ProviderStep } from "./types.js";

/** The values a replay has so far: `{ userName }` at the start, `userId` and `groupId` as steps capture them. */
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const PLACEHOLDER = /\{(userId|groupId|userName)\}/g;

function fill(text: string, values: PlaceholderValues, encode: (value: string) => string): string {
  return text.replace(PLACEHOLDER, (whole, name: Placeholder) => {
    const value = values[name];
    if (value === undefined) throw new TypeError(`The placeholder ${whole} has no value yet; run the step that captures it first.`);
    return encode(value);
  });
}

function fillBody(value: unknown, values: PlaceholderValues): unknown {
  if (typeof value === "string") return fill(value, values, (text) => text);
  if (Array.isArray(value)) return value.map((item) => fillBody(item, values));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [fill(key, values, (text) => text), fillBody(item, values)]));
  }
  return value;
}

/**
 * The request a step sends, with its placeholders filled: the path is
 * percent-encoded where a URL needs it (the query's spaces and quotes, and
 * the placeholder values), the body is filled as is.
 *
 * @throws TypeError when a placeholder has no value yet.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function stepRequest(step: ProviderStep, values: PlaceholderValues): { method: ProviderMethod; path: string; body?: unknown } {
  const [pathname, query] = step.path.split("?", 2) as [string, string | undefined];
  let path = fill(pathname, values, encodeURIComponent);
  if (query !== undefined) {
    const parameters = query.split("&").map((pair) => {
      const [name, raw = ""] = pair.split("=", 2) as [string, string | undefined];
      return `${name}=${encodeURIComponent(fill(raw, values, (text) => text))}`;
    });
    path += `?${parameters.join("&")}`;
  }
  return step.body === undefined ? { method: step.method, path } : { method: step.method, path, body: fillBody(step.body, values) };
}

/**
 * Read a step's `captures` from the response body into `values`.
 *
 * @returns the values, with the captured ones added.
 */
export function captureValues(step: ProviderStep, body: unknown, values: PlaceholderValues): PlaceholderValues {
  const next = { ...values };
  for (const [name, path] of Object.entries(step.captures ?? {}) as [Placeholder, string][]) {
    let at: unknown = body;
    for (const key of path.split(".")) at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined;
    if (typeof at === "string") next[name] = at;
  }
  return next;
}
