import { InvalidSyntaxError, InvalidValueError, PayloadTooLargeError } from "../scim/errors.js";
import { SchemaUrn } from "../scim/urns.js";
import { referencedBulkIds } from "./bulk-references.js";

/** One checked Bulk operation, with the bulkIds it refers to. */
export interface BulkOperation {
  /** Its position in the request. */
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
 * Read and check a BulkRequest body (RFC 7644 §3.7): an `Operations` array of
 * at most `maxOperations` (413 beyond, as §3.7.4 says), a positive integer
 * `failOnErrors`, and for each operation a method among POST, PUT, PATCH and
 * DELETE, a path, and a bulkId unique in the request. Leniencies: `schemas`
 * may be omitted and member names are matched in any case.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export function readBulkRequest(body: Record<string, unknown>, maxOperations: number): { operations: BulkOperation[]; failOnErrors: number } {
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

function readOperation(item: unknown, index: number, bulkIds: Set<string>): BulkOperation {
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
  const operation: BulkOperation = { index, method, path: op.path, data: op.data, references: referencedBulkIds(op.path, op.data) };
  if (typeof op.bulkId === "string") operation.bulkId = op.bulkId;
  if (typeof op.version === "string") operation.version = op.version;
  return operation;
}
