import type { CheckContext, Json } from "./check-context.js";
import type { Exchange } from "./exchange.js";

/** The PatchOp message schema. @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2 */
export const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/** Send a PatchOp with these operations. */
export function sendPatch(c: CheckContext, path: string, operations: Json[], headers?: Record<string, string>): Promise<Exchange> {
  return c.send({ method: "PATCH", path, json: { schemas: [PATCH_OP], Operations: operations }, ...(headers ? { headers } : {}) });
}

/**
 * Apply a PatchOp that must succeed and return the resource after it: the 200 answer's body, or (after a 204)
 * a fresh GET.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export async function patched(c: CheckContext, path: string, operations: Json[]): Promise<Json> {
  const answer = await sendPatch(c, path, operations);
  c.expectStatus(answer, [200, 204], "Apply a valid PATCH and answer 200 with the resource or 204 (RFC 7644 §3.5.2).");
  if (answer.status === 204) return c.read(path);
  const body = c.resource(answer);
  // A 200 answer may have been projected with attributes; read back when it holds no id.
  return body.id === undefined ? c.read(path) : body;
}

/** The values of a multi-valued attribute (empty when absent). */
export function valuesOf(resource: Json, attribute: string): Json[] {
  const values = resource[attribute];
  return Array.isArray(values) ? (values as Json[]) : [];
}
