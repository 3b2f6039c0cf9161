import type { DeviationInput } from "./deviations.js";

/** A rule the client checks responses against: its kind, sentence and RFC section. */
export type DeviationRule = Pick<DeviationInput, "kind" | "rule" | "rfc">;

/**
 * The rules the client itself checks while reading, one per RFC requirement, each with the exact
 * section a deviation report cites. A chapter's report and the bending proxy's bends (test/support)
 * cite the same strings.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export const DeviationRules = {
  /** RFC 7643 §3: "The "schemas" attribute is a REQUIRED attribute". */
  schemasMissing: {
    kind: "violation",
    rule: "every resource carries schemas, the URIs of the schemas that define it (REQUIRED)",
    rfc: "RFC 7643 §3",
  },
  /** RFC 7643 §2.3.2: a Boolean is "The literal "true" or "false"". */
  stringForBoolean: {
    kind: "violation",
    rule: "a Boolean attribute is the JSON literal true or false, not a string",
    rfc: "RFC 7643 §2.3.2",
  },
  /** RFC 7644 §3.9: each resource returned "MUST contain … any attributes or sub-attributes explicitly requested". */
  hollowAttributes: {
    kind: "violation",
    rule: "a resource read with attributes= carries the requested attributes with their sub-attributes",
    rfc: "RFC 7644 §3.9",
  },
  /** RFC 7644 §3.4.2: totalResults is "The total number of results returned by the list or query operation". */
  totalResultsWrong: {
    kind: "violation",
    rule: "totalResults is the number of resources the query matches, not the size of a page",
    rfc: "RFC 7644 §3.4.2",
  },
  /** RFC 7644 §3.12: for status 400, "scimType" says which of the listed errors it is. */
  errorWithoutScimType: {
    kind: "violation",
    rule: "a 400 error carries a scimType saying what was wrong (invalidFilter, invalidPath, …)",
    rfc: "RFC 7644 §3.12",
  },
  /** RFC 7644 §3.4.2.2: filters on sub-attributes and with value paths are part of the filter grammar. */
  validFilterRefused: {
    kind: "violation",
    rule: "a valid filter on attributes the schemas define is evaluated, sub-attributes and value paths included",
    rfc: "RFC 7644 §3.4.2.2",
  },
  /** RFC 7644 §3.5.2: "200 OK … and the entire resource", or MAY "204 (No Content)". */
  patchAnswered204: {
    kind: "variation",
    rule: "a successful PATCH is answered 200 with the resource (204 No Content is allowed; the client read it again)",
    rfc: "RFC 7644 §3.5.2",
  },
  /** RFC 7644 §3.14: the version of a resource travels in the ETag header. */
  noEtag: {
    kind: "variation",
    rule: "a response carrying one resource sends its version in an ETag header",
    rfc: "RFC 7644 §3.14",
  },
  /** RFC 7644 §3.3: "The URI of the created resource SHALL include, in the HTTP "Location" header…". */
  noLocation: {
    kind: "violation",
    rule: "a 201 Created carries the new resource's URI in a Location header",
    rfc: "RFC 7644 §3.3",
  },
} as const satisfies Record<string, DeviationRule>;

/**
 * RFC 7643 §5: `bulk.maxOperations`, `bulk.maxPayloadSize` and `filter.maxResults` are REQUIRED in the
 * ServiceProviderConfig, even for a feature marked unsupported.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export function requiredConfigNumber(name: string): DeviationRule {
  return { kind: "violation", rule: `${name} is REQUIRED in the ServiceProviderConfig`, rfc: "RFC 7643 §5" };
}
