import { afterEach, describe, expect, it, vi } from "vitest";
import { useTestServer } from "./support/client-context.js";
import { listOf, userResource } from "./support/fixtures.js";

const { server, client } = useTestServer();

afterEach(() => vi.restoreAllMocks());

describe("read-only attributes left out of a request are reported", () => {
  it("create() with groups: left out of the body, with a warning naming the attribute, the rule and the way", async () => {
    server().reply({ status: 201, body: userResource() });
    const scim = client({ onWarning: () => {} });
    await scim.users.create({ userName: "bjensen", groups: [{ value: "g1" }] } as never);
    expect(server().requests[0]?.json).not.toHaveProperty("groups");
    expect(scim.warnings).toEqual([
      {
        code: "SCIM_READONLY_DROPPED",
        rfc: "RFC 7643 §4.1.2",
        message: expect.stringMatching(/groups is readOnly \(RFC 7643 §4\.1\.2\): the client left it out of the request; change membership through the Group \(PATCH \/Groups\/\{id\} members\)/),
      },
    ]);
  });

  it("names id and other read-only attributes of a fresh input", async () => {
    server().reply({ status: 201, body: userResource() });
    const scim = client({ onWarning: () => {} });
    await scim.users.create({ id: "mine", userName: "bjensen" } as never);
    expect(scim.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^User: id is readOnly \(RFC 7643 §3\.1\).*externalId/)]);
  });

  it("stays silent for a resource read from the server and sent back (it has meta)", async () => {
    server().reply({ status: 200, body: userResource({ groups: [{ value: "g1", display: "Admins" }] }) });
    const scim = client({ onWarning: () => {} });
    const user = await scim.users.get("u1");
    server().reply({ status: 200, body: userResource() });
    await scim.users.replace("u1", { ...user, title: "Boss" });
    expect(scim.warnings).toEqual([]);
  });
});

describe("the warnings channel", () => {
  it("writes each distinct message once to console.warn by default", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const scim = client();
    for (let i = 0; i < 3; i++) {
      server().reply({ status: 201, body: userResource() });
      await scim.users.create({ userName: "bjensen", groups: [{ value: "g1" }] } as never);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^scimlab: User: groups is readOnly/);
    expect(scim.warnings).toHaveLength(3);
    scim.clearWarnings();
    expect(scim.warnings).toEqual([]);
  });

  it("keeps the last 50, newest last", async () => {
    const scim = client({ onWarning: () => {} });
    const bad = Array.from({ length: 60 }, (_, i) => userResource({ id: `bad${i}`, userName: 1 }));
    server().reply({ status: 200, body: listOf(bad) });
    await scim.users.list();
    expect(scim.warnings).toHaveLength(50);
    expect(scim.warnings.at(-1)?.message).toContain('"bad59"');
  });
});

describe("list() and search() with an invalid resource", () => {
  it("returns the valid resources and reports the invalid one with its index, id and rule", async () => {
    const seen: string[] = [];
    const scim = client({ onWarning: (w) => seen.push(w.code) });
    server().reply({ status: 200, body: listOf([userResource({ id: "a" }), userResource({ id: "b", userName: 7 }), userResource({ id: "c" })]) });
    const page = await scim.users.list();
    expect(page.Resources.map((u) => u.id)).toEqual(["a", "c"]);
    expect(page.invalid).toEqual([{ index: 1, id: "b", message: expect.stringContaining("userName"), issues: expect.any(Array) }]);
    expect(seen).toEqual(["SCIM_INVALID_RESOURCE"]);
    expect(scim.warnings[0]?.message).toMatch(/index 1 \(id "b"\).*page\.invalid: do not treat it as deleted/);
  });

  it("gives an empty invalid list when every resource is valid", async () => {
    server().reply({ status: 200, body: listOf([userResource()]) });
    expect((await client().users.search()).invalid).toEqual([]);
  });
});
