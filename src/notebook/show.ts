import type { Exchange } from "../client/index.js";
import { displayBundle } from "./kernel-output.js";
import { renderExchanges, exchangeText } from "./render-exchanges.js";
import { renderGroup, renderGroupText, type GroupPicture } from "./render-group.js";
import { prettyJson, renderJson } from "./render-json.js";
import { renderUsers, renderUsersText, type UserRow } from "./render-users.js";

/** Anything that keeps an exchange log, like `ScimClient` (`client.exchanges`). */
export interface HasExchanges {
  readonly exchanges: readonly Exchange[];
}

/** Display a value as pretty-printed JSON. */
export function showJson(value: unknown): void {
  displayBundle({ "text/html": renderJson(value), "text/plain": prettyJson(value) });
}

/**
 * Display users as a table. Accepts an array or a ListResponse
 * (`{ Resources: [...] }`, RFC 7644 §3.4.2).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function showUsers(users: readonly UserRow[] | { Resources?: readonly UserRow[] }): void {
  const list = Array.isArray(users) ? (users as readonly UserRow[]) : ((users as { Resources?: UserRow[] }).Resources ?? []);
  displayBundle({ "text/html": renderUsers(list), "text/plain": renderUsersText(list) });
}

/**
 * Display a group's membership as an SVG picture.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export function showGroup(group: GroupPicture): void {
  displayBundle({ "image/svg+xml": renderGroup(group), "text/plain": renderGroupText(group) });
}

/**
 * Display the last `n` HTTP exchanges of a client (default: the last one):
 * method, URL, status, duration, request and response JSON. The token is
 * never shown: the `Authorization` header is hidden, and so is every string
 * in `secrets`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export function showExchanges(client: HasExchanges, n = 1, secrets: readonly string[] = []): void {
  const exchanges = client.exchanges.slice(-Math.max(1, Math.trunc(n)));
  displayBundle({
    "text/html": renderExchanges(exchanges, { secrets }),
    "text/plain": exchanges.map((e) => exchangeText(e, secrets)).join("\n\n") || "No HTTP exchanges yet.",
  });
}
