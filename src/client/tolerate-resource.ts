import { resourceSchemas, type ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import { coerceResourceBooleans } from "../scim/definitions/coerce-booleans.js";
import { DeviationRules, type DeviationRule } from "./deviation-rules.js";
import type { DeviationInput } from "./deviations.js";

/** What the tolerant reader knows of the response it reads. */
export interface Reading {
  /** The request, e.g. `GET /Users`, as a deviation names it. */
  readonly request: string;
  /** The resource type read, when the endpoint says (a root search reads each item's `meta.resourceType`). */
  readonly resourceType?: ResourceTypeName;
  /** Whether the request asked for `attributes=` (RFC 7644 §3.9). */
  readonly selected: boolean;
  /** Records a deviation in `client.deviations`. */
  readonly deviate: (deviation: DeviationInput) => void;
}

type Json = Record<string, unknown>;

/**
 * Read one resource tolerantly, before it is validated: record each deviation that leaves it usable,
 * and return it with string Booleans turned into Booleans.
 *
 * 1. No `schemas`: recorded (RFC 7643 §3, "a REQUIRED attribute").
 * 2. `"true"`/`"false"` where the definitions say Boolean: turned into the Boolean and recorded
 *    (RFC 7643 §2.3.2).
 * 3. Read with `attributes=`: a multi-valued complex attribute whose values came back without any of
 *    their sub-attributes is recorded (RFC 7644 §3.9); the values are kept as they came.
 *
 * @param position - the resource's 1-based position in a list's results, to name an item without an `id`
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 */
export function tolerateResource(resource: unknown, reading: Reading, position?: number): unknown {
  if (!isObject(resource)) return resource;
  const resourceType = reading.resourceType ?? resourceTypeOf(resource);
  const note = (rule: DeviationRule, detail: string) =>
    reading.deviate({ ...rule, item: itemName(resource, resourceType, reading.request, position), detail, request: reading.request });
  if (!Array.isArray(resource.schemas)) note(DeviationRules.schemasMissing, "sent a resource without schemas");
  if (resourceType === undefined) return resource;
  const { value, coerced } = coerceResourceBooleans(resourceType, resource);
  if (coerced.length > 0) {
    note(DeviationRules.stringForBoolean, `sent ${coerced.map((c) => `${c.path} as ${JSON.stringify(c.sent)}`).join(", ")}; read as Booleans`);
  }
  if (reading.selected) {
    const hollow = hollowAttributes(resourceType, value as Json);
    if (hollow.length > 0) note(DeviationRules.hollowAttributes, `sent ${hollow.join(", ")} without their sub-attributes`);
  }
  return value;
}

/**
 * The name a deviation gives a resource: `User 2819c223`, or without an `id` its place in the
 * results (`GET /Users item 3`), or its type.
 */
export function itemName(resource: Json, resourceType: string | undefined, request: string, position?: number): string {
  if (typeof resource.id === "string") return `${resourceType ?? "resource"} ${resource.id}`;
  if (position !== undefined) return `${request} item ${position}`;
  return resourceType ?? "resource";
}

/** The multi-valued complex attributes of `resource` with a value that holds none of the sub-attributes, e.g. `members (3 of 3 values)`. */
function hollowAttributes(resourceType: ResourceTypeName, resource: Json): string[] {
  const found: string[] = [];
  for (const definition of resourceSchemas(resourceType).core.attributes) {
    if (definition.type !== "complex" || !definition.multiValued) continue;
    const key = Object.keys(resource).find((name) => name.toLowerCase() === definition.name.toLowerCase());
    const values = key === undefined ? undefined : resource[key];
    if (!Array.isArray(values)) continue;
    const names = new Set((definition.subAttributes ?? []).map((sub) => sub.name.toLowerCase()));
    const hollow = values.filter((value) => isObject(value) && !Object.keys(value).some((name) => names.has(name.toLowerCase())));
    if (hollow.length > 0) found.push(`${key} (${hollow.length} of ${values.length} values)`);
  }
  return found;
}

/** The resource type a root search item names in `meta.resourceType`, when scimlab knows it. */
function resourceTypeOf(resource: Json): ResourceTypeName | undefined {
  const type = isObject(resource.meta) ? resource.meta.resourceType : undefined;
  return type === "User" || type === "Group" ? type : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
