import type { Json } from "../check-context.js";
import type { CheckSuite } from "../check.js";
import { resourcesOf } from "../query.js";

const SPC = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

/** Resources of a discovery list: a ListResponse (RFC 7644 §4), or a bare array some servers send. */
function listed(body: unknown, resources: Json[]): Json[] {
  return Array.isArray(body) ? (body as Json[]) : resources;
}

/**
 * Discovery: /ServiceProviderConfig, /ResourceTypes and /Schemas, which clients read before anything else.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-4
 */
export const discoveryChecks: CheckSuite = {
  group: "discovery",
  checks: [
    {
      name: "service-provider-config",
      title: "GET /ServiceProviderConfig answers 200 with every capability the RFC lists",
      rfc: "RFC 7643 §5",
      async run(c) {
        const answer = await c.send({ method: "GET", path: "/ServiceProviderConfig" });
        c.expectStatus(answer, [200], "Serve GET /ServiceProviderConfig without parameters (RFC 7644 §4).");
        const config = c.resource(answer);
        c.expect(Array.isArray(config.schemas) && config.schemas.includes(SPC), `"schemas" containing "${SPC}"`, "Declare the ServiceProviderConfig schema URN in \"schemas\" (RFC 7643 §5).");
        const missing = ["patch", "bulk", "filter", "changePassword", "sort", "etag", "authenticationSchemes"].filter((key) => config[key] === undefined);
        c.expect(missing.length === 0, `patch, bulk, filter, changePassword, sort, etag and authenticationSchemes; missing: ${missing.join(", ")}`, "Add the missing capabilities, each with \"supported\" true or false (RFC 7643 §5).");
      },
    },
    {
      name: "resource-types",
      title: "GET /ResourceTypes lists User and Group with their endpoints and schemas",
      rfc: "RFC 7644 §4",
      async run(c) {
        const answer = await c.send({ method: "GET", path: "/ResourceTypes" });
        c.expectStatus(answer, [200], "Serve GET /ResourceTypes as a ListResponse of ResourceType resources (RFC 7644 §4, RFC 7643 §6).");
        const types = listed(answer.body, resourcesOf(answer));
        for (const [name, schema] of [["User", USER], ["Group", GROUP]]) {
          const type = types.find((entry) => entry.name === name);
          c.expect(type !== undefined, `a ResourceType named "${name}"`, `List the ${name} resource type (RFC 7643 §6).`);
          c.expect(type?.schema === schema && typeof type?.endpoint === "string", `ResourceType "${name}" with schema "${schema}" and an endpoint`, `Give the ${name} resource type its "endpoint" and "schema" (RFC 7643 §6).`);
        }
      },
    },
    {
      name: "resource-type-by-id",
      title: "GET /ResourceTypes/User answers the User resource type",
      rfc: "RFC 7644 §4",
      async run(c) {
        const answer = await c.send({ method: "GET", path: "/ResourceTypes/User" });
        c.expectStatus(answer, [200], "Serve each resource type at /ResourceTypes/{name} (RFC 7644 §4).");
        c.expect(c.resource(answer).schema === USER, `"schema": "${USER}"`, "Answer the User resource type itself (RFC 7643 §6).");
      },
    },
    {
      name: "schemas",
      title: "GET /Schemas lists the User and Group schemas with their attributes",
      rfc: "RFC 7644 §4",
      async run(c) {
        const answer = await c.send({ method: "GET", path: "/Schemas" });
        c.expectStatus(answer, [200], "Serve GET /Schemas as a ListResponse of schema definitions (RFC 7644 §4, RFC 7643 §7).");
        const schemas = listed(answer.body, resourcesOf(answer));
        for (const id of [USER, GROUP]) {
          const schema = schemas.find((entry) => entry.id === id);
          c.expect(schema !== undefined && Array.isArray(schema.attributes), `a schema with id "${id}" and its "attributes"`, `Publish the definition of ${id} (RFC 7643 §7, §8.7.1).`);
        }
      },
    },
    {
      name: "schema-by-urn",
      title: "GET /Schemas/{User URN} answers the User schema, with userName",
      rfc: "RFC 7644 §4",
      async run(c) {
        const answer = await c.send({ method: "GET", path: `/Schemas/${USER}` });
        c.expectStatus(answer, [200], "Serve each schema at /Schemas/{its URN} (RFC 7644 §4).");
        const attributes = c.resource(answer).attributes;
        const names = Array.isArray(attributes) ? attributes.map((attribute: Json) => attribute.name) : [];
        c.expect(names.includes("userName"), `attribute definitions including "userName"`, "Describe every User attribute (RFC 7643 §7, §8.7.1).");
      },
    },
    {
      name: "authentication",
      title: "A request without a token is refused with 401",
      rfc: "RFC 7644 §2",
      async run(c) {
        const answer = await c.send({ method: "GET", path: "/Users?count=1", anonymous: true });
        c.expectStatus(answer, [401], "Refuse unauthenticated requests with 401 Unauthorized (RFC 7644 §2, §3.12).");
      },
    },
  ],
};
