import type { ScimClient, ScimClientOptions } from "../../client/index.js";
import { ScimError } from "../../scim/errors.js";
import { SchemaUrn } from "../../scim/urns.js";

/**
 * The error a call throws, or `undefined` when it succeeded (the server at hand did not produce that
 * error, so a check leaves the case out).
 */
export async function errorOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * A client for the same server whose session asks scimlab's embedded server for faults (request header
 * `Scimlab-Faults`, see `scimlab serve --faults`), and does not retry by itself. Any other server ignores
 * the header. Close it after use.
 */
export function faultyClient(client: ScimClient, faults: string, options: ScimClientOptions = {}): ScimClient {
  return client.derive({ retry: 0, ...options, faults });
}

/**
 * A 429, 500 or 503 for a check: provoked on the embedded server with a fault injected into a session of
 * its own (`<status> every 1`); on a server that ignores the fault header, the error a server sends for
 * it (RFC 7644 §3.12), rebuilt from its body as the client does.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export async function serverFault(client: ScimClient, status: 429 | 500 | 503): Promise<unknown> {
  const spec = status === 500 ? "500 every 1" : `${status} every 1 retry-after 1`;
  const faulty = faultyClient(client, spec);
  try {
    const error = await errorOf(() => faulty.users.list({ count: 1, attributes: ["userName"] }));
    if (error !== undefined) return error;
  } finally {
    await faulty.close();
  }
  const detail = { 429: "Too many requests: slow down.", 500: "Service provider internal error.", 503: "Service unavailable: try again later." }[status];
  return ScimError.fromErrorBody(
    { schemas: [SchemaUrn.Error], status: String(status), detail },
    { request: { method: "GET", url: `${client.baseUrl}/Users?count=1` } },
  );
}
