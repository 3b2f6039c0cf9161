import { SchemaUrn } from "../scim/urns.js";
import { escapeHtml } from "./escape-html.js";

/**
 * The attributes of a user that the table shows; any SCIM User (RFC 7643
 * §4.1) fits.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 */
export interface UserRow {
  id?: string;
  userName?: string;
  displayName?: string;
  title?: string;
  active?: boolean;
  emails?: ReadonlyArray<{ value?: string; primary?: boolean; type?: string }>;
  [attribute: string]: unknown;
}

function primaryEmail(user: UserRow): string {
  const emails = user.emails ?? [];
  return (emails.find((email) => email.primary) ?? emails[0])?.value ?? "";
}

function department(user: UserRow): string {
  const extension = user[SchemaUrn.EnterpriseUser] as { department?: unknown } | undefined;
  return typeof extension?.department === "string" ? extension.department : "";
}

/**
 * Users as an HTML table: userName, displayName, title, department
 * (enterprise extension), primary email, active, id. Every cell is escaped.
 */
export function renderUsers(users: readonly UserRow[]): string {
  if (users.length === 0) return "<p><em>No users.</em></p>";
  const header = ["userName", "displayName", "title", "department", "email", "active", "id"];
  const rows = users.map((user) => {
    const active = user.active === false ? "✗ inactive" : user.active === true ? "✓" : "";
    const cells = [user.userName, user.displayName, user.title, department(user), primaryEmail(user), active, user.id];
    return `<tr>${cells.map((cell) => `<td style="text-align:left">${escapeHtml(cell ?? "")}</td>`).join("")}</tr>`;
  });
  return (
    `<table><thead><tr>${header.map((name) => `<th style="text-align:left">${name}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>` +
    `<p><small>${users.length} user${users.length === 1 ? "" : "s"}</small></p>`
  );
}

/** Users as plain text, one line each, for consoles. */
export function renderUsersText(users: readonly UserRow[]): string {
  if (users.length === 0) return "No users.";
  return users
    .map((u) => `${u.userName ?? "?"}  ${u.displayName ?? ""}  ${primaryEmail(u)}${u.active === false ? "  (inactive)" : ""}`)
    .join("\n");
}
