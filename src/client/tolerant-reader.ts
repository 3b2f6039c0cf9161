import { DeviationRules } from "./deviation-rules.js";
import type { DeviationInput } from "./deviations.js";
import type { ScimCall } from "./engine.js";
import { OperationTable } from "./expected-status.js";
import { tolerateConfig } from "./tolerate-config.js";
import { tolerateResource, type Reading } from "./tolerate-resource.js";

/**
 * The tolerant reader of `call`'s success body, run before the body is validated, or `undefined` when
 * the body is read as it is: it records each deviation that leaves the data usable and returns the body
 * with string Booleans turned into Booleans.
 *
 * 1. `/ServiceProviderConfig`: the REQUIRED numbers, `schemas`, Booleans (RFC 7643 §5); `/ResourceTypes` and
 *    `/Schemas`: each listed resource's `schemas` (RFC 7643 §3).
 * 2. A get, create, replace or patch: the resource (RFC 7643 §3, §2.3.2; RFC 7644 §3.9).
 * 3. A list or search: each resource of `Resources`, named by its `id` or its position in the results,
 *    and `totalResults` against the page: fewer than `startIndex - 1` plus the resources on the page is
 *    not the number of matches (RFC 7644 §3.4.2).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function tolerantReader(call: ScimCall<unknown>, deviate: (deviation: DeviationInput) => void): ((body: unknown) => unknown) | undefined {
  const request = `${OperationTable[call.operation].method} ${call.path}`;
  if (call.operation === "discovery") {
    if (call.path === "/ServiceProviderConfig") return (body) => tolerateConfig(body, request, deviate);
    const listed: Reading = { request, selected: false, deviate };
    return (body) => (isObject(body) && Array.isArray(body.Resources) ? { ...body, Resources: body.Resources.map((item, index) => tolerateResource(item, listed, index + 1)) } : body);
  }
  const searched = call.operation === "search" && isObject(call.body) ? call.body : {};
  const asked = (name: string) => call.query?.[name] ?? searched[name];
  const reading: Reading = { request, resourceType: call.context?.resourceType, selected: asked("attributes") !== undefined, deviate };
  if (call.operation === "get" || call.operation === "create" || call.operation === "replace" || call.operation === "patch") {
    return (body) => tolerateResource(body, reading);
  }
  if (call.operation !== "list" && call.operation !== "search") return undefined;
  const startIndex = Math.max(1, Number(asked("startIndex") ?? 1) || 1);
  return (body) => {
    if (!isObject(body) || !Array.isArray(body.Resources)) return body;
    const Resources = body.Resources.map((resource, index) => tolerateResource(resource, reading, startIndex + index));
    const total = body.totalResults;
    if (typeof total === "number" && startIndex - 1 + Resources.length > total) {
      deviate({
        ...DeviationRules.totalResultsWrong,
        item: `${reading.resourceType ?? "resource"} list`,
        detail: `sent totalResults ${total} with ${Resources.length} resources from startIndex ${startIndex}`,
        request,
      });
    }
    return { ...body, Resources };
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
