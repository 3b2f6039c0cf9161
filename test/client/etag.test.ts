import { describe, expect, it } from "vitest";
import { NotModified, isNotModified } from "../../src/client/etag.js";
import { RequestValidationError } from "../../src/client/errors/request-validation-error.js";
import { PreconditionFailedError } from "../../src/scim/errors.js";
import { patch } from "../../src/scim/patch.js";
import { useTestServer } from "./support/client-context.js";
import { errorBody, userResource } from "./support/fixtures.js";

const { server, client } = useTestServer();
const VERSION = 'W/"3694e05e9dff590"';

describe("ETags (RFC 7644 §3.14)", () => {
  it("sends If-Match from a version string", async () => {
    server().reply({ status: 200, body: userResource() });
    await client().users.replace("2819c223", { userName: "bjensen" }, { ifMatch: VERSION });
    expect(server().requests[0]?.headers["if-match"]).toBe(VERSION);
  });

  it("sends If-Match from a resource's meta.version on patch and delete", async () => {
    server().reply({ status: 200, body: userResource() }, { status: 204 });
    const user = userResource() as { meta: { version: string } };
    await client().users.patch("2819c223", patch().replace("active", true), { ifMatch: user });
    await client().users.delete("2819c223", { ifMatch: user });
    expect(server().requests.map((r) => r.headers["if-match"])).toEqual([VERSION, VERSION]);
  });

  it("refuses ifMatch with a resource that has no meta.version", async () => {
    const error = await client()
      .users.delete("2819c223", { ifMatch: { meta: {} } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain("etag.supported");
    expect(server().requests).toHaveLength(0);
  });

  it("returns NotModified, not an error, when a conditional get answers 304", async () => {
    server().reply({ status: 304, headers: { etag: VERSION } });
    const result = await client().users.get("2819c223", { ifNoneMatch: VERSION });
    expect(server().requests[0]?.headers["if-none-match"]).toBe(VERSION);
    expect(result).toBeInstanceOf(NotModified);
    expect(isNotModified(result) && result.version).toBe(VERSION);
  });

  it("returns the resource when it changed", async () => {
    server().reply({ status: 200, body: userResource({ meta: { version: 'W/"new"' } }) });
    const result = await client().users.get("2819c223", { ifNoneMatch: userResource() as never });
    expect(isNotModified(result)).toBe(false);
  });

  it("throws PreconditionFailedError with a hint to re-read on 412", async () => {
    server().reply({ status: 412, body: errorBody(412, "Resource version mismatch") });
    const error = await client()
      .users.replace("2819c223", { userName: "bjensen" }, { ifMatch: VERSION })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect((error as PreconditionFailedError).hint).toMatch(/re-read it .*meta\.version/);
  });
});
