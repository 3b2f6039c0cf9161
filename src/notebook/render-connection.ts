import { escapeHtml } from "./escape-html.js";

/** Which server a notebook talks to, as `connect()` reports it. */
export interface ConnectionInfo {
  /** The SCIM base URL. */
  baseUrl: string;
  /** How the server was found. */
  source: "SCIM_BASE_URL" | "running scimlab server" | "embedded in this kernel";
  /** Whether the server is known to be scimlab's embedded server (started here, or the running `scimlab serve`). */
  embedded: boolean;
  /** Whether a token is sent; the token itself is never shown. */
  tokenSet: boolean;
  /** The database file of a server started in this kernel. */
  database?: string;
  /** The scimlab room the server is, and the learner the token belongs to (`GET /room/me`). */
  room?: { name: string; learner: string };
}

/** "Connected", or "Connected: Room …, learner …" in a room. */
function heading(info: ConnectionInfo): string {
  return info.room ? `Connected: Room ${info.room.name}, learner ${info.room.learner}` : "Connected";
}

function lines(info: ConnectionInfo): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ["Base URL", info.baseUrl],
    ["Server", `${info.room ? "scimlab room" : info.embedded ? "scimlab embedded server" : "SCIM service"} (${info.source})`],
    ["Token", info.tokenSet ? "set (hidden)" : "not set"],
  ];
  if (info.database) rows.push(["Data", info.database]);
  return rows;
}

/** The connection as an HTML box; never includes the token. */
export function renderConnection(info: ConnectionInfo): string {
  const rows = lines(info)
    .map(([name, value]) => `<tr><th style="text-align:left">${name}</th><td style="text-align:left"><code>${escapeHtml(value)}</code></td></tr>`)
    .join("");
  return `<div style="border-left:4px solid #0969da;padding:4px 10px"><strong>${escapeHtml(heading(info))}</strong><table>${rows}</table></div>`;
}

/** The connection as text; never includes the token. */
export function renderConnectionText(info: ConnectionInfo): string {
  return [heading(info), ...lines(info).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
}
