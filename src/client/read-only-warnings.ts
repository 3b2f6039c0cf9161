import type { ScimWarning } from "./warnings.js";

/**
 * The attributes `stripReadOnly` left out of `input`, as attribute paths (`groups`, `name.formatted`,
 * `urn:…:User:manager.displayName`); a multi-valued attribute's sub-attribute is named once.
 */
export function droppedAttributes(input: Readonly<Record<string, unknown>>, kept: Readonly<Record<string, unknown>>, prefix = ""): string[] {
  const dropped = new Set<string>();
  for (const [key, value] of Object.entries(input)) {
    const path = `${prefix}${key}`;
    if (!Object.hasOwn(kept, key)) {
      dropped.add(path);
      continue;
    }
    const next = key.startsWith("urn:") ? `${path}:` : `${path}.`;
    const keptValue = kept[key];
    if (isObject(value) && isObject(keptValue)) droppedAttributes(value, keptValue, next).forEach((p) => dropped.add(p));
    if (Array.isArray(value) && Array.isArray(keptValue)) {
      value.forEach((item, index) => {
        const keptItem: unknown = keptValue[index];
        if (isObject(item) && isObject(keptItem)) droppedAttributes(item, keptItem, next).forEach((p) => dropped.add(p));
      });
    }
  }
  return [...dropped];
}

/**
 * The warning for a read-only attribute the client left out of a create or replace: which attribute,
 * the rule (RFC 7643 mutability; RFC 7644 §3.3: the server SHALL ignore it) and what to do instead.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export function readOnlyWarning(resourceType: string, path: string): ScimWarning {
  const left = "the client left it out of the request";
  const code = "SCIM_READONLY_DROPPED";
  if (path === "groups" && resourceType === "User") {
    const rfc = "RFC 7643 §4.1.2";
    return { code, rfc, message: `groups is readOnly (${rfc}): ${left}; change membership through the Group (PATCH /Groups/{id} members)` };
  }
  if (path === "id" || path === "meta" || path.startsWith("meta.")) {
    const rfc = "RFC 7643 §3.1";
    const does = path === "id" ? "assigns the id (keep your own identifier in externalId)" : "maintains meta";
    return { code, rfc, message: `${path} is readOnly (${rfc}): ${left}; the service provider ${does}` };
  }
  const rfc = "RFC 7643 §2.2";
  return { code, rfc, message: `${path} is readOnly (${rfc}, mutability): ${left}; the server sets it and ignores it in requests (RFC 7644 §3.3)` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
