import { isScimError, type ScimType } from "../../scim/errors.js";
import { showFindings, showNothingToObserve, type Finding } from "./observation.js";

/** What {@link observeErrorType} saw of an error. */
export interface ErrorTypeObservation {
  /** The error is a SCIM error response (RFC 7644 §3.12). */
  readonly scimError: boolean;
  readonly status?: number;
  /** The error's `scimType`, when the server sent one. */
  readonly scimType?: string;
  readonly findings: readonly Finding[];
}

/**
 * Say what error a server answered, set against RFC 7644 §3.12: its status and its `scimType`, the
 * keyword that tells a program what went wrong (`uniqueness`, `mutability`, `noTarget`…). Pass the error a
 * cell caught, and the keyword the RFC gives for the case when there is one. A 400 (or a 409) without a
 * `scimType` leaves a client only the human `detail` to go on. Never throws: an error that is not a SCIM
 * error (a network failure, say) is shown as such.
 * @param expected - the `scimType` RFC 7644 §3.12 lists for this case, e.g. `"uniqueness"` for a 409 on `userName`
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function observeErrorType(error: unknown, expected?: ScimType): ErrorTypeObservation {
  if (!isScimError(error)) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    showNothingToObserve(
      error === undefined ? "No error to observe: the request succeeded." : `Not a SCIM error response, so no scimType to observe: ${text.split("\n")[0]}`,
    );
    return { scimError: false, findings: [] };
  }
  const { status, scimType } = error;
  const wanted = expected === undefined ? "a `scimType`" : `\`scimType\` \`${expected}\``;
  const finding: Finding =
    scimType !== undefined && (expected === undefined || scimType === expected)
      ? { matches: true, did: `Your server answered ${status} with the \`scimType\` \`${scimType}\``, rfc: "RFC 7644 §3.12", says: "", embedded: "" }
      : {
          matches: false,
          did:
            scimType === undefined
              ? `Your server answered ${status} without a \`scimType\`: a program reading it has only the \`detail\` text`
              : `Your server answered ${status} with the \`scimType\` \`${scimType}\``,
          rfc: "RFC 7644 §3.12",
          says: `this error carries ${wanted}`,
          embedded: expected === undefined ? "sends one with every 400" : `sends \`${expected}\``,
        };
  showFindings([finding]);
  return { scimError: true, status, ...(scimType === undefined ? {} : { scimType }), findings: [finding] };
}
