import { describe, expect, it } from "vitest";
import { PartialResourceError } from "../../src/client/errors/partial-resource-error.js";
import { RequestValidationError } from "../../src/client/errors/request-validation-error.js";
import { partialMark, partialSelection } from "../../src/client/partial.js";
import { useTestServer } from "./support/client-context.js";
import { listOf, userResource } from "./support/fixtures.js";

const { server, client } = useTestServer();

describe("resources read with attributes or excludedAttributes are marked partial", () => {
  it("get() marks the resource; the mark survives a spread but never reaches JSON", async () => {
    server().reply({ status: 200, body: userResource() });
    const user = await client().users.get("u1", { attributes: ["userName"] });
    expect(partialSelection(user)).toEqual({ attributes: ["userName"] });
    const edited = { ...user, title: "x" };
    expect((edited as Record<symbol, unknown>)[partialMark]).toEqual({ attributes: ["userName"] });
    expect(Object.getOwnPropertySymbols(edited)).toContain(Symbol.for("scimlab.partial"));
    expect(JSON.stringify(edited)).not.toContain("scimlab");
  });

  it("list(), search() and all() mark each resource; a whole read does not", async () => {
    server().reply({ status: 200, body: listOf([userResource()]) });
    const page = await client().users.list({ excludedAttributes: ["emails"] });
    expect(partialSelection(page.Resources[0])).toEqual({ excludedAttributes: ["emails"] });
    server().reply({ status: 200, body: listOf([userResource()]) });
    const found = await client().users.search({ attributes: ["userName"] });
    expect(partialSelection(found.Resources[0])).toBeDefined();
    for await (const user of client().users.all({ attributes: ["id"] })) expect(partialSelection(user)).toEqual({ attributes: ["id"] });
    server().reply({ status: 200, body: userResource() });
    expect(partialSelection(await client().users.get("u1"))).toBeUndefined();
  });
});

describe("replace() refuses a partial resource", () => {
  it("throws a PartialResourceError naming RFC 7644 §3.5.1 and what to do, and sends nothing", async () => {
    server().reply({ status: 200, body: userResource() });
    const scim = client();
    const user = await scim.users.get("u1", { attributes: ["userName"] });
    const error = await scim.users.replace("u1", { ...user, title: "Boss" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialResourceError);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ code: "SCIM_PARTIAL_REPLACE", selection: { attributes: ["userName"] } });
    expect((error as Error).message).toMatch(/clear every attribute not read \(RFC 7644 §3\.5\.1\).*get\(id\).*patch\(\)/);
    expect(server().requests).toHaveLength(1);
  });

  it("accepts a resource read whole and edited", async () => {
    server().reply({ status: 200, body: userResource() });
    const scim = client();
    const user = await scim.users.get("u1");
    server().reply({ status: 200, body: userResource({ title: "Boss" }) });
    await expect(scim.users.replace("u1", { ...user, title: "Boss" })).resolves.toMatchObject({ title: "Boss" });
  });
});
