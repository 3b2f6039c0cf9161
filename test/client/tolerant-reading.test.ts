import { describe, expect, it } from "vitest";
import { DeviationLog } from "../../src/client/deviations.js";
import { InvalidResourceError } from "../../src/client/errors/invalid-resource-error.js";
import { ResponseValidationError } from "../../src/client/errors/response-validation-error.js";
import { ScimError } from "../../src/scim/errors.js";
import { SchemaUrn } from "../../src/scim/urns.js";
import { useTestServer } from "./support/client-context.js";
import { errorBody, listOf, userResource } from "./support/fixtures.js";

const { server, client } = useTestServer();

const quiet = () => client({ onWarning: () => {} });

describe("validating answers against what the RFC requires, never more", () => {
  it("reads a ServiceProviderConfig without the REQUIRED numbers of unsupported features, and records each (RFC 7643 §5)", async () => {
    server().reply({
      status: 200,
      body: {
        patch: { supported: true },
        bulk: { supported: false },
        filter: { supported: true },
        changePassword: { supported: false },
        sort: { supported: false },
        etag: { supported: "True" },
        authenticationSchemes: [],
      },
    });
    const scim = quiet();
    const config = await scim.serviceProviderConfig();
    expect(config.bulk).toEqual({ supported: false });
    expect(config.etag.supported).toBe(true);
    expect(scim.deviations.map((d) => [d.rfc, d.rule])).toEqual([
      ["RFC 7643 §5", "bulk.maxOperations is REQUIRED in the ServiceProviderConfig"],
      ["RFC 7643 §5", "bulk.maxPayloadSize is REQUIRED in the ServiceProviderConfig"],
      ["RFC 7643 §5", "filter.maxResults is REQUIRED in the ServiceProviderConfig"],
      ["RFC 7643 §3", expect.stringContaining("schemas")],
      ["RFC 7643 §2.3.2", expect.stringContaining("Boolean")],
    ]);
    expect(scim.deviations[0]).toMatchObject({
      kind: "violation",
      item: "ServiceProviderConfig",
      request: "GET /ServiceProviderConfig",
      detail: 'sent bulk {"supported":false} (marked unsupported) without maxOperations',
    });
  });

  it("reads a Group whose members have no value (RFC 7643 §8.7.1: required false)", async () => {
    server().reply({ status: 200, headers: { etag: 'W/"1"' }, body: { schemas: [SchemaUrn.Group], id: "g1", displayName: "Sales", members: [{ display: "Pam" }] } });
    const scim = quiet();
    const group = await scim.groups.get("g1");
    expect(group.members).toEqual([{ display: "Pam" }]);
    expect(scim.deviations).toEqual([]);
  });

  it("records members emptied of their sub-attributes only when attributes= asked for them (RFC 7644 §3.9)", async () => {
    server().reply({ status: 200, headers: { etag: 'W/"1"' }, body: { schemas: [SchemaUrn.Group], id: "g1", members: [{}, {}] } });
    const scim = quiet();
    const group = await scim.groups.get("g1", { attributes: ["members"] });
    expect(group.members).toEqual([{}, {}]);
    expect(scim.deviations).toEqual([
      expect.objectContaining({ rfc: "RFC 7644 §3.9", item: "Group g1", detail: "sent members (2 of 2 values) without their sub-attributes", request: "GET /Groups/g1" }),
    ]);
  });

  it("names a list item without an id by its place in the results", async () => {
    server().reply({ status: 200, body: listOf([{ userName: "x" }, userResource()], 10, 4) });
    const scim = quiet();
    const page = await scim.users.list({ startIndex: 4, count: 2 });
    expect(page.Resources).toHaveLength(1);
    expect(page.invalid[0]?.index).toBe(0);
    expect(scim.deviations.map((d) => d.item)).toEqual(["GET /Users item 4"]);
  });

  it("records a totalResults smaller than the page it came with (RFC 7644 §3.4.2)", async () => {
    server().reply({ status: 200, body: listOf([userResource({ id: "u3" }), userResource({ id: "u4" })], 2, 3) });
    const scim = quiet();
    await scim.users.list({ startIndex: 3, count: 2 });
    expect(scim.deviations).toEqual([
      expect.objectContaining({ rfc: "RFC 7644 §3.4.2", item: "User list", detail: "sent totalResults 2 with 2 resources from startIndex 3" }),
    ]);
  });
});

describe("what deviates in an answer's status, headers or error", () => {
  it("records a 201 without Location or ETag, naming the created resource", async () => {
    server().reply({ status: 201, body: userResource({ id: "new1" }) });
    const scim = quiet();
    await scim.users.create({ userName: "bjensen" });
    expect(scim.deviations.map((d) => [d.rfc, d.kind, d.item])).toEqual([
      ["RFC 7644 §3.3", "violation", "User new1"],
      ["RFC 7644 §3.14", "variation", "User new1"],
    ]);
  });

  it("records a 400 without scimType, and a 501 to a valid filter, and still throws the ScimError", async () => {
    server().reply({ status: 501, body: errorBody(501, "sub-attribute filters are not supported") });
    const scim = quiet();
    const filter = 'emails[type eq "work"] and name.familyName sw "J"';
    await expect(scim.users.list({ filter })).rejects.toBeInstanceOf(ScimError);
    server().reply({ status: 400, body: errorBody(400, "bad request") });
    await expect(scim.users.patch("u1", { Operations: [{ op: "remove", path: "title" }] })).rejects.toBeInstanceOf(ScimError);
    expect(scim.deviations.map((d) => [d.rfc, d.item])).toEqual([
      ["RFC 7644 §3.4.2.2", `filter ${filter}`],
      ["RFC 7644 §3.12", "PATCH /Users/u1"],
    ]);
  });

  it("does not call a refusal of an unknown attribute, or a 400 tooMany, a refused valid filter", async () => {
    const scim = quiet();
    server().reply({ status: 400, body: errorBody(400, "no such attribute", "invalidFilter") });
    await expect(scim.users.list({ filter: 'shoeSize eq "42"' })).rejects.toBeInstanceOf(ScimError);
    server().reply({ status: 400, body: errorBody(400, "too many", "tooMany") });
    await expect(scim.users.list({ filter: 'userName sw "a"' })).rejects.toBeInstanceOf(ScimError);
    expect(scim.deviations).toEqual([]);
  });
});

describe("what makes the data unusable raises a typed error naming the item, the rule and the section", () => {
  it("a User whose userName is a number: ResponseValidationError for `User u9`, RFC 7643 §4.1", async () => {
    server().reply({ status: 200, headers: { etag: 'W/"1"' }, body: userResource({ id: "u9", userName: 42 }) });
    const error = await quiet().users.get("u9").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ code: "SCIM_INVALID_RESPONSE", item: "User u9", rfc: "RFC 7643 §4.1" });
    expect((error as Error).message).toMatch(/not a valid User \(User u9\).*"userName" must be a string.*RFC 7643 §4\.1/s);
  });

  it("a User without id: the rule and the section", async () => {
    server().reply({ status: 201, body: { schemas: [SchemaUrn.User], userName: "bjensen" } });
    const error = await quiet().users.create({ userName: "bjensen" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ item: "User", rfc: "RFC 7643 §4.1" });
    expect((error as Error).message).toMatch(/"id" is required.*RFC 7643 §4\.1/s);
  });

  it('a list item with active "yes" is left out of the page, and all() names it with its section', async () => {
    const bad = userResource({ id: "u2", active: "yes" });
    server().reply({ status: 200, body: listOf([userResource({ id: "u1", active: "true" }), bad]) });
    const scim = quiet();
    const page = await scim.users.list();
    expect(page.Resources.map((u) => [u.id, u.active])).toEqual([["u1", true]]);
    expect(page.invalid.map((item) => item.id)).toEqual(["u2"]);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const user of scim.users.all()) seen.push(user.id);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["u1"]);
    expect(error).toBeInstanceOf(InvalidResourceError);
    expect(error).toMatchObject({ rfc: "RFC 7643 §4.1" });
    expect((error as Error).message).toMatch(/position 2 \(id "u2"\).*"active" must be a boolean.*RFC 7643 §4\.1/s);
  });
});

describe("the deviation log when full", () => {
  it("drops new items of a rule it holds, but never a rule it has not seen", () => {
    const log = new DeviationLog(2);
    for (const item of ["User 1", "User 2", "User 3"]) log.record({ kind: "violation", rule: "schemas", rfc: "RFC 7643 §3", item });
    log.record({ kind: "violation", rule: "Location", rfc: "RFC 7644 §3.3", item: "User 4" });
    expect(log.entries().map((d) => d.item)).toEqual(["User 1", "User 2", "User 4"]);
  });
});
