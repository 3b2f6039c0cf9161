/** The member ids listed in a `members` value (`[{ value }]`). */
function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.map((member) => String((member as { value?: unknown })?.value)) : [];
}

/** The member id of a `members[value eq "ID"]` path, if the path is that. */
function filteredMember(path: string): string | undefined {
  return /^members\[\s*value\s+eq\s+"([^"]*)"\s*\]$/i.exec(path.trim())?.[1];
}

/**
 * The members a group should have after an identity provider's request, as the provider means it: PUT sets
 * `members`; PATCH add/replace/remove on `members` (including Entra's remove with a value list, which means
 * "remove these", RFC 7644 §3.5.2.2 notwithstanding). `undefined` when the request does not touch members.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function intendedMembers(method: string, body: unknown, before: readonly string[]): string[] | undefined {
  const request = (body ?? {}) as { members?: unknown; Operations?: unknown };
  if (method === "PUT") return request.members === undefined ? undefined : ids(request.members);
  if (method !== "PATCH" || !Array.isArray(request.Operations)) return undefined;
  let members = [...before];
  let touched = false;
  for (const operation of request.Operations as { op?: unknown; path?: unknown; value?: unknown }[]) {
    const op = String(operation.op).toLowerCase();
    const path = typeof operation.path === "string" ? operation.path : undefined;
    const noPathMembers = path === undefined ? (operation.value as { members?: unknown } | undefined)?.members : undefined;
    const one = path === undefined ? undefined : filteredMember(path);
    if (path?.toLowerCase() === "members" || noPathMembers !== undefined) {
      touched = true;
      const listed = ids(path === undefined ? noPathMembers : operation.value);
      if (op === "add") members = [...new Set([...members, ...listed])];
      else if (op === "replace") members = listed;
      else if (op === "remove") members = operation.value === undefined ? [] : members.filter((id) => !listed.includes(id));
    } else if (one !== undefined && op === "remove") {
      touched = true;
      members = members.filter((id) => id !== one);
    }
  }
  return touched ? members.sort() : undefined;
}
