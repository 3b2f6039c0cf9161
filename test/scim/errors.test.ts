import { describe, expect, it } from "vitest";
import {
  ConflictError,
  ErrorBodySchema,
  ForbiddenError,
  InternalServerError,
  InvalidFilterError,
  InvalidPathError,
  InvalidSyntaxError,
  InvalidValueError,
  InvalidVersionError,
  MutabilityError,
  NoTargetError,
  NotFoundError,
  NotImplementedError,
  PayloadTooLargeError,
  PreconditionFailedError,
  ScimError,
  SensitiveError,
  TooManyError,
  UnauthorizedError,
  UniquenessError,
  isScimError,
  type ScimSubclassOptions,
  type ScimType,
} from "../../src/scim/index.js";

type Subclass = new (detail: string, options?: ScimSubclassOptions) => ScimError;

const subclasses: [Subclass, number, ScimType | undefined][] = [
  [InvalidFilterError, 400, "invalidFilter"],
  [TooManyError, 400, "tooMany"],
  [UniquenessError, 409, "uniqueness"],
  [MutabilityError, 400, "mutability"],
  [InvalidSyntaxError, 400, "invalidSyntax"],
  [InvalidPathError, 400, "invalidPath"],
  [NoTargetError, 400, "noTarget"],
  [InvalidValueError, 400, "invalidValue"],
  [InvalidVersionError, 400, "invalidVers"],
  [SensitiveError, 403, "sensitive"],
  [UnauthorizedError, 401, undefined],
  [ForbiddenError, 403, undefined],
  [NotFoundError, 404, undefined],
  [ConflictError, 409, undefined],
  [PreconditionFailedError, 412, undefined],
  [PayloadTooLargeError, 413, undefined],
  [InternalServerError, 500, undefined],
  [NotImplementedError, 501, undefined],
];

describe("ScimError", () => {
  it.each(subclasses)("%o round-trips through toErrorBody and fromErrorBody", (Subclass, status, scimType) => {
    const error = new Subclass("something went wrong");
    expect(error.status).toBe(status);
    expect(error.scimType).toBe(scimType);
    expect(error.name).toBe(Subclass.name);

    const body = error.toErrorBody();
    expect(body.status).toBe(String(status));
    expect(ErrorBodySchema.parse(JSON.parse(JSON.stringify(body)))).toStrictEqual(body);

    const back = ScimError.fromErrorBody(body);
    expect(back).toBeInstanceOf(Subclass);
    expect(back.status).toBe(status);
    expect(back.scimType).toBe(scimType);
    expect(back.detail).toBe("something went wrong");
  });

  it("writes the status as a JSON string and omits a missing scimType", () => {
    expect(new NotFoundError("User 42 not found").toErrorBody()).toStrictEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: "404",
      detail: "User 42 not found",
    });
  });

  it("reads a numeric status, as some service providers send", () => {
    const error = ScimError.fromErrorBody({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: 409, scimType: "uniqueness" });
    expect(error).toBeInstanceOf(UniquenessError);
    expect(error.status).toBe(409);
  });

  it("keeps the status a provider pairs with a keyword, and unknown keywords", () => {
    const schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"] = ["urn:ietf:params:scim:api:messages:2.0:Error"];
    const uniqueness = ScimError.fromErrorBody({ schemas, status: "400", scimType: "uniqueness", detail: "taken" });
    expect(uniqueness).toBeInstanceOf(UniquenessError);
    expect(uniqueness.status).toBe(400);

    const unknown = ScimError.fromErrorBody({ schemas, status: "400", scimType: "vendorSpecific", detail: "no" });
    expect(unknown.constructor).toBe(ScimError);
    expect(unknown.toErrorBody().scimType).toBe("vendorSpecific");

    const plain = ScimError.fromErrorBody({ schemas, status: "400", scimType: "constructor" });
    expect(plain.constructor).toBe(ScimError);
  });

  it("falls back to the HTTP status when the body's status is not one", () => {
    const schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"] = ["urn:ietf:params:scim:api:messages:2.0:Error"];
    expect(ScimError.fromErrorBody({ schemas, status: "Not Found" }, { httpStatus: 404 })).toBeInstanceOf(NotFoundError);
    expect(ScimError.fromErrorBody({ schemas, status: "" }).status).toBe(500);
  });

  it("puts the hint in the message and keeps the request and cause", () => {
    const cause = new Error("socket closed");
    const error = ScimError.fromErrorBody(
      { schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "401", detail: "Missing token" },
      { hint: "Pass the token from .scimlab/dev-token.", request: { method: "GET", url: "/Users" }, cause },
    );
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.message).toBe("Missing token\nHint: Pass the token from .scimlab/dev-token.");
    expect(error.request).toEqual({ method: "GET", url: "/Users" });
    expect(error.cause).toBe(cause);

    error.hint = "Start the server first.";
    expect(error.message).toBe("Missing token\nHint: Start the server first.");
    expect(error.toErrorBody().detail).toBe("Missing token");
  });

  it("is recognised by isScimError, and other errors are not", () => {
    expect(isScimError(new InvalidFilterError("bad"))).toBe(true);
    expect(isScimError(new Error("bad"))).toBe(false);
    expect(isScimError({ status: 400, detail: "bad" })).toBe(false);
    expect(isScimError(null)).toBe(false);
  });
});
