import { PreconditionFailedError } from "../scim/errors.js";

/**
 * Resource versions as entity tags (RFC 7644 §3.14): a counter that grows
 * with every write, served as the weak ETag `W/"n"` in `meta.version` and
 * in the `ETag` header.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 */
export function formatVersion(version: number): string {
  return `W/"${version}"`;
}

/**
 * True when an `If-Match` / `If-None-Match` header lists the current version:
 * `*`, or any tag equal under weak comparison (RFC 9110 §8.8.3.2: `W/"3"`
 * and `"3"` are the same version).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3.2
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1
 */
export function matchesVersion(header: string, etag: string): boolean {
  const current = opaqueTag(etag);
  for (const raw of header.split(",")) {
    const tag = raw.trim();
    if (tag === "*") return true;
    if (opaqueTag(tag) === current) return true;
  }
  return false;
}

function opaqueTag(tag: string): string {
  return tag.startsWith("W/") || tag.startsWith("w/") ? tag.slice(2) : tag;
}

/**
 * RFC 7644 §3.14: "If-Match ... the service provider MUST process the request
 * only if the version matches", else 412 Precondition Failed.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 */
export function checkIfMatch(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch.trim() === "" || matchesVersion(ifMatch, formatVersion(version))) return;
  throw new PreconditionFailedError(
    `The resource has changed: its version is now ${formatVersion(version)}, not ${ifMatch.trim()}.`,
    { hint: "GET the resource again, re-apply your change to the fresh copy and send it with the new ETag." },
  );
}
