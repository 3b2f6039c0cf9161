import type { AttributeSelection } from "../query.js";
import { RequestValidationError } from "./request-validation-error.js";

/**
 * `replace()` refused a resource that was read with `attributes` or `excludedAttributes`: a PUT replaces
 * the whole resource, so every attribute that was not read would be cleared on the server
 * (RFC 7644 §3.5.1). Nothing was sent.
 *
 * Read it whole with `get(id)` and edit that, or change only what you mean with `patch()`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export class PartialResourceError extends RequestValidationError {
  /** Stable code for programs. */
  readonly code = "SCIM_PARTIAL_REPLACE";
  /** The selection the resource was read with. */
  readonly selection: AttributeSelection;

  constructor(resourceType: string, selection: AttributeSelection) {
    super(
      `${resourceType} for replace`,
      `this ${resourceType} was read with ${describeSelection(selection)}, so it is partial; a PUT of a partial ` +
        "resource would clear every attribute not read (RFC 7644 §3.5.1). Read it whole with get(id) and edit that, " +
        "or change only what you mean with patch()",
    );
    this.selection = selection;
  }
}

function describeSelection(selection: AttributeSelection): string {
  if (selection.attributes) return `attributes ${JSON.stringify(selection.attributes)}`;
  return `excludedAttributes ${JSON.stringify(selection.excludedAttributes ?? [])}`;
}

/** Whether `error` is a {@link PartialResourceError}. */
export function isPartialResourceError(error: unknown): error is PartialResourceError {
  return error instanceof PartialResourceError;
}
