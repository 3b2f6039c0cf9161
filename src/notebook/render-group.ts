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
 * member below (label: `display`, else the member id), joined to the group
 * like an organisation chart (a bus, and a line down each column drawn behind
 * the boxes). Nested groups are drawn with a dashed border. Every label is
 * escaped.
 */
export function renderGroup(group: GroupPicture): string {
  const members = group.members ?? [];
  const rows = Math.max(1, Math.ceil(members.length / columns));
  const width = columns * box.width + (columns + 1) * box.gapX;
  const height = top + rows * (box.height + box.gapY) + box.gapY;
  const centre = width / 2;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    ...connectors(members.length, centre),
    `<rect x="${centre - 130}" y="10" width="260" height="40" rx="8" fill="#0969da"/>`,
    `<text x="${centre}" y="35" fill="#fff" font-size="14" font-weight="bold" text-anchor="middle">${escapeHtml(truncate(groupTitle(group), 34))}</text>`,
  ];
  if (members.length === 0) {
    parts.push(`<text x="${centre}" y="${top + 20}" text-anchor="middle" fill="#57606a">no members</text>`);
  }
  members.forEach((member, index) => {
    const { x, y } = position(index);
    const dashed = member.type === "Group" ? ' stroke-dasharray="4 3"' : "";
    parts.push(
      `<rect x="${x}" y="${y}" width="${box.width}" height="${box.height}" rx="6" fill="#f6f8fa" stroke="#57606a"${dashed}/>`,
      `<text x="${x + box.width / 2}" y="${y + 21}" text-anchor="middle"><title>${escapeHtml(member.value ?? "")}</title>${escapeHtml(truncate(memberLabel(member), 24))}</text>`,
    );
  });
  parts.push(`</svg>`);
  return parts.join("");
}

/** The top-left corner of member `index`'s box: row by row, `columns` to a row. */
function position(index: number): { x: number; y: number } {
  return {
    x: box.gapX + (index % columns) * (box.width + box.gapX),
    y: top + Math.floor(index / columns) * (box.height + box.gapY),
  };
}

/** The lines from the group to its members: down to a bus, along it, and down each used column. */
function connectors(count: number, centre: number): string[] {
  if (count === 0) return [];
  const bus = top - 20;
  const used = Math.min(count, columns);
  const middle = (index: number) => position(index).x + box.width / 2;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#8c959f"/>`;
  const lines = [line(centre, 50, centre, bus), line(Math.min(middle(0), centre), bus, Math.max(middle(used - 1), centre), bus)];
  for (let column = 0; column < used; column++) {
    const last = column + columns * Math.floor((count - 1 - column) / columns);
    lines.push(line(middle(column), bus, middle(column), position(last).y));
  }
  return lines;
}

/** A group's membership as plain text, for consoles. */
export function renderGroupText(group: GroupPicture): string {
  const members = group.members ?? [];
  const lines = members.map((m) => `  - ${memberLabel(m)}${m.type === "Group" ? " (group)" : ""}`);
  return [`${groupTitle(group)} (${members.length} members)`, ...lines].join("\n");
}

/** The group's name in both forms: `displayName`, else its id. */
function groupTitle(group: GroupPicture): string {
  return group.displayName ?? group.id ?? "group";
}

/** A member's label in both forms: `display`, else the member's id. */
function memberLabel(member: NonNullable<GroupPicture["members"]>[number]): string {
  return member.display ?? member.value ?? "?";
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
