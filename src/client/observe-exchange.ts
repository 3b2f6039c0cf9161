import { ScimError } from "../scim/errors.js";
import { DeviationRules, type DeviationRule } from "./deviation-rules.js";
import type { DeviationInput } from "./deviations.js";
import type { ScimCall } from "./engine.js";
import { OperationTable } from "./expected-status.js";
import { isValidKnownFilter } from "./refused-filter.js";
import type { HttpResponse } from "./transport.js";

/** How a call ended: with a result, or with the error it throws. */
export type Outcome = { readonly result: unknown } | { readonly error: unknown };

/** The operations whose success answer carries one resource (RFC 7644 §3.3, §3.4.1, §3.5). */
const singleResource = new Set(["get", "create", "replace", "patch"]);

/**
 * Record how the final answer to `call` departed from RFC 7644 in its status, headers or error
 * (what its body did is the tolerant reader's part). Nothing here changes the outcome: the result is
 * returned and the error thrown as they are.
 *
 * 1. A 400 SCIM error without `scimType` (RFC 7644 §3.12).
 * 2. A 400 or 501 to a query whose filter scimlab's parser accepts and whose attribute paths the schema
 *    definitions know: the server refused a valid filter (RFC 7644 §3.4.2.2). A 400 `tooMany` is not a refusal.
 * 3. A PATCH answered 204 No Content (RFC 7644 §3.5.2, a variation).
 * 4. A 201 Created without `Location` (RFC 7644 §3.3).
 * 5. A get, create, replace or patch answered with the resource but no `ETag` header (RFC 7644 §3.14, a variation).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 */
export function observeExchange(
  call: ScimCall<unknown>,
  response: HttpResponse,
  outcome: Outcome,
  deviate: (deviation: DeviationInput) => void,
): void {
  const request = `${OperationTable[call.operation].method} ${call.path}`;
  const note = (rule: DeviationRule, item: string, detail: string) => deviate({ ...rule, item, detail, request });
  if ("error" in outcome) {
    const error = outcome.error;
    if (!(error instanceof ScimError)) return;
    const answered = `answered ${error.status}${error.scimType ? ` ${error.scimType}` : ""}: ${JSON.stringify(error.detail)}`;
    if (error.status === 400 && error.scimType === undefined) note(DeviationRules.errorWithoutScimType, request, `${answered}, without scimType`);
    const filter = call.context?.filter;
    const refusal = error.status === 501 || (error.status === 400 && error.scimType !== "tooMany");
    if (refusal && filter !== undefined && isValidKnownFilter(filter, call.context?.resourceType)) {
      note(DeviationRules.validFilterRefused, `filter ${filter}`, `${answered} to the valid filter ${filter}`);
    }
    return;
  }
  if (!singleResource.has(call.operation)) return;
  const type = call.context?.resourceType ?? call.what;
  const id = idOf(outcome.result) ?? call.context?.id;
  const item = id === undefined ? type : `${type} ${id}`;
  if (call.operation === "patch" && response.status === 204) {
    note(DeviationRules.patchAnswered204, item, "answered the PATCH 204 No Content, without the resource");
    return;
  }
  if (response.status === 201 && !response.headers.location) note(DeviationRules.noLocation, item, "answered 201 Created without a Location header");
  if ((response.status === 200 || response.status === 201) && !response.headers.etag) {
    note(DeviationRules.noEtag, item, `answered ${response.status} with the ${type} but no ETag header`);
  }
}

function idOf(result: unknown): string | undefined {
  const id = result !== null && typeof result === "object" ? (result as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}
