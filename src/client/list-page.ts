import { z, type ZodType, type ZodTypeDef } from "zod";
import { listResponseSchema, type ListResponse } from "../scim/list-response.js";
import { describeIssues } from "./describe-issues.js";
import type { InvalidItem } from "./errors/invalid-resource-error.js";

/**
 * A ListResponse as `list()` and `search()` return it: the valid resources in `Resources`, and every
 * resource that did not match its schema in `invalid` (empty when all were valid), so one malformed
 * resource neither sinks the page nor vanishes silently.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export interface ListPage<T> extends ListResponse<T> {
  /** The resources of `Resources` that did not match their schema, with their index, id and issues. */
  invalid: InvalidItem[];
}

/**
 * A zod schema for a {@link ListPage} of `item`: the envelope is checked as a whole (RFC 7644 §3.4.2),
 * each resource of `Resources` one by one.
 *
 * 1. Parse the envelope with `Resources` as a list of anything.
 * 2. Parse each resource with `item`: a match goes to `Resources`, a mismatch to `invalid` with its
 *    0-based index, its `id` if it had a string one, and the issues (attribute and rule).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function listPageSchema<T>(item: ZodType<T, ZodTypeDef, unknown>): ZodType<ListPage<T>, ZodTypeDef, unknown> {
  return listResponseSchema(z.unknown()).transform((list) => {
    const Resources: T[] = [];
    const invalid: InvalidItem[] = [];
    list.Resources.forEach((resource, index) => {
      const parsed = item.safeParse(resource);
      if (parsed.success) Resources.push(parsed.data);
      else invalid.push(invalidItem(index, resource, parsed.error.issues));
    });
    return { ...list, Resources, invalid };
  });
}

function invalidItem(index: number, resource: unknown, issues: z.ZodIssue[]): InvalidItem {
  const id = resource !== null && typeof resource === "object" ? (resource as { id?: unknown }).id : undefined;
  const message = describeIssues(issues).replace(/\s*\n\s*/g, "; ");
  return typeof id === "string" ? { index, id, message, issues } : { index, message, issues };
}
