import { describe, expect, it } from "vitest";
import { hintFor, type HintContext } from "../../src/client/hints.js";
import { InvalidFilterError, InvalidPathError, NoTargetError, ScimError } from "../../src/scim/errors.js";
import { useTestServer } from "./support/client-context.js";
import { errorBody } from "./support/fixtures.js";

const { server, client } = useTestServer();

const filterText = 'groups.value eq "2819c223"';
const list: HintContext = { operation: "list", resourceType: "User", filter: filterText, tokenSent: true };
const search: HintContext = { operation: "search", resourceType: "User", filter: filterText, tokenSent: true };
const patching: HintContext = { operation: "patch", resourceType: "Group", id: "e9e30dba", tokenSent: true };
const creating: HintContext = { operation: "create", resourceType: "User", input: { userName: "bjensen" }, tokenSent: true };

describe("error hints fit the request (RFC 7644 §3.12)", () => {
  it("says a 503 on a POST create was not retried and may have been applied (RFC 9110 §9.2.2), but 'retries ran out' on a GET", () => {
    const unavailable = new ScimError(503, "Service Unavailable");
    expect(hintFor(unavailable, creating)).toMatch(/POST is not retried.*may have been applied.*RFC 9110 §9\.2\.2/);
    expect(hintFor(unavailable, list)).toMatch(/retries ran out/);
  });

  it.each([
    ["a GET filter", list],
    ["a POST /.search filter", search],
  ])("explains invalidPath on %s in filter terms (§3.4.2.2), quoting the filter, not in PATCH terms", (_label, context) => {
    const hint = hintFor(new InvalidPathError('Unsupported filter path in "groups.value"'), context) ?? "";
    expect(hint).toContain(filterText);
    expect(hint).toMatch(/RFC 7644 §3\.4\.2\.2/);
    expect(hint).toMatch(/sub-attribute/);
    expect(hint).not.toMatch(/PATCH|patchPath|§3\.5\.2/);
  });

  it.each([
    ["a GET filter", list],
    ["a POST /.search filter", search],
  ])("explains invalidFilter on %s in filter terms (§3.4.2.2)", (_label, context) => {
    const hint = hintFor(new InvalidFilterError("bad filter"), context) ?? "";
    expect(hint).toContain(`the filter was: ${filterText}`);
    expect(hint).toMatch(/§3\.4\.2\.2/);
    expect(hint).not.toMatch(/PATCH|§3\.5\.2/);
  });

  it("explains invalidPath and invalidFilter on a PATCH in PATCH terms (§3.5.2)", () => {
    for (const error of [new InvalidPathError("bad path"), new InvalidFilterError("bad filter in path")]) {
      const hint = hintFor(error, patching) ?? "";
      expect(hint).toMatch(/PATCH path/);
      expect(hint).toMatch(/§3\.5\.2/);
      expect(hint).toMatch(/patchPath\(\)/);
      expect(hint).not.toMatch(/§3\.4\.2\.2/);
    }
  });

  it("explains noTarget in PATCH terms only: the path's filter matched nothing, and a remove may already be done", () => {
    const hint = hintFor(new NoTargetError("no match"), patching) ?? "";
    expect(hint).toMatch(/PATCH path's filter matched no value/);
    expect(hint).toMatch(/RFC 7644 §3\.5\.2/);
    expect(hint).toMatch(/may already be gone/);
    expect(hint).not.toMatch(/§3\.4\.2\.2/);
  });

  it.each([
    ["a filter", list, /filter's attribute names, operators and quoted values \(RFC 7644 §3\.4\.2\.2\): groups\.value/],
    ["a PATCH", patching, /each operation's path and value \(RFC 7644 §3\.5\.2\)/],
    ["a create", creating, /required attributes and the value types, against client\.schemas\(\)/],
  ])("says a 400 without scimType on %s did not name the rule, and what to look at", (_label, context, look) => {
    const hint = hintFor(new ScimError(400, "Bad Request"), context) ?? "";
    expect(hint).toMatch(/400 without a scimType, so it did not say which rule the request broke \(RFC 7644 §3\.12/);
    expect(hint).toMatch(/client\.lastExchange/);
    expect(hint).toMatch(look);
  });

  it("gives no untyped-400 hint for a 400 whose scimType it does not know", () => {
    expect(hintFor(new ScimError(400, "odd", { scimType: "somethingNew" as never }), list)).toBeUndefined();
  });

  it("attaches the filter hint to the error a query gets from the server", async () => {
    server().reply({ status: 400, body: errorBody(400, 'Unsupported filter path in "groups.value"', "invalidPath") });
    const error = (await client()
      .users.list({ filter: filterText })
      .catch((e: unknown) => e)) as InvalidPathError;
    expect(error).toBeInstanceOf(InvalidPathError);
    expect(error.hint).toMatch(/§3\.4\.2\.2/);
    expect(error.message).not.toMatch(/patchPath/);
  });

  it("attaches the untyped-400 hint to a PATCH refused with 400 and no scimType", async () => {
    server().reply({ status: 400, body: errorBody(400, "The filter matches no member") });
    const error = (await client()
      .groups.patch("e9e30dba", { Operations: [{ op: "remove", path: 'members[value eq "x"]' }] })
      .catch((e: unknown) => e)) as ScimError;
    expect(error.scimType).toBeUndefined();
    expect(error.hint).toMatch(/did not say which rule/);
    expect(error.hint).toMatch(/§3\.5\.2/);
  });
});
