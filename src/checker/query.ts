import type { Json } from "./check-context.js";
import type { Exchange } from "./exchange.js";

/** A list path with its query parameters encoded: `listPath("/Users", { filter: 'userName eq "x"' })`. */
export function listPath(endpoint: string, params: Record<string, string | number | undefined>): string {
  const query = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join("&");
  return query === "" ? endpoint : `${endpoint}?${query}`;
}

/** The `Resources` of a ListResponse answer (empty when absent). @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2 */
export function resourcesOf(answer: Exchange): Json[] {
  const resources = (answer.body as { Resources?: unknown } | undefined)?.Resources;
  return Array.isArray(resources) ? (resources as Json[]) : [];
}

/** The userNames of a ListResponse, sorted. */
export function userNamesOf(answer: Exchange): string[] {
  return resourcesOf(answer)
    .map((resource) => String(resource.userName))
    .sort();
}

/** A filter text that also keeps the search to the run's own resources. */
export function scoped(filter: string, prefix: string): string {
  return `(${filter}) and userName sw "${prefix}"`;
}
