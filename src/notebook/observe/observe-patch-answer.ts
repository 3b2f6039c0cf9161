import type { HasExchanges } from "../show.js";
import { lastExchangeOf, requestLine } from "./last-exchange.js";
import { showFindings, showNothingToObserve, type Finding } from "./observation.js";

/** What {@link observePatchAnswer} saw of the client's last PATCH. */
export interface PatchAnswerObservation {
  /** The PATCH, e.g. `PATCH /Groups/…`; undefined when the log holds no PATCH. */
  readonly request?: string;
  /** 200 (with the resource) or 204 (no body), or another status. */
  readonly status?: number;
  /** The answer carried the resource. */
  readonly withResource: boolean;
  readonly findings: readonly Finding[];
}

/**
 * Look at the client's last PATCH and say how the server answered: `200 OK` with the resource, or
 * `204 No Content` with no body. RFC 7644 §3.5.2 allows both; the chapters show the 200 (the embedded
 * server's answer), and after a 204 the client reads the resource with a GET of its own. Reads only the
 * exchange log. (The client itself records a 204 in `client.deviations`, as a variation.)
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function observePatchAnswer(client: HasExchanges): PatchAnswerObservation {
  const exchange = lastExchangeOf(client, "PATCH");
  if (exchange === undefined) {
    showNothingToObserve("This client has sent no PATCH yet (or its log no longer holds one): nothing to observe.");
    return { withResource: false, findings: [] };
  }
  const status = exchange.status as number;
  const request = requestLine(exchange);
  const withResource = status === 200 && exchange.responseBody !== undefined;
  const finding: Finding = withResource
    ? { matches: true, did: `Your server answered \`${request}\` with 200 OK and the resource`, rfc: "RFC 7644 §3.5.2", says: "", embedded: "" }
    : {
        matches: false,
        did:
          status === 204
            ? `Your server answered \`${request}\` with 204 No Content: no body, so the client read the resource with a GET`
            : `Your server answered \`${request}\` with ${status}${exchange.responseBody === undefined ? " and no body" : ""}`,
        rfc: "RFC 7644 §3.5.2",
        says: "a PATCH answers 200 OK with the resource, or 204 No Content without it (both are allowed)",
        embedded: "answers 200 OK with the whole resource",
      };
  showFindings([finding]);
  return { request, status, withResource, findings: [finding] };
}
