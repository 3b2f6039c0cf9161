import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/client/errors/response-validation-error.js";
import { SchemaUrn } from "../../src/scim/urns.js";
import { useTestServer } from "./support/client-context.js";
import { listOf } from "./support/fixtures.js";

const { server, client } = useTestServer();

const userType = {
  schemas: [SchemaUrn.ResourceType],
  id: "User",
  name: "User",
  endpoint: "/Users",
  schema: SchemaUrn.User,
};

describe("discovery (RFC 7644 §4)", () => {
  it("reads /ServiceProviderConfig", async () => {
    const config = {
      schemas: [SchemaUrn.ServiceProviderConfig],
      patch: { supported: true },
      bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: true },
      etag: { supported: true },
      authenticationSchemes: [],
    };
    server().reply({ status: 200, body: config });
    const result = await client().serviceProviderConfig();
    expect(result.bulk.maxOperations).toBe(1000);
    expect(server().requests[0]?.url).toBe("/scim/v2/ServiceProviderConfig");
  });

  it("returns the resources of /ResourceTypes", async () => {
    server().reply({ status: 200, body: listOf([userType]) });
    expect((await client().resourceTypes()).map((t) => t.endpoint)).toEqual(["/Users"]);
  });

  it("also accepts a bare array, as some servers send", async () => {
    server().reply({ status: 200, body: [userType] });
    expect(await client().resourceTypes()).toHaveLength(1);
  });

  it("fails with the zod issues when /Schemas is not a list of schemas", async () => {
    server().reply({ status: 200, body: { hello: "world" } });
    await expect(client().schemas()).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
