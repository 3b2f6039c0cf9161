import type { ZodType, ZodTypeDef } from "zod";
import { ScimError } from "../scim/errors.js";
import { SchemaUrn } from "../scim/urns.js";
import type { RequestSummary } from "./errors/scim-client-error.js";
import { ResponseValidationError } from "./errors/response-validation-error.js";
import { UnexpectedResponseError } from "./errors/unexpected-response-error.js";
import { NotModified } from "./etag.js";
import { OperationTable, type Operation } from "./expected-status.js";
import { hintFor, type HintContext } from "./hints.js";
import { redactText } from "./redact.js";
import { sectionOf } from "./rfc-sections.js";
import type { HttpResponse } from "./transport.js";

/** What the client expects back from one call. */
export interface ResponseExpectation<T> {
  /** The operation, whose success statuses come from {@link OperationTable}. */
  readonly operation: Operation;
  /** The lenient schema a success body must match; without one the body is ignored. */
  readonly schema?: ZodType<T, ZodTypeDef, unknown>;
  /** A name for the expected body in messages, e.g. `User`. */
  readonly what: string;
  /** The version sent as `If-None-Match`, when 304 is an answer. */
  readonly ifNoneMatch?: string;
  /** Reads a success body tolerantly before validation (records deviations, coerces Booleans). */
  readonly tolerate?: (body: unknown) => unknown;
}

/**
 * Turn a response into a result or an error.
 *
 * 1. 304 to a conditional get → {@link NotModified} (RFC 7644 §3.14).
 * 2. An expected status → the body read by `tolerate` (deviations that leave it usable recorded),
 *    then parsed with the lenient schema (unknown attributes kept), or `undefined` for an empty 204
 *    or a call that expects no body; a body that is not JSON → {@link UnexpectedResponseError}; a
 *    mismatch → {@link ResponseValidationError} naming the item, the rule and the RFC section.
 * 3. A SCIM Error body → the `ScimError` subclass, with `request` and a hint (RFC 7644 §3.12);
 *    `secrets` (the token) are redacted from the server's words first.
 * 4. Anything else → {@link UnexpectedResponseError}.
 *
 * @param json - the body already parsed with {@link parseJson}, so it is parsed once per response
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function readResponse<T>(
  response: HttpResponse,
  expect: ResponseExpectation<T>,
  request: RequestSummary,
  context: HintContext,
  secrets: readonly string[],
  json: JsonBody = parseJson(response.body),
): T | NotModified | undefined {
  if (response.status === 304 && expect.ifNoneMatch !== undefined) {
    return new NotModified(response.headers.etag ?? expect.ifNoneMatch);
  }
  const contentType = response.headers["content-type"];
  if (OperationTable[expect.operation].statuses.includes(response.status)) {
    if (!expect.schema || (response.body.trim() === "" && response.status === 204)) return undefined;
    if (!json.ok) {
      const body = redactText(response.body, secrets);
      throw new UnexpectedResponseError(request, { status: response.status, body, contentType, reason: "the body is not JSON" });
    }
    const body = expect.tolerate ? expect.tolerate(json.value) : json.value;
    const parsed = expect.schema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new ResponseValidationError(
      request,
      expect.what,
      { status: response.status, body: json.value, issues: parsed.error.issues, ...unusable(expect, body) },
      { cause: parsed.error },
    );
  }
  // The server's words go into error messages: make sure they cannot carry the token.
  const text = redactText(response.body, secrets);
  const redacted = parseJson(text);
  const errorBody = redacted.ok ? asErrorBody(redacted.value, response.status) : undefined;
  if (errorBody) {
    const error = ScimError.fromErrorBody(errorBody, { request });
    error.hint = hintFor(error, context);
    throw error;
  }
  const expected = OperationTable[expect.operation].statuses.join(" or ");
  const reason =
    response.status < 300
      ? `expected ${expected} for ${expect.operation} (RFC 7644 §3)`
      : "the body is not a SCIM Error message; is SCIM_BASE_URL pointing at a SCIM service?";
  throw new UnexpectedResponseError(request, { status: response.status, body: text, contentType, reason });
}

/** The item and section a {@link ResponseValidationError} names: a list is defined by RFC 7644 §3.4.2. */
function unusable(expect: ResponseExpectation<unknown>, body: unknown): { item: string; rfc: string } {
  if (expect.operation === "list" || expect.operation === "search") return { item: `${expect.what} list`, rfc: "RFC 7644 §3.4.2" };
  const id = body !== null && typeof body === "object" ? (body as { id?: unknown }).id : undefined;
  return { item: typeof id === "string" ? `${expect.what} ${id}` : expect.what, rfc: sectionOf(expect.what) };
}

/** A response body read as JSON: its value, or `ok: false` when it is empty or not JSON. */
export type JsonBody = { ok: true; value: unknown } | { ok: false };

/** Read a body as JSON without throwing; shared by the reader and the exchange log. */
export function parseJson(text: string): JsonBody {
  if (text.trim() === "") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A SCIM Error body (its `schemas` names the Error URN); a missing `status` is taken from HTTP. */
function asErrorBody(value: unknown, status: number) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const body = value as { schemas?: unknown; status?: unknown; scimType?: unknown; detail?: unknown };
  if (!Array.isArray(body.schemas) || !body.schemas.includes(SchemaUrn.Error)) return undefined;
  return {
    schemas: [SchemaUrn.Error] as [typeof SchemaUrn.Error],
    status: typeof body.status === "string" || typeof body.status === "number" ? body.status : status,
    ...(typeof body.scimType === "string" ? { scimType: body.scimType } : {}),
    ...(typeof body.detail === "string" ? { detail: body.detail } : {}),
  };
}
