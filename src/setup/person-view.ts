import { SchemaUrn } from "../scim/urns.js";

const enterpriseUrn = SchemaUrn.EnterpriseUser;

/**
 * What the storyline says about a person, in one canonical shape, so that a
 * User read from a server and a User the story expects compare with `===`
 * on their JSON: attributes in a fixed order, multi-valued items sorted and
 * reduced to `value`, `type` and `primary`, `userName` in lower case (it is
 * not case-exact, RFC 7643 §4.1.1), and the manager named by userName.
 * Attributes a server adds of its own (`meta`, `groups`, vendor extensions)
 * are not part of the story and are left out.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export type PersonView = Record<string, unknown>;

/** The single-valued attributes of the story's Users, compared as they are. */
const plainAttributes = ["externalId", "displayName", "title", "userType", "preferredLanguage", "locale", "timezone"] as const;

/**
 * The canonical view of `user` (see {@link PersonView}).
 * @param managerName - the userName of the manager whose id the user's Enterprise `manager.value` holds
 */
export function personView(user: Readonly<Record<string, unknown>>, managerName: (id: string) => string | undefined): PersonView {
  const view: PersonView = { userName: String(user.userName ?? "").toLowerCase() };
  for (const attribute of plainAttributes) view[attribute] = user[attribute];
  view.active = user.active === undefined ? undefined : user.active === true || user.active === "true" || user.active === "True";
  view.name = pick(user.name, ["formatted", "givenName", "familyName"]);
  view.emails = multiValued(user.emails);
  view.phoneNumbers = multiValued(user.phoneNumbers);
  const enterprise = user[enterpriseUrn] as Record<string, unknown> | undefined;
  const managerId = (enterprise?.manager as { value?: unknown } | undefined)?.value;
  view.enterprise =
    enterprise === undefined
      ? undefined
      : {
          ...pick(enterprise, ["employeeNumber", "organization", "division", "department"]),
          manager: typeof managerId === "string" ? (managerName(managerId) ?? `unknown id ${managerId}`) : undefined,
        };
  return view;
}

/** The attributes whose values differ between two views, in the views' order. */
export function differingAttributes(expected: PersonView, actual: PersonView): string[] {
  const attributes = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
  return attributes.filter((attribute) => JSON.stringify(expected[attribute]) !== JSON.stringify(actual[attribute]));
}

function pick(value: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const source = value as Record<string, unknown>;
  const picked = Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
  return Object.keys(picked).length === 0 ? undefined : picked;
}

/** A multi-valued attribute's items as `value`, `type`, `primary` (false when absent), sorted; absent when empty. */
function multiValued(value: unknown): unknown[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value
    .map((item: Record<string, unknown>) => ({ value: item.value, type: item.type, primary: item.primary === true }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
