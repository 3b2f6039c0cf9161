import type { ScimClient } from "../client/index.js";
import type { DeviationInput } from "../client/deviations.js";
import { findAttribute, findExtension, type ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import { patch } from "../scim/patch.js";

/** The rule a merging PUT breaks, as `client.deviations` records it. */
export const putReplacesRule =
  "A PUT replaces the resource: the readWrite attributes it leaves out are not asserted (cleared or given defaults), not kept";

/** The section that states {@link putReplacesRule}. */
export const putReplacesRfc = "RFC 7644 §3.5.1";

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);
const hasKey = (object: Json, key: string) => Object.keys(object).some((name) => name.toLowerCase() === key.toLowerCase());
const isWritable = (mutability: string | undefined) => mutability === undefined || mutability === "readWrite";

/**
 * The readWrite attributes that `sent` (the body of a PUT) left out and that the resource still holds
 * `after` it: top-level attributes of the core schema, whole extensions, and attributes of an extension
 * the PUT sent in part (`urn:…:enterprise:2.0:User:department`). Empty when the server replaced the
 * resource as RFC 7644 §3.5.1 says. Read-only and unknown (vendor) attributes are not counted.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export function survivingAttributes(resourceType: ResourceTypeName, sent: Json, after: Json): string[] {
  const left: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined || value === null) continue;
    const extension = findExtension(resourceType, key);
    if (extension !== undefined) {
      const sentPart = Object.entries(sent).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
      if (!isObject(sentPart)) left.push(key);
      else if (isObject(value)) {
        for (const name of Object.keys(value)) {
          const definition = extension.attributes.find((attribute) => attribute.name.toLowerCase() === name.toLowerCase());
          if (definition && isWritable(definition.mutability) && !hasKey(sentPart, name)) left.push(`${key}:${name}`);
        }
      }
      continue;
    }
    if (hasKey(sent, key)) continue;
    const definition = findAttribute(resourceType, { name: key });
    if (definition && key !== "schemas" && isWritable(definition.mutability)) left.push(key);
  }
  return left;
}

/**
 * The deviation a PUT that kept `left` shows, for `client.recordDeviation`.
 * @param item - where, e.g. `User rhoward`
 */
export function putMergedDeviation(item: string, left: readonly string[], request: string): DeviationInput {
  return {
    kind: "violation",
    rule: putReplacesRule,
    rfc: putReplacesRfc,
    item,
    detail: `kept ${left.join(", ")} after a PUT that left them out`,
    request,
  };
}

/**
 * Replace a resource with PUT and make sure the replacement took: when the server merged instead (the
 * attributes the PUT left out survived it), record the deviation (RFC 7644 §3.5.1) and remove those
 * attributes with one PATCH `remove` per attribute (RFC 7644 §3.5.2.2). Returns the resource as it ends.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export async function replaceCompletely(
  client: ScimClient,
  resourceType: ResourceTypeName,
  id: string,
  input: Json,
): Promise<Record<string, unknown>> {
  const endpoint = resourceType === "User" ? client.users : client.groups;
  const after = (await endpoint.replace(id, input as never)) as Record<string, unknown>;
  const left = survivingAttributes(resourceType, input, after);
  if (left.length === 0) return after;
  const name = String(after.userName ?? after.displayName ?? id);
  client.recordDeviation(putMergedDeviation(`${resourceType} ${name}`, left, `PUT /${resourceType}s/${id}`));
  return (await endpoint.patch(id, left.reduce((operations, path) => operations.remove(path), patch()))) as Record<string, unknown>;
}
