import { escapeHtml } from "./escape-html.js";
import type { MimeBundle } from "./kernel-output.js";

/** The attributes of a User the graph shows (any SCIM User fits, RFC 7643 §4.1). */
export interface GraphUser {
  id?: string;
  userName?: string;
  active?: unknown;
  [attribute: string]: unknown;
}

/** The attributes of a Group the graph shows (any SCIM Group fits, RFC 7643 §4.2). */
export interface GraphGroup {
  id?: string;
  displayName?: string;
  members?: ReadonlyArray<{ value?: string }>;
  [attribute: string]: unknown;
}

const row = 26;
const userBox = { x: 20, width: 180 };
const groupBox = { x: 460, width: 240 };

/**
 * Users ↔ groups as an SVG picture: users on the left (an inactive one in
 * grey, dashed), groups on the right, a line for each membership
 * (`members.value` = the user's `id`, RFC 7643 §4.2). Members that are not
 * among `users` are counted in the group's label. Every label is escaped.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export function renderMembershipGraph(users: readonly GraphUser[], groups: readonly GraphGroup[]): string {
  const count = Math.max(users.length, groups.length, 1);
  const height = 20 + count * row + 10;
  const userY = new Map(users.map((user, index) => [user.id, 20 + index * row]));
  const groupSpacing = (count * row) / Math.max(groups.length, 1);
  const parts: string[] = [];
  groups.forEach((group, index) => {
    const y = 20 + index * groupSpacing + groupSpacing / 2 - row / 2;
    for (const member of group.members ?? []) {
      const from = userY.get(member.value);
      if (from === undefined) continue;
      parts.push(`<line x1="${userBox.x + userBox.width}" y1="${from + 10}" x2="${groupBox.x}" y2="${y + 10}" stroke="#8c959f"/>`);
    }
  });
  users.forEach((user, index) => {
    const y = 20 + index * row;
    const inactive = user.active === false || user.active === "false";
    const style = inactive ? ' stroke-dasharray="4 3" fill="#eaeef2"' : ' fill="#f6f8fa"';
    parts.push(
      `<rect x="${userBox.x}" y="${y}" width="${userBox.width}" height="20" rx="5" stroke="#57606a"${style}/>`,
      `<text x="${userBox.x + 8}" y="${y + 14}" fill="${inactive ? "#8c959f" : "#24292f"}"><title>${escapeHtml(user.id ?? "")}</title>${escapeHtml(userLabel(user))}${inactive ? " (inactive)" : ""}</text>`,
    );
  });
  groups.forEach((group, index) => {
    const y = 20 + index * groupSpacing + groupSpacing / 2 - row / 2;
    const outside = (group.members ?? []).filter((member) => !userY.has(member.value)).length;
    const label = `${group.displayName ?? group.id ?? "group"} (${(group.members ?? []).length})${outside > 0 ? ` +${outside} not shown` : ""}`;
    parts.push(
      `<rect x="${groupBox.x}" y="${y}" width="${groupBox.width}" height="20" rx="5" fill="#0969da"/>`,
      `<text x="${groupBox.x + 8}" y="${y + 14}" fill="#fff" font-weight="bold">${escapeHtml(label)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="${height}" viewBox="0 0 720 ${height}" font-family="sans-serif" font-size="12">${parts.join("")}</svg>`;
}

/** The same graph as text: each group with its members' userNames. */
export function renderMembershipGraphText(users: readonly GraphUser[], groups: readonly GraphGroup[]): string {
  const names = new Map(users.map((user) => [user.id, userLabel(user)]));
  return groups
    .map((group) => {
      const members = (group.members ?? []).map((member) => names.get(member.value) ?? member.value ?? "?");
      return `${group.displayName ?? group.id}: ${members.length === 0 ? "(no members)" : members.join(", ")}`;
    })
    .join("\n");
}

/** The graph as a MIME bundle: the picture (SVG) and text. */
export function membershipGraphBundle(users: readonly GraphUser[], groups: readonly GraphGroup[]): MimeBundle {
  return { "image/svg+xml": renderMembershipGraph(users, groups), "text/plain": renderMembershipGraphText(users, groups) };
}

function userLabel(user: GraphUser): string {
  return user.userName ?? user.id ?? "?";
}
