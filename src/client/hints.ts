import type { ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import type { ScimError } from "../scim/errors.js";
import type { Operation } from "./expected-status.js";

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
  const byType = error.scimType ? scimTypeHint(error.scimType, context) : undefined;
  return byType ?? statusHint(error.status, context);
}

function scimTypeHint(scimType: string, context: HintContext): string | undefined {
  switch (scimType) {
    case "uniqueness":
      return uniquenessHint(context);
    case "invalidFilter":
      return (
        `the filter was: ${context.filter ?? "(none)"}. Check attribute names and operators ` +
        '(eq ne co sw ew gt ge lt le pr), quote strings as "…", or build it with filter.eq(…)'
      );
    case "tooMany":
      return "narrow the filter, or page through the results with count and startIndex (client.users.all())";
    case "mutability":
      return "remove read-only or immutable attributes from the request; change group membership through Group.members";
    case "invalidSyntax":
      return "the body is not the SCIM message the endpoint expects; compare it with client.lastExchange and RFC 7644 §3";
    case "invalidPath":
      return 'check the PATCH path syntax, e.g. emails[type eq "work"].value; build it with patchPath()';
    case "noTarget":
      return "the path matched no value; check the value filter, or use add instead of replace/remove";
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

function statusHint(status: number, context: HintContext): string | undefined {
  const endpoint = context.resourceType === "Group" ? "groups" : "users";
  switch (status) {
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
    case 503:
      return "the server is busy and the retries ran out; wait a little and try again, or raise retry.limit";
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
