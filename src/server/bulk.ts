import { ConflictError, InvalidSyntaxError, InvalidValueError, PayloadTooLargeError, ScimError } from "../scim/errors.js";
import { SchemaUrn } from "../scim/urns.js";
import { referencedBulkIds, resolveBulkIds } from "./bulk-references.js";
import type { ScimHttpResponse } from "./http-types.js";
import { errorResponse, jsonResponse } from "./responses.js";
import { RouteRequest } from "./route-request.js";
import type { ServerContext } from "./server-context.js";

/** Answers one request inside the Bulk (the router). */
export type Dispatch = (context: ServerContext, request: RouteRequest) => ScimHttpResponse;

interface Operation {
  index: number;
  method: string;
  bulkId?: string;
  version?: string;
  path: string;
  data: unknown;
  references: Set<string>;
}

const methods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * `POST /Bulk` (RFC 7644 §3.7), all in one database transaction:
 *
 * 1. check the BulkRequest: an `Operations` array of at most `maxOperations`
 *    (413 beyond), `failOnErrors` a positive integer, unique bulkIds;
 * 2. run the operations in request order, except that one referring to
 *    `bulkId:x` waits until the POST with bulkId x has run (§3.7.2); each
 *    runs in its own savepoint, so a failed one leaves no trace;
 * 3. a reference to an unknown or failed bulkId, or a cycle, is 409;
 * 4. stop once `failOnErrors` operations failed (§3.7.3);
 * 5. answer 200 with a BulkResponse: one result per attempted operation, in
 *    request order, with `location`, `version`, `status` and, on error,
 *    `response` holding the SCIM Error.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export function runBulk(context: ServerContext, request: RouteRequest, dispatch: Dispatch): ScimHttpResponse {
  const { operations, failOnErrors } = readBulkRequest(request.json(), context.limits.maxOperations);
  const results = new Map<number, Record<string, unknown>>();
  const ids = new Map<string, string>();
  const failed = new Set<string>();
  const store = context.directory.store;
  store.transaction(() => {
    let errors = 0;
    let pending = operations;
    while (pending.length > 0 && errors < failOnErrors) {
      const waiting: Operation[] = [];
      for (const operation of pending) {
        if (errors >= failOnErrors) break;
        const blocked = [...operation.references].some((id) => !ids.has(id) && !failed.has(id) && pending.some((other) => other !== operation && other.bulkId === id));
        if (blocked) {
          waiting.push(operation);
          continue;
        }
        const result = runOperation(context, operation, ids, dispatch);
        results.set(operation.index, result);
        if (Number(result.status) >= 400) {
          errors++;
          if (operation.bulkId !== undefined) failed.add(operation.bulkId);
        } else if (operation.bulkId !== undefined && typeof result.id === "string") {
          ids.set(operation.bulkId, result.id);
        }
        delete result.id;
      }
      // 3. No progress: the rest refer to each other in a cycle.
      if (waiting.length === pending.length) {
        for (const operation of waiting) {
          if (errors >= failOnErrors) break;
          results.set(operation.index, failure(operation, new ConflictError(`Operation ${operation.index + 1} is part of a circular bulkId reference.`)));
          errors++;
        }
        break;
      }
      pending = waiting;
    }
  });
  const ordered = [...results.entries()].sort(([a], [b]) => a - b).map(([, result]) => result);
  return jsonResponse(200, { schemas: [SchemaUrn.BulkResponse], Operations: ordered });
}

function runOperation(context: ServerContext, operation: Operation, ids: Map<string, string>, dispatch: Dispatch): Record<string, unknown> {
  const unresolved = [...operation.references].find((id) => !ids.has(id));
  if (unresolved !== undefined) {
    return failure(operation, new ConflictError(`bulkId:${unresolved} does not name a resource created earlier in this request.`, {
      hint: "Refer only to the bulkId of a POST in the same Bulk request that succeeded.",
    }));
  }
  const { path, data } = resolveBulkIds(operation.path, operation.data, ids);
  const segments = path.split("?")[0]!.split("/").filter((segment) => segment !== "");
  if (segments[0]?.toLowerCase() === "bulk") return failure(operation, new InvalidValueError("A Bulk operation cannot itself be a Bulk request."));
  const headers: Record<string, string | undefined> = operation.version === undefined ? {} : { "if-match": operation.version };
  const body = data === undefined ? "" : JSON.stringify(data);
  let response: ScimHttpResponse;
  try {
    // A savepoint: a failed operation's writes are rolled back.
    response = context.directory.store.transaction(() => {
      const answer = dispatch(context, new RouteRequest(operation.method, segments, new URLSearchParams(), headers, body));
      if (answer.status >= 400) throw new FailedOperation(answer);
      return answer;
    });
  } catch (error) {
    if (!(error instanceof FailedOperation)) throw error;
    response = error.response;
  }
  return resultOf(context, operation, path, response);
}

class FailedOperation extends Error {
  constructor(readonly response: ScimHttpResponse) {
    super("bulk operation failed");
  }
}

function resultOf(context: ServerContext, operation: Operation, path: string, response: ScimHttpResponse): Record<string, unknown> {
  const result: Record<string, unknown> = { method: operation.method };
  if (operation.bulkId !== undefined) result.bulkId = operation.bulkId;
  const body = response.body === "" ? undefined : (JSON.parse(response.body) as Record<string, unknown>);
  if (response.status < 400) {
    const meta = body?.meta as { location?: string } | undefined;
    result.location = response.headers.location ?? meta?.location ?? `${context.baseUrl}${path}`;
    if (response.headers.etag !== undefined) result.version = response.headers.etag;
    if (typeof body?.id === "string") result.id = body.id;
  } else {
    result.response = body;
  }
  result.status = String(response.status);
  return result;
}

function failure(operation: Operation, error: ScimError): Record<string, unknown> {
  const result: Record<string, unknown> = { method: operation.method };
  if (operation.bulkId !== undefined) result.bulkId = operation.bulkId;
  result.status = String(error.status);
  result.response = JSON.parse(errorResponse(error).body);
  return result;
}

/** Step 1: the shape of the BulkRequest (leniencies: `schemas` may be omitted, names in any case). */
function readBulkRequest(body: Record<string, unknown>, maxOperations: number): { operations: Operation[]; failOnErrors: number } {
  const field = (name: string) => body[Object.keys(body).find((key) => key.toLowerCase() === name.toLowerCase()) ?? name];
  const list = field("Operations");
  if (!Array.isArray(list)) {
    throw new InvalidSyntaxError('A Bulk request needs an "Operations" array.', {
      hint: `Send { "schemas": ["${SchemaUrn.BulkRequest}"], "Operations": [{ "method": "POST", "path": "/Users", "bulkId": "1", "data": { … } }] }.`,
    });
  }
  if (list.length > maxOperations) {
    throw new PayloadTooLargeError(`This Bulk request has ${list.length} operations; the limit is ${maxOperations} (ServiceProviderConfig bulk.maxOperations).`, {
      hint: "Split it into several Bulk requests.",
    });
  }
  const failOnErrors = field("failOnErrors");
  if (failOnErrors !== undefined && !(Number.isInteger(failOnErrors) && (failOnErrors as number) > 0)) {
    throw new InvalidValueError(`failOnErrors must be a positive integer, not ${JSON.stringify(failOnErrors)}.`);
  }
  const bulkIds = new Set<string>();
  const operations = list.map((item, index) => readOperation(item, index, bulkIds));
  return { operations, failOnErrors: (failOnErrors as number | undefined) ?? Number.POSITIVE_INFINITY };
}

function readOperation(item: unknown, index: number, bulkIds: Set<string>): Operation {
  const where = `Operations[${index}]`;
  if (typeof item !== "object" || item === null || Array.isArray(item)) throw new InvalidSyntaxError(`${where} must be an object.`);
  const op = item as Record<string, unknown>;
  const method = typeof op.method === "string" ? op.method.toUpperCase() : "";
  if (!methods.has(method)) throw new InvalidValueError(`${where}.method must be POST, PUT, PATCH or DELETE, not ${JSON.stringify(op.method)}.`);
  if (typeof op.path !== "string" || !op.path.startsWith("/")) {
    throw new InvalidValueError(`${where}.path must be a path such as "/Users" or "/Groups/{id}", not ${JSON.stringify(op.path)}.`);
  }
  if (op.bulkId !== undefined && (typeof op.bulkId !== "string" || op.bulkId === "")) throw new InvalidValueError(`${where}.bulkId must be a non-empty string.`);
  if (typeof op.bulkId === "string") {
    if (bulkIds.has(op.bulkId)) throw new InvalidValueError(`bulkId "${op.bulkId}" is used by more than one operation; each must be unique.`);
    bulkIds.add(op.bulkId);
  }
  if (op.version !== undefined && typeof op.version !== "string") throw new InvalidValueError(`${where}.version must be an ETag string such as W/"3".`);
  const operation: Operation = { index, method, path: op.path, data: op.data, references: referencedBulkIds(op.path, op.data) };
  if (typeof op.bulkId === "string") operation.bulkId = op.bulkId;
  if (typeof op.version === "string") operation.version = op.version;
  return operation;
}
