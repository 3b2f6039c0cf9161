import type { ScimErrorBody } from "./error.js";
import { SchemaUrn } from "./urns.js";

/**
 * The SCIM detail error keywords, RFC 7644 §3.12 table 9.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export type ScimType =
  | "invalidFilter"
  | "tooMany"
  | "uniqueness"
  | "mutability"
  | "invalidSyntax"
  | "invalidPath"
  | "noTarget"
  | "invalidValue"
  | "invalidVers"
  | "sensitive";

/** Options of {@link ScimError}. */
export interface ScimErrorOptions {
  /** The detail error keyword, RFC 7644 §3.12 table 9. */
  scimType?: ScimType;
  /** The error that caused this one, kept as `cause`. */
  cause?: unknown;
  /** What to do next; appended to the message. */
  hint?: string;
}

/** Options of the {@link ScimError} subclasses, whose `scimType` is fixed. */
export type ScimSubclassOptions = Omit<ScimErrorOptions, "scimType">;

/** The request that failed, as recorded by the client (never its headers). */
export interface ScimRequestInfo {
  method: string;
  url: string;
}

/** Options of {@link ScimError.fromErrorBody}. */
export interface FromErrorBodyOptions extends ScimSubclassOptions {
  /** The request that received the error. */
  request?: ScimRequestInfo;
  /** The HTTP status of the response, used when the body's `status` is not a number. */
  httpStatus?: number;
}

const brand = Symbol.for("scimlab.ScimError");

/**
 * A SCIM protocol error: an HTTP status, an optional `scimType` keyword and a
 * human-readable `detail`, shared by the server (which sends it) and the
 * client (which throws it).
 *
 * The message is `detail`, followed by the hint when one is set.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export class ScimError extends Error {
  /** The HTTP status code. */
  readonly status: number;
  /** The detail error keyword, when the error has one. */
  readonly scimType?: ScimType;
  /** The human-readable detail, as sent in the error body. */
  readonly detail: string;
  /** The request that received the error (set by the client). */
  request?: ScimRequestInfo;
  #hint: string | undefined;

  constructor(status: number, detail: string, options: ScimErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.status = status;
    if (options.scimType !== undefined) this.scimType = options.scimType;
    this.detail = detail;
    this.hint = options.hint;
    Object.defineProperty(this, brand, { value: true });
  }

  /** What to do next; setting it updates the message. */
  get hint(): string | undefined {
    return this.#hint;
  }

  set hint(hint: string | undefined) {
    this.#hint = hint;
    this.message = hint === undefined ? this.detail : `${this.detail}\nHint: ${hint}`;
  }

  /**
   * The error as a SCIM Error body, with `status` as a JSON string.
   *
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
   */
  toErrorBody(): ScimErrorBody {
    const body: ScimErrorBody = { schemas: [SchemaUrn.Error], status: String(this.status) };
    if (this.scimType !== undefined) body.scimType = this.scimType;
    body.detail = this.detail;
    return body;
  }

  /**
   * Rebuild an error from a SCIM Error body: the subclass matching `scimType`
   * (else the one matching the status), keeping the status that was sent.
   *
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
   */
  static fromErrorBody(body: ScimErrorBody, options: FromErrorBodyOptions = {}): ScimError {
    const { request, httpStatus, ...rest } = options;
    const sent = Number(body.status);
    const status = Number.isInteger(sent) && sent >= 100 && sent <= 599 ? sent : (httpStatus ?? 500);
    const detail = body.detail ?? `The service provider answered with status ${String(body.status)} and no detail.`;
    const Subclass = body.scimType === undefined ? statusErrors[status] : scimTypeErrors.get(body.scimType);
    const error = Subclass
      ? new Subclass(detail, rest)
      : new ScimError(status, detail, { ...rest, ...scimTypeOption(body.scimType) });
    // A provider may pair a keyword with another status (e.g. uniqueness with 400): keep what it sent.
    if (error.status !== status) (error as { status: number }).status = status;
    if (request !== undefined) error.request = request;
    return error;
  }
}

/** True when `error` is a {@link ScimError}, even from another copy of scimlab. */
export function isScimError(error: unknown): error is ScimError {
  return typeof error === "object" && error !== null && (error as { [brand]?: boolean })[brand] === true;
}

function scimTypeOption(scimType: string | undefined): ScimErrorOptions {
  // An unknown keyword from a peer is kept as sent, so the learner sees it.
  return scimType === undefined ? {} : { scimType: scimType as ScimType };
}

/** 400 `invalidFilter`: "The specified filter syntax was invalid or the specified attribute and filter comparison combination is not supported." */
export class InvalidFilterError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(400, detail, { ...options, scimType: "invalidFilter" });
  }
}

/** 400 `tooMany`: "The specified filter yields many more results than the server is willing to calculate or process." */
export class TooManyError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(400, detail, { ...options, scimType: "tooMany" });
  }
}

/** 409 `uniqueness`: "One or more of the attribute values are already in use or are reserved." */
export class UniquenessError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(409, detail, { ...options, scimType: "uniqueness" });
  }
}

/** 400 `mutability`: "The attempted modification is not compatible with the target attribute's mutability or current state." */
export class MutabilityError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(400, detail, { ...options, scimType: "mutability" });
  }
}

/** 400 `invalidSyntax`: "The request body message structure was invalid or did not conform to the request schema." */
export class InvalidSyntaxError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(400, detail, { ...options, scimType: "invalidSyntax" });
  }
}

/** 400 `invalidPath`: "The "path" attribute was invalid or malformed." */
export class InvalidPathError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(400, detail, { ...options, scimType: "invalidPath" });
  }
}

/** 400 `noTarget`: "The specified "path" did not yield an attribute or attribute value that could be operated on." */
export class NoTargetError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(400, detail, { ...options, scimType: "noTarget" });
  }
}

/** 400 `invalidValue`: "A required value was missing, or the value specified was not compatible with the operation or attribute type." */
export class InvalidValueError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(400, detail, { ...options, scimType: "invalidValue" });
  }
}

/** 400 `invalidVers`: "The specified SCIM protocol version is not supported." */
export class InvalidVersionError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(400, detail, { ...options, scimType: "invalidVers" });
  }
}

/** 403 `sensitive`: "The specified request cannot be completed, due to the passing of sensitive (e.g., personal) information in a request URI." */
export class SensitiveError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(403, detail, { ...options, scimType: "sensitive" });
  }
}

/** 401 Unauthorized: "Authorization failure. The authorization header is invalid or missing." */
export class UnauthorizedError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(401, detail, options);
  }
}

/** 403 Forbidden: "Operation is not permitted based on the supplied authorization." */
export class ForbiddenError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(403, detail, options);
  }
}

/** 404 Not Found: "Specified resource (e.g., User) or endpoint does not exist." */
export class NotFoundError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(404, detail, options);
  }
}

/** 409 Conflict without a keyword: "The specified version number does not match the resource's latest version number, or a service provider refused to create a new, duplicate resource." */
export class ConflictError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(409, detail, options);
  }
}

/** 412 Precondition Failed: "Failed to update. Resource has changed on the server." */
export class PreconditionFailedError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(412, detail, options);
  }
}

/** 413 Payload Too Large: "{"maxOperations": 1000,"maxPayloadSize": 1048576}" — the request exceeds the provider's bulk or size limits. */
export class PayloadTooLargeError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(413, detail, options);
  }
}

/** 500 Internal Server Error: "Service provider internal error." */
export class InternalServerError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(500, detail, options);
  }
}

/** 501 Not Implemented: "Service provider does not support the request operation, e.g., PATCH." */
export class NotImplementedError extends ScimError {
  constructor(detail: string, options?: ScimSubclassOptions) {
    super(501, detail, options);
  }
}

type SubclassConstructor = new (detail: string, options?: ScimSubclassOptions) => ScimError;

const scimTypeErrors = new Map<string, SubclassConstructor>([
  ["invalidFilter", InvalidFilterError],
  ["tooMany", TooManyError],
  ["uniqueness", UniquenessError],
  ["mutability", MutabilityError],
  ["invalidSyntax", InvalidSyntaxError],
  ["invalidPath", InvalidPathError],
  ["noTarget", NoTargetError],
  ["invalidValue", InvalidValueError],
  ["invalidVers", InvalidVersionError],
  ["sensitive", SensitiveError],
]);

const statusErrors: Partial<Record<number, SubclassConstructor>> = {
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  412: PreconditionFailedError,
  413: PayloadTooLargeError,
  500: InternalServerError,
  501: NotImplementedError,
};
