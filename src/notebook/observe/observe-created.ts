import type { HasExchanges } from "../show.js";
import { headerOf, lastExchangeOf, requestLine } from "./last-exchange.js";
import { showFindings, showNothingToObserve, type Finding } from "./observation.js";

/** What {@link observeCreated} saw of the client's last POST. */
export interface CreatedObservation {
  /** The POST, e.g. `POST /Users`; undefined when the client's log holds no POST. */
  readonly request?: string;
  readonly status?: number;
  /** The `Location` header, when the server sent one. */
  readonly location?: string;
  /** The `ETag` header, when the server sent one. */
  readonly etag?: string;
  readonly findings: readonly Finding[];
}

/**
 * Look at the client's last POST and say what the server answered, set against RFC 7644 §3.3 (a
 * `201 Created` with a `Location` header holding the new resource's URL) and §3.14 (an `ETag` when the
 * server keeps versions, which the RFC leaves optional). Displays one line when the server did both, and
 * "Your server did X. RFC … says Y. The embedded server does Y." for what it did not. Reads only the
 * exchange log: no request is sent. (The client itself records a missing Location or ETag in
 * `client.deviations`.)
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 */
export function observeCreated(client: HasExchanges): CreatedObservation {
  const exchange = lastExchangeOf(client, "POST");
  if (exchange === undefined) {
    showNothingToObserve("This client has sent no POST yet (or its log no longer holds one): nothing to observe.");
    return { findings: [] };
  }
  const status = exchange.status as number;
  const location = headerOf(exchange, "location");
  const etag = headerOf(exchange, "etag");
  const request = requestLine(exchange);
  const findings: Finding[] = [];
  if (status === 201 && location !== undefined && etag !== undefined) {
    findings.push({
      matches: true,
      did: `Your server answered \`${request}\` with 201 Created, a Location and an ETag`,
      rfc: "RFC 7644 §3.3",
      says: "",
      embedded: "",
    });
  } else {
    const created = status === 201;
    findings.push({
      matches: created && location !== undefined,
      did: created
        ? `Your server answered \`${request}\` with 201 Created ${location === undefined ? "and no Location header" : "and a Location"}`
        : `Your server answered \`${request}\` with ${status}, not 201 Created`,
      rfc: "RFC 7644 §3.3",
      says: "a successful POST answers 201 Created with a Location header holding the new resource's URL",
      embedded: "answers 201 Created with a Location",
    });
    if (created) {
      findings.push({
        matches: etag !== undefined,
        did: etag === undefined ? "It sent no ETag" : "It sent an ETag",
        rfc: "RFC 7644 §3.14",
        says: "a server that supports versions sends the resource's version as an ETag (versions are optional)",
        embedded: "sends one, the same value as meta.version",
      });
    }
  }
  showFindings(findings);
  return { request, status, ...(location === undefined ? {} : { location }), ...(etag === undefined ? {} : { etag }), findings };
}
