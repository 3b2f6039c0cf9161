import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { NetworkError } from "../../src/client/errors/network-error.js";
import { ScimClientError } from "../../src/client/errors/scim-client-error.js";
import { TimeoutError } from "../../src/client/errors/timeout-error.js";
import { UnexpectedResponseError } from "../../src/client/errors/unexpected-response-error.js";
import { ScimClient } from "../../src/client/scim-client.js";
import * as errors from "../../src/scim/errors.js";
import { useTestServer } from "./support/client-context.js";
import { TOKEN, errorBody, userResource } from "./support/fixtures.js";

const { server, client } = useTestServer();

type ErrorClass = new (...args: never[]) => errors.ScimError;

// One row per RFC 7644 §3.12 error: status, scimType, the class thrown, and what the hint says to do.
const cases: Array<[number, string | undefined, ErrorClass, RegExp]> = [
  [400, "invalidFilter", errors.InvalidFilterError, /the filter was: userName eq "x"/],
  [400, "tooMany", errors.TooManyError, /narrow the filter/],
  [400, "mutability", errors.MutabilityError, /read-only or immutable/],
  [400, "invalidSyntax", errors.InvalidSyntaxError, /lastExchange/],
  [400, "invalidPath", errors.InvalidPathError, /patchPath/],
  [400, "noTarget", errors.NoTargetError, /matched no value/],
  [400, "invalidValue", errors.InvalidValueError, /client\.schemas\(\)/],
  [400, "invalidVers", errors.InvalidVersionError, /SCIM version/],
  [401, undefined, errors.UnauthorizedError, /check SCIM_TOKEN/],
  [403, undefined, errors.ForbiddenError, /more rights/],
  [403, "sensitive", errors.SensitiveError, /search\(\)/],
  [404, undefined, errors.NotFoundError, /no User has id "2819c223"/],
  [409, undefined, errors.ConflictError, /current meta\.version/],
  [412, undefined, errors.PreconditionFailedError, /re-read it/],
  [413, undefined, errors.PayloadTooLargeError, /split the bulk request/],
  [500, undefined, errors.InternalServerError, /its log/],
  [501, undefined, errors.NotImplementedError, /serviceProviderConfig\(\)/],
];

describe("server errors become ScimError subclasses with a hint", () => {
  it.each(cases)("%i %s → %o", async (status, scimType, ErrorClass, hint) => {
    server().reply({ status, body: errorBody(status, `The server said ${status}`, scimType) });
    const queries = ["invalidFilter", "tooMany", "sensitive"].includes(scimType ?? "");
    const call = queries ? client().users.list({ filter: 'userName eq "x"' }) : client().users.get("2819c223");
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    const scimError = error as errors.ScimError;
    expect(scimError.status).toBe(status);
    expect(scimError.scimType).toBe(scimType);
    expect(scimError.detail).toBe(`The server said ${status}`);
    expect(scimError.hint).toMatch(hint);
    expect(scimError.message).toContain(scimError.hint);
    expect(scimError.request?.method).toBe("GET");
    expect(scimError.request?.url).toMatch(/\/scim\/v2\/Users/);
    expect(scimError.message).not.toContain(TOKEN);
  });

  it("409 uniqueness on a user create says how to find the existing user", async () => {
    server().reply({ status: 409, body: errorBody(409, "userName is already taken", "uniqueness") });
    const error = await client().users.create({ userName: "bjensen" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.UniquenessError);
    expect((error as errors.ScimError).hint).toBe(
      'a user with this userName exists; find it with filter userName eq "bjensen"',
    );
  });

  it("401 without a token says to set one", async () => {
    server().reply({ status: 401, body: errorBody(401, "Authorization failure") });
    const error = await client({ token: undefined }).users.get("x").catch((e: unknown) => e);
    expect((error as errors.ScimError).hint).toMatch(/no bearer token was sent/);
    expect(server().requests[0]?.headers.authorization).toBeUndefined();
  });

  it("keeps the token out of a server detail that echoes it", async () => {
    server().reply({ status: 401, body: errorBody(401, `token ${TOKEN} is unknown`) });
    const error = await client().users.get("x").catch((e: unknown) => e);
    expect((error as Error).message).not.toContain(TOKEN);
    expect((error as Error).message).toContain("[redacted]");
  });
});

describe("responses that are not SCIM", () => {
  it("an HTML 502 from a proxy is an UnexpectedResponseError with an excerpt", async () => {
    server().reply({ status: 502, headers: { "content-type": "text/html" }, body: "<html><body>Bad Gateway</body></html>" });
    const error = await client().users.get("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    const unexpected = error as UnexpectedResponseError;
    expect(unexpected.status).toBe(502);
    expect(unexpected.contentType).toBe("text/html");
    expect(unexpected.bodyExcerpt).toContain("Bad Gateway");
    expect(unexpected).toBeInstanceOf(ScimClientError);
  });

  it("a 200 whose body is not JSON is an UnexpectedResponseError", async () => {
    server().reply({ status: 200, headers: { "content-type": "text/plain" }, body: "OK" });
    await expect(client().users.get("x")).rejects.toThrow(/the body is not JSON/);
  });
});

describe("no answer", () => {
  it("times out with a TimeoutError that keeps its cause", async () => {
    server().reply({ status: 200, body: userResource(), delayMs: 500 });
    const error = await client({ timeout: 100 }).users.get("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(100);
    expect((error as Error).message).toMatch(/timed out after 100 ms/);
    expect((error as Error).cause).toBeDefined();
  });

  it("connection refused says to start the server or set SCIM_BASE_URL", async () => {
    const port = await closedPort();
    const refused = new ScimClient({ baseUrl: `http://127.0.0.1:${port}/scim/v2`, token: TOKEN });
    const error = await refused.users.get("x").catch((e: unknown) => e);
    await refused.close();
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe("ECONNREFUSED");
    expect((error as Error).message).toMatch(/Is the server running\? Start it with `npm start` or set SCIM_BASE_URL/);
    expect((error as Error).message).not.toContain(TOKEN);
    expect((error as Error).cause).toBeDefined();
  });
});

describe("a closed client", () => {
  it("says it was closed instead of pretending the network failed", async () => {
    server().reply({ status: 200, body: userResource() });
    const closed = client();
    await closed.close();
    const error = await closed.users.get("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/this client was closed with close\(\)/);
  });
});

/** A port nothing listens on: bind one, then release it. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
