import { InvalidSyntaxError } from "../scim/errors.js";
import { SchemaUrn } from "../scim/urns.js";

const example = `{"schemas": ["${SchemaUrn.PatchOp}"], "Operations": [{"op": "replace", "path": "active", "value": false}]}`;

/**
 * Read and check the body of a PATCH request (RFC 7644 §3.5.2) and return its
 * operations, still unchecked one by one (`applyPatch` does that).
 *
 * 1. "The body of each request MUST contain the "schemas" attribute with the
 *    URI value of "urn:ietf:params:scim:api:messages:2.0:PatchOp"": `schemas`
 *    must be an array holding that URN and no other (compared
 *    case-insensitively). Missing, empty or another URN is 400 invalidSyntax.
 * 2. "The body of an HTTP PATCH request MUST contain the attribute
 *    "Operations", whose value is an array of one or more PATCH operations":
 *    anything but a non-empty array is 400 invalidSyntax.
 *
 * Leniency: the member names `schemas` and `Operations` match in any case
 * (attribute names are case-insensitive, RFC 7643 §2.1).
 *
 * @returns the `Operations` array, at least one item long.
 * @throws InvalidSyntaxError whose detail names what is wrong and shows a valid body.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function readPatchRequest(body: Record<string, unknown>): unknown[] {
  const member = (name: string): unknown => body[Object.keys(body).find((key) => key.toLowerCase() === name.toLowerCase()) ?? name];
  // 1. schemas.
  const schemas = member("schemas");
  const isPatchOp = (urn: unknown) => typeof urn === "string" && urn.toLowerCase() === SchemaUrn.PatchOp.toLowerCase();
  if (!Array.isArray(schemas) || schemas.length === 0 || !schemas.every(isPatchOp)) {
    throw new InvalidSyntaxError(
      `A PATCH body must have "schemas": ["${SchemaUrn.PatchOp}"] (RFC 7644 §3.5.2); got ${JSON.stringify(schemas) ?? "no schemas"}. ` +
        `Send ${example}.`,
    );
  }
  // 2. Operations.
  const operations = member("Operations");
  if (!Array.isArray(operations)) {
    throw new InvalidSyntaxError(`A PATCH body needs an "Operations" array (RFC 7644 §3.5.2); got ${JSON.stringify(operations) ?? "none"}. Send ${example}.`);
  }
  if (operations.length === 0) {
    throw new InvalidSyntaxError(
      `"Operations" is empty; RFC 7644 §3.5.2 requires "one or more PATCH operations". Add an operation, e.g. ${example}.`,
    );
  }
  return operations;
}
