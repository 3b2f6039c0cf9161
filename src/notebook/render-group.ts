import { escapeHtml } from "./escape-html.js";

/**
 * The attributes of a group that the picture shows; any SCIM Group (RFC 7643
 * §4.2) fits.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export interface GroupPicture {
  id?: string;
  displayName?: string;
  members?: ReadonlyArray<{ value?: string; display?: string; type?: string }>;
  [attribute: string]: unknown;
}

const columns = 4;
const box = { width: 170, height: 34, gapX: 14, gapY: 14 };
const top = 96;

/**
 * A group's membership as an SVG picture: the group on top, one box per
 * member below (label: `display`, else the member id), linked to the group.
 * Nested groups are drawn with a dashed border. Every label is escaped.
 */
export function renderGroup(group: GroupPicture): string {
  const members = group.members ?? [];
  const rows = Math.max(1, Math.ceil(members.length / columns));
  const width = columns * box.width + (columns + 1) * box.gapX;
  const height = top + rows * (box.height + box.gapY) + box.gapY;
  const centre = width / 2;
  const title = group.displayName ?? group.id ?? "group";
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect x="${centre - 130}" y="10" width="260" height="40" rx="8" fill="#0969da"/>`,
    `<text x="${centre}" y="35" fill="#fff" font-size="14" font-weight="bold" text-anchor="middle">${escapeHtml(truncate(title, 34))}</text>`,
  ];
  if (members.length === 0) {
    parts.push(`<text x="${centre}" y="${top + 20}" text-anchor="middle" fill="#57606a">no members</text>`);
  }
  members.forEach((member, index) => {
    const x = box.gapX + (index % columns) * (box.width + box.gapX);
    const y = top + Math.floor(index / columns) * (box.height + box.gapY);
    const label = member.display ?? member.value ?? "?";
    const dashed = member.type === "Group" ? ' stroke-dasharray="4 3"' : "";
    parts.push(
      `<line x1="${centre}" y1="50" x2="${x + box.width / 2}" y2="${y}" stroke="#d0d7de"/>`,
      `<rect x="${x}" y="${y}" width="${box.width}" height="${box.height}" rx="6" fill="#f6f8fa" stroke="#57606a"${dashed}/>`,
      `<text x="${x + box.width / 2}" y="${y + 21}" text-anchor="middle"><title>${escapeHtml(member.value ?? "")}</title>${escapeHtml(truncate(label, 24))}</text>`,
    );
  });
  parts.push(`</svg>`);
  return parts.join("");
}

/** A group's membership as plain text, for consoles. */
export function renderGroupText(group: GroupPicture): string {
  const members = group.members ?? [];
  const lines = members.map((m) => `  - ${m.display ?? m.value ?? "?"}${m.type === "Group" ? " (group)" : ""}`);
  return [`${group.displayName ?? group.id ?? "group"} (${members.length} members)`, ...lines].join("\n");
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
