import type { ScimClient } from "../client/index.js";
import { mapPool } from "./pool.js";

/** What happened to one resource a writer was asked to create. */
export interface WriteOutcome {
  /** `created`, or `exists` when the server answered 409 (RFC 7644 §3.3: uniqueness). */
  status: "created" | "exists";
  /** The new resource's id (created only). */
  id?: string;
}

/** Creates many resources of one type and reports one outcome per input, in order. */
export type ResourceWriter = (
  path: "/Users" | "/Groups",
  resources: readonly object[],
  onWritten: (count: number) => void,
) => Promise<WriteOutcome[]>;

/** The limits a server advertises for Bulk (ServiceProviderConfig `bulk`, RFC 7643 §5). */
export interface BulkLimits {
  /** The most operations one bulk request may carry. */
  maxOperations: number;
  /** The largest bulk request body the server accepts, in bytes. */
  maxPayloadSize: number;
}

/** Bytes kept free in each bulk request for the envelope and JSON overhead. */
const envelopeAllowance = 512;

/**
 * Split operations into requests that respect `maxOperations` and
 * `maxPayloadSize` (an operation too large on its own travels alone).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7.4
 */
export function chunkOperations<T>(operations: readonly T[], limits: BulkLimits): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = envelopeAllowance;
  for (const operation of operations) {
    const bytes = Buffer.byteLength(JSON.stringify(operation)) + 1;
    if (current.length > 0 && (current.length >= limits.maxOperations || size + bytes > limits.maxPayloadSize)) {
      chunks.push(current);
      current = [];
      size = envelopeAllowance;
    }
    current.push(operation);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The id of a created resource: the `id` in the bulk result's `response`
 * when there is one, else the end of its `location` (`…/Users/<id>`).
 */
function idFromLocation(location: string | undefined, response: unknown): string | undefined {
  const fromBody = (response as { id?: unknown } | undefined)?.id;
  if (typeof fromBody === "string") return fromBody;
  return location?.split("/").filter(Boolean).pop();
}

/** The error detail of a failed bulk operation, for the message. */
function detailOf(response: unknown): string {
  const detail = (response as { detail?: unknown } | undefined)?.detail;
  return typeof detail === "string" ? detail : JSON.stringify(response ?? "no detail");
}

/**
 * A writer that POSTs through `/Bulk`, in requests within the server's
 * limits, `concurrency` requests at a time. A 409 result means the resource
 * exists already; any other failed operation rejects with its detail.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export function bulkWriter(client: ScimClient, limits: BulkLimits, concurrency: number): ResourceWriter {
  return async (path, resources, onWritten) => {
    const operations = resources.map((data, index) => ({ method: "POST" as const, path, bulkId: `op${index}`, data }));
    const chunks = chunkOperations(operations, limits);
    const outcomes = new Array<WriteOutcome>(resources.length);
    await mapPool(chunks, concurrency, async (chunk) => {
      const response = await client.bulk({ Operations: chunk });
      for (const result of response.Operations) {
        const index = Number(result.bulkId?.slice(2));
        const status = Number(result.status);
        if (!Number.isInteger(index) || outcomes[index] !== undefined) continue;
        if (status === 409) outcomes[index] = { status: "exists" };
        else if (status >= 200 && status < 300) {
          outcomes[index] = { status: "created", id: idFromLocation(result.location, result.response) };
        } else {
          throw new Error(`Bulk POST ${path} (operation ${result.bulkId}) failed with ${status}: ${detailOf(result.response)}`);
        }
      }
      onWritten(chunk.length);
    });
    const missing = outcomes.findIndex((outcome) => outcome === undefined);
    if (missing !== -1) {
      throw new Error(`The Bulk response has no result for operation op${missing}; the server may not follow RFC 7644 §3.7.3.`);
    }
    return outcomes;
  };
}

/**
 * A writer that POSTs each resource on its own, `concurrency` requests at a
 * time; for servers without Bulk. A 409 means the resource exists already.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export function requestWriter(client: ScimClient, concurrency: number): ResourceWriter {
  return (path, resources, onWritten) => {
    const endpoint = path === "/Users" ? client.users : client.groups;
    return mapPool(resources, concurrency, async (resource): Promise<WriteOutcome> => {
      try {
        const created = await endpoint.create(resource as never);
        return { status: "created", id: created.id };
      } catch (error) {
        if ((error as { status?: unknown }).status === 409) return { status: "exists" };
        throw error;
      } finally {
        onWritten(1);
      }
    });
  };
}
