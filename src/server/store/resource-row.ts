import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";

/**
 * What the store writes for one resource: the JSON document and the
 * columns derived from it for indexed filters, sorting and uniqueness.
 */
export interface ResourceRow {
  id: string;
  type: ResourceTypeName;
  userNameLc: string | null;
  externalId: string | null;
  displayName: string | null;
  displayNameLc: string | null;
  created: string;
  lastModified: string;
  version: number;
  doc: string;
}

/**
 * Build the row of `resource` (which carries `id` and `meta`): the indexed
 * columns are lower-cased where the attribute is case-insensitive
 * (RFC 7643 §4.1.1 `userName`, `displayName`: `caseExact: false`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.1
 */
export function toRow(type: ResourceTypeName, resource: Record<string, unknown>, version: number): ResourceRow {
  const meta = resource.meta as { created: string; lastModified: string };
  return {
    id: resource.id as string,
    type,
    userNameLc: type === "User" ? lowerOrNull(resource.userName) : null,
    externalId: textOrNull(resource.externalId),
    displayName: textOrNull(resource.displayName),
    displayNameLc: lowerOrNull(resource.displayName),
    created: meta.created,
    lastModified: meta.lastModified,
    version,
    doc: JSON.stringify(resource),
  };
}

/** A column holds a non-empty string or NULL: an empty string is unassigned (RFC 7643 §2.5), like a missing one. */
function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function lowerOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value.toLowerCase() : null;
}
