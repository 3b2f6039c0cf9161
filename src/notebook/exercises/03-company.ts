import type { ScimClient } from "../../client/index.js";
import { filter } from "../../scim/filter/index.js";
import type { Group } from "../../scim/group.js";
import type { PatchOp } from "../../scim/patch-op.js";
import { NotAttempted } from "../check-errors.js";

/** The group chapter 03 creates. */
export const companyName = "Michael Scott Paper Company";

/** The Michael Scott Paper Company group, or a NotAttempted saying to create it. */
export async function findCompany(client: ScimClient): Promise<Group> {
  const page = await client.groups.list({ filter: filter.eq("displayName", companyName) });
  const company = page.Resources[0];
  if (company === undefined) throw new NotAttempted("The company does not exist yet: run the cell that creates it first.");
  return company;
}

/**
 * The PatchOp with each `op` in lower case. RFC 7644 §3.5.2 names the
 * operations `add`, `remove` and `replace`; many service providers accept
 * `Add` or `Replace` as Entra ID sends them (scimlab's server in its entra and
 * lenient dialects; its default strict dialect refuses them), while the kit's
 * client sends lower case only. A check judges what the operations do, so it
 * sends them as the client would.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function lowerCaseOps(body: PatchOp): PatchOp {
  const Operations = body.Operations.map((operation) =>
    typeof operation.op === "string" ? { ...operation, op: operation.op.toLowerCase() } : operation,
  );
  return { ...body, Operations } as PatchOp;
}

/**
 * True when an operation sets a `primary` sub-attribute to a string
 * (`"true"`), directly (`path: 'emails[…].primary'`) or inside its value.
 * `primary` is a boolean (RFC 7643 §2.4), and RFC 7643 §2.3.2 makes a string
 * another type, even where a lenient server coerces it.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.2
 */
export function hasStringPrimary(operations: PatchOp["Operations"]): boolean {
  const inside = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(inside);
    if (value === null || typeof value !== "object") return false;
    return Object.entries(value).some(([key, item]) => (key.toLowerCase() === "primary" && typeof item === "string") || inside(item));
  };
  return operations.some((operation) => {
    const value = "value" in operation ? operation.value : undefined;
    if (operation.path !== undefined && /\.primary$/i.test(operation.path.trim()) && typeof value === "string") return true;
    return inside(value);
  });
}
