import { ConflictError, InvalidValueError, type ScimError } from "../scim/errors.js";
import { SchemaUrn } from "../scim/urns.js";
import { resolveBulkIds } from "./bulk-references.js";
import { readBulkRequest, type BulkOperation as Operation } from "./bulk-request.js";
import type { ScimHttpResponse } from "./http-types.js";
import { errorResponse, jsonResponse } from "./responses.js";
import { RouteRequest } from "./route-request.js";
import type { ServerContext } from "./server-context.js";

/** Answers one request inside the Bulk (the router). */
export type Dispatch = (context: ServerContext, request: RouteRequest) => ScimHttpResponse;

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
  const result = resultHead(operation);
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
  const result = resultHead(operation);
  result.status = String(error.status);
  result.response = JSON.parse(errorResponse(error).body);
  return result;
}

/** The first members of an operation's result (RFC 7644 §3.7.3): `method`, and `bulkId` when it has one. */
function resultHead(operation: Operation): Record<string, unknown> {
  const result: Record<string, unknown> = { method: operation.method };
  if (operation.bulkId !== undefined) result.bulkId = operation.bulkId;
  return result;
}
