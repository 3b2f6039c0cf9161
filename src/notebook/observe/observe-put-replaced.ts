import type { ScimClient } from "../../client/index.js";
import { putMergedDeviation, putReplacesRfc, survivingAttributes } from "../../setup/put-leftovers.js";
import { showFindings, type Finding } from "./observation.js";

type Json = Readonly<Record<string, unknown>>;

/** What {@link observePutReplaced} saw. */
export interface PutReplacedObservation {
  /** The PUT replaced the resource: nothing it left out survived. */
  readonly replaced: boolean;
  /** The readWrite attributes the PUT left out that the resource still holds (empty when replaced). */
  readonly kept: readonly string[];
  /** The readWrite attributes the PUT left out that the server cleared. */
  readonly cleared: readonly string[];
  readonly findings: readonly Finding[];
}

const list = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(", ");

/**
 * Compare a resource before and after a PUT with what the PUT sent, and say which readWrite attributes
 * the PUT left out: cleared, as a replacement does (RFC 7644 §3.5.1), or kept, as a server that merges
 * does. Kept ones are recorded in `client.deviations`. Sends no request.
 * @param before - the resource read before the PUT
 * @param after - the resource the PUT answered (or read right after it)
 * @param sent - the body of the PUT
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export function observePutReplaced(client: ScimClient, before: Json, after: Json, sent: Json): PutReplacedObservation {
  const resourceType = "userName" in after || "userName" in sent ? "User" : "Group";
  const kept = survivingAttributes(resourceType, sent, after);
  const cleared = survivingAttributes(resourceType, sent, before).filter((name) => !kept.includes(name));
  const name = String(after.userName ?? after.displayName ?? after.id ?? resourceType);
  let finding: Finding;
  if (kept.length === 0) {
    finding = {
      matches: true,
      did:
        cleared.length === 0
          ? `Your server replaced ${name}; the PUT left out nothing that ${name} had`
          : `Your server cleared ${list(cleared)}, which the PUT left out`,
      rfc: putReplacesRfc,
      says: "",
      embedded: "",
    };
  } else {
    client.recordDeviation(putMergedDeviation(`${resourceType} ${name}`, kept, `PUT /${resourceType}s/${String(after.id ?? "")}`));
    finding = {
      matches: false,
      did: `Your server kept ${list(kept)} though the PUT left them out: it merged the PUT into ${name} instead of replacing it`,
      rfc: putReplacesRfc,
      says: "a PUT replaces the resource, and the readWrite attributes it leaves out are not asserted: cleared, or given defaults",
      embedded: `clears them${cleared.length > 0 ? ` (as your server did with ${list(cleared)})` : ""}`,
    };
  }
  showFindings([finding]);
  return { replaced: kept.length === 0, kept, cleared, findings: [finding] };
}
