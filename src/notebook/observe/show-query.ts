import type { ListPage, ListQuery, ScimClient } from "../../client/index.js";
import { isScimError } from "../../scim/errors.js";
import { printFilter } from "../../scim/filter/index.js";
import type { Group } from "../../scim/group.js";
import type { User } from "../../scim/user.js";
import { escapeHtml } from "../escape-html.js";
import { displayBundle } from "../kernel-output.js";
import { renderUsers, renderUsersText } from "../render-users.js";
import { findingText, type Finding } from "./observation.js";
import { sentenceHtml } from "./rfc-link.js";

/** A query for {@link showQuery}: the endpoint it runs on, and the query itself (filter, attributes, paging). */
export type QueryRequest = ListQuery & { on: "/Users" | "/Groups" };

/** What a query gave: the page, or the server's refusal. `resources` is always there (empty when refused). */
export interface QueryOutcome<T> {
  readonly resources: T[];
  /** The page the server answered; undefined when it refused. */
  readonly page?: ListPage<T>;
  /** The refusal, when the server answered an error (or none came). */
  readonly refused?: { status?: number; scimType?: string; detail: string };
}

const queryText = (request: QueryRequest) => {
  const { on, filter, ...rest } = request;
  const parts = filter === undefined ? [] : [`filter=${typeof filter === "string" ? filter : printFilter(filter)}`];
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) parts.push(`${key}=${[value].flat().join(",")}`);
  return `GET ${on}${parts.length ? `?${parts.join("&")}` : ""}`;
};

function renderGroups(groups: readonly Group[]): { html: string; text: string } {
  if (groups.length === 0) return { html: "<p><em>No groups.</em></p>", text: "No groups." };
  const rows = groups.map((g) => `<tr><td style="text-align:left">${escapeHtml(g.displayName ?? "")}</td><td>${g.members?.length ?? ""}</td><td style="text-align:left">${escapeHtml(g.id ?? "")}</td></tr>`);
  return {
    html: `<table><thead><tr><th style="text-align:left">displayName</th><th>members</th><th style="text-align:left">id</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    text: groups.map((g) => `${g.displayName ?? "?"}  (${g.members?.length ?? "?"} members)  ${g.id ?? ""}`).join("\n"),
  };
}

/**
 * Run a query that some servers refuse (a filter on a sub-attribute such as `members.value`, a value
 * filter `emails[type eq "work"]`) and display what came back: the resources found, or the refusal as a
 * lesson (the server's status, `scimType` and detail, and what RFC 7644 §3.4.2.2 says). Never throws, so
 * the cell and the chapter go on. (The client records a refused valid filter in `client.deviations`.)
 * @example const found = await showQuery(client, { on: "/Groups", filter: filter.eq("members.value", michaelId) });
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export async function showQuery(client: ScimClient, request: QueryRequest & { on: "/Users" }): Promise<QueryOutcome<User>>;
export async function showQuery(client: ScimClient, request: QueryRequest & { on: "/Groups" }): Promise<QueryOutcome<Group>>;
export async function showQuery(client: ScimClient, request: QueryRequest): Promise<QueryOutcome<User | Group>> {
  const { on, ...query } = request;
  const line = queryText(request);
  try {
    const page = on === "/Users" ? await client.users.list(query) : await client.groups.list(query);
    const shown = on === "/Users" ? { html: renderUsers(page.Resources as User[]), text: renderUsersText(page.Resources as User[]) } : renderGroups(page.Resources as Group[]);
    const summary = `${line} → ${page.totalResults} found`;
    displayBundle({ "text/html": `<p><code>${escapeHtml(summary)}</code></p>${shown.html}`, "text/plain": `${summary}\n${shown.text}` });
    return { resources: page.Resources as (User | Group)[], page: page as ListPage<User | Group> };
  } catch (error) {
    const refused: { status?: number; scimType?: string; detail: string } = isScimError(error)
      ? { status: error.status, ...(error.scimType === undefined ? {} : { scimType: error.scimType }), detail: error.detail }
      : { detail: error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error) };
    const answer = refused.status === undefined ? `no answer (${refused.detail})` : `${refused.status}${refused.scimType ? ` ${refused.scimType}` : ""}: "${refused.detail}"`;
    const finding: Finding = {
      matches: false,
      did: `Your server refused \`${line}\` with ${answer}`,
      rfc: "RFC 7644 §3.4.2.2",
      says: "filters may name sub-attributes (`members.value`) and hold value filters (`emails[type eq \"work\"]`); a server that supports filtering evaluates them",
      embedded: "answers this query",
    };
    displayBundle({ "text/html": `<p><span style="color:#b26a00;font-weight:bold">≠</span> ${sentenceHtml(findingText(finding))}</p>`, "text/plain": `≠ ${findingText(finding)}` });
    return { resources: [], refused };
  }
}
