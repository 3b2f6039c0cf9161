import type { ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import type { ScimError } from "../scim/errors.js";
import { OperationTable, type Operation } from "./expected-status.js";

/** What the client knows about a failed request, to say what to do next. */
export interface HintContext {
  /** The operation that failed. */
  readonly operation: Operation;
  /** The resource type, for resource endpoints. */
  readonly resourceType?: ResourceTypeName;
  /** The resource id in the URL, if any. */
  readonly id?: string;
  /** The body that was sent (before redaction), to quote its unique attribute. */
  readonly input?: unknown;
  /** The filter that was sent, if any. */
  readonly filter?: string;
  /** Whether a bearer token was sent. */
  readonly tokenSent: boolean;
}

/**
 * The next step for a SCIM error the server answered with, or `undefined` when there is nothing
 * better to say than the server's detail.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function hintFor(error: ScimError, context: HintContext): string | undefined {
  if (error.scimType === undefined) return statusHint(error.status, context);
  // A keyword this table does not know: the status's hint, but never the one for a 400 without scimType.
  return scimTypeHint(error.scimType, context) ?? (error.status === 400 ? undefined : statusHint(error.status, context));
}

function scimTypeHint(scimType: string, context: HintContext): string | undefined {
  switch (scimType) {
    case "uniqueness":
      return uniquenessHint(context);
    case "invalidFilter":
      return context.operation === "patch" ? patchFilterHint() : invalidFilterHint(context);
    case "tooMany":
      return "narrow the filter, or page through the results with count and startIndex (client.users.all())";
    case "mutability":
      return "remove read-only or immutable attributes from the request; change group membership through Group.members";
    case "invalidSyntax":
      return "the body is not the SCIM message the endpoint expects; compare it with client.lastExchange and RFC 7644 §3";
    case "invalidPath":
      return invalidPathHint(context);
    case "noTarget":
      return (
        "the PATCH path's filter matched no value (RFC 7644 §3.5.2): check the value filter in brackets; " +
        "for a remove, the value may already be gone (treat it as done); for a replace, use add"
      );
    case "invalidValue":
      return "a required attribute is missing or a value has the wrong type; check it against client.schemas()";
    case "invalidVers":
      return "the server does not speak this SCIM version; point SCIM_BASE_URL at its /scim/v2 endpoint";
    case "sensitive":
      return "move the filter out of the URL: use search() (POST /.search) instead of list()";
    default:
      return undefined;
  }
}

/** Whether the request carried a filter: a GET query or a POST /.search (RFC 7644 §3.4.2.2, §3.4.3). */
function isQuery(context: HintContext): boolean {
  return context.operation === "list" || context.operation === "search" || context.filter !== undefined;
}

function invalidFilterHint(context: HintContext): string {
  return (
    `the filter was: ${context.filter ?? "(none)"}. Check attribute names and operators ` +
    '(eq ne co sw ew gt ge lt le pr), quote strings as "…", or build it with filter.eq(…) (RFC 7644 §3.4.2.2)'
  );
}

function patchFilterHint(): string {
  return 'check the filter in the PATCH path\'s brackets, e.g. members[value eq "2819c223"] (RFC 7644 §3.5.2); build it with patchPath()';
}

/**
 * `invalidPath` in the terms of the request: a filter's attribute path (RFC 7644 §3.4.2.2), a PATCH path
 * (§3.5.2), or a name in `attributes` / `excludedAttributes` (§3.9).
 */
function invalidPathHint(context: HintContext): string {
  if (context.operation === "patch") {
    return 'check the PATCH path syntax, e.g. emails[type eq "work"].value (RFC 7644 §3.5.2); build it with patchPath()';
  }
  if (isQuery(context) && context.filter !== undefined) {
    return (
      `the filter was: ${context.filter}. An attribute path in it is not one this server accepts: check each name, ` +
      "a sub-attribute after a dot (name.familyName) and an extension attribute with its schema URN in front (RFC 7644 §3.10). " +
      "Some servers refuse filters on sub-attributes or value paths (emails[type eq \"work\"]), though RFC 7644 §3.4.2.2 " +
      "allows them: filter on a top-level attribute instead, and select the rest in your code"
    );
  }
  return (
    "an attribute path in the request is not one this resource type has: check the names in attributes or excludedAttributes " +
    "(RFC 7644 §3.9) against client.schemas(); a PATCH path inside a bulk request is built with patchPath() (§3.5.2)"
  );
}

/** A 400 without `scimType`: the server did not say which rule the request broke (RFC 7644 §3.12). */
function untypedBadRequestHint(context: HintContext): string {
  const look =
    context.operation === "patch"
      ? "each operation's path and value (RFC 7644 §3.5.2)"
      : isQuery(context)
        ? `the filter's attribute names, operators and quoted values (RFC 7644 §3.4.2.2)${context.filter ? `: ${context.filter}` : ""}`
        : "the required attributes and the value types, against client.schemas() (RFC 7643 §2)";
  return (
    "the server answered 400 without a scimType, so it did not say which rule the request broke (RFC 7644 §3.12 lists them). " +
    `Read its detail, compare the request in client.lastExchange, and look at ${look}`
  );
}

function statusHint(status: number, context: HintContext): string | undefined {
  const endpoint = context.resourceType === "Group" ? "groups" : "users";
  switch (status) {
    case 400:
      return untypedBadRequestHint(context);
    case 401:
      return context.tokenSent
        ? "the server rejected the bearer token: check SCIM_TOKEN (the embedded server's is in .scimlab/dev-token)"
        : "no bearer token was sent: set SCIM_TOKEN or pass { token } to the client";
    case 403:
      return "the token is valid but not allowed to do this; use a token with more rights";
    case 404:
      return context.id !== undefined
        ? `no ${context.resourceType ?? "resource"} has id "${context.id}"; check the id, or find it with client.${endpoint}.list({ filter })`
        : "this endpoint does not exist here; check that SCIM_BASE_URL ends with the SCIM root, e.g. /scim/v2";
    case 409:
      return "the resource changed or already exists; re-read it for its current meta.version and try again";
    case 412:
      return `the resource changed since you read it: re-read it with client.${endpoint}.get(id) for its current meta.version, reapply your change and send it with ifMatch`;
    case 413:
      return "the request is too large: reduce the body, or split the bulk request (see serviceProviderConfig().bulk maxOperations and maxPayloadSize)";
    case 429:
      return "the server is busy and the retries ran out; wait a little and try again, or raise retry.limit";
    case 503:
      return OperationTable[context.operation].idempotent
        ? "the server is busy and the retries ran out; wait a little and try again, or raise retry.limit"
        : `the server was unavailable, and a ${OperationTable[context.operation].method} is not retried by the client: it may have been ` +
            "applied before the answer was lost (RFC 9110 §9.2.2). Check whether it was (look the resource up), then send it again";
    case 500:
      return "the server failed; its log says why (the embedded server prints it where it runs)";
    case 501:
      return "the server does not implement this; check what it supports with client.serviceProviderConfig()";
    default:
      return undefined;
  }
}

function uniquenessHint(context: HintContext): string {
  const input = (context.input ?? {}) as Record<string, unknown>;
  if (context.resourceType === "Group" && typeof input.displayName === "string") {
    return `a group with this displayName exists; find it with filter displayName eq ${JSON.stringify(input.displayName)}`;
  }
  if (typeof input.userName === "string") {
    return `a user with this userName exists; find it with filter userName eq ${JSON.stringify(input.userName)}`;
  }
  return "another resource already uses one of these unique values; find it with a filter on that attribute";
}
