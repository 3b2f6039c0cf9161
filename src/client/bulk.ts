import { BulkOperationSchema, type BulkOperation } from "../scim/bulk.js";
import { SchemaUrn } from "../scim/urns.js";
import { RequestValidationError } from "./errors/request-validation-error.js";
import { prepareInput, type InputRules } from "./prepare-input.js";
import type { ScimWarning } from "./warnings.js";
import { preparePatch, type PatchInput } from "./prepare-patch.js";

/**
 * One operation of a bulk request. `data` may refer to a resource created earlier in the same request
 * as `"bulkId:<its bulkId>"` (see {@link bulkIdRef}); the server substitutes the new id.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export interface BulkOperationInput {
  /** The HTTP method of the operation: POST, PUT, PATCH or DELETE. */
  method: BulkOperation["method"];
  /** The resource path under the base URL: `/Users` for POST, `/Users/{id}` otherwise. */
  path: string;
  /** A client-chosen name for the operation; required for POST (§3.7). */
  bulkId?: string;
  /** The `meta.version` the resource must have (like `If-Match`). */
  version?: string;
  /** The resource (POST, PUT) or the PatchOp (PATCH); none for DELETE. */
  data?: unknown;
}

/**
 * A bulk request as the client accepts it; `schemas` is filled in.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export interface BulkRequestInput {
  /** Stop after this many failed operations. */
  failOnErrors?: number;
  /** The operations, applied in order. */
  Operations: BulkOperationInput[];
}

/** The methods a bulk operation may use, from the model's `BulkOperationSchema` (RFC 7644 §3.7). */
const bulkMethods: readonly string[] = BulkOperationSchema.shape.method.options;

/**
 * The reference to the resource that the operation with this `bulkId` creates: `bulkId:<bulkId>`.
 *
 * @example group members: `[{ value: bulkIdRef("alice") }]`
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7.2
 */
export function bulkIdRef(bulkId: string): string {
  return `bulkId:${bulkId}`;
}

/**
 * Check a bulk request before it is sent and return the body:
 *
 * 1. There is at least one operation; each has a method and a path starting with `/`.
 * 2. Every POST has a `bulkId`, and no two operations share one (§3.7).
 * 3. POST and PUT data to `/Users` or `/Groups` is checked like `create`/`replace`; PATCH data like
 *    `patch`; DELETE carries no data.
 * 4. Every `bulkId:<x>` reference names the `bulkId` of another operation in the request (§3.7.2).
 *
 * @param rulesFor - the input rules of the resource endpoint a path belongs to, if known
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export function prepareBulk(
  input: BulkRequestInput,
  rulesFor: (path: string) => InputRules | undefined,
  warn?: (warning: ScimWarning) => void,
): Record<string, unknown> {
  if (!Array.isArray(input?.Operations) || input.Operations.length === 0) {
    fail('a bulk request needs { Operations: [{ method: "POST", path: "/Users", bulkId: "a", data: {…} }] }');
  }
  const bulkIds = new Set<string>();
  for (const [index, operation] of input.Operations.entries()) {
    if (operation.bulkId === undefined) continue;
    if (bulkIds.has(operation.bulkId)) fail(`Operations[${index}].bulkId "${operation.bulkId}" is used twice`);
    bulkIds.add(operation.bulkId);
  }
  const Operations = input.Operations.map((operation, index) => {
    const at = `Operations[${index}]`;
    if (!bulkMethods.includes(operation.method)) {
      fail(`${at}.method must be POST, PUT, PATCH or DELETE, got ${JSON.stringify(operation.method)}`);
    }
    if (typeof operation.path !== "string" || !operation.path.startsWith("/")) {
      fail(`${at}.path must start with "/", e.g. "/Users", got ${JSON.stringify(operation.path)}`);
    }
    if (operation.method === "POST" && !operation.bulkId) fail(`${at} is a POST and needs a bulkId (RFC 7644 §3.7)`);
    for (const ref of references(operation.data)) {
      if (!bulkIds.has(ref) || ref === operation.bulkId) {
        fail(`${at}.data refers to "bulkId:${ref}", but no other operation has bulkId "${ref}"`);
      }
    }
    return { ...operation, ...prepareData(operation, at, rulesFor(operation.path), warn) };
  });
  const body: Record<string, unknown> = { schemas: [SchemaUrn.BulkRequest] };
  if (input.failOnErrors !== undefined) body.failOnErrors = input.failOnErrors;
  body.Operations = Operations;
  return body;
}

function prepareData(
  operation: BulkOperationInput,
  at: string,
  rules: InputRules | undefined,
  warn?: (warning: ScimWarning) => void,
): { data?: unknown } {
  if (operation.method === "DELETE") {
    if (operation.data !== undefined) fail(`${at} is a DELETE and must not carry data`);
    return {};
  }
  if (operation.data === undefined) fail(`${at} is a ${operation.method} and needs data`);
  if (operation.method === "PATCH") return { data: preparePatch(operation.data as PatchInput) };
  return rules ? { data: prepareInput(rules, operation.data, `${at} ${operation.method}`, warn) } : {};
}

/** Every `bulkId:<x>` string anywhere inside `value`. */
function references(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string" && value.startsWith("bulkId:")) found.push(value.slice("bulkId:".length));
  else if (Array.isArray(value)) value.forEach((item) => references(item, found));
  else if (value !== null && typeof value === "object") Object.values(value).forEach((item) => references(item, found));
  return found;
}

function fail(message: string): never {
  throw new RequestValidationError("bulk request", message);
}
