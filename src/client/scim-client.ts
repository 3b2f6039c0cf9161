import { z } from "zod";
import { BulkResponseSchema, type BulkResponse } from "../scim/bulk.js";
import { GroupInputSchema, type GroupInput } from "../scim/group-input.js";
import { GroupSchema, type Group } from "../scim/group.js";
import { listResponseSchema, type ListResponse } from "../scim/list-response.js";
import { ResourceTypeSchema, type ResourceType } from "../scim/resource-type.js";
import { SchemaDefinitionSchema, type SchemaDefinition } from "../scim/schema.js";
import { ServiceProviderConfigSchema, type ServiceProviderConfig } from "../scim/service-provider-config.js";
import { SchemaUrn } from "../scim/urns.js";
import { UserInputSchema, type UserInput } from "../scim/user-input.js";
import { UserSchema, type User } from "../scim/user.js";
import { prepareBulk, type BulkRequestInput } from "./bulk.js";
import { Engine } from "./engine.js";
import { environmentOptions } from "./environment.js";
import type { Exchange } from "./exchange-log.js";
import { normalizeOptions, type ScimClientOptions } from "./options.js";
import { searchRequestBody, type ListQuery } from "./query.js";
import { ResourceEndpoint, type ResourceDefinition } from "./resource-endpoint.js";

/** Any SCIM resource, as returned by a root search across resource types (unknown attributes kept). */
export type ScimResource = { schemas: string[]; id?: string } & Record<string, unknown>;

const ScimResourceSchema = z.object({ schemas: z.array(z.string()), id: z.string().optional() }).passthrough();
const ScimResourceListSchema = listResponseSchema(ScimResourceSchema) as z.ZodType<ListResponse<ScimResource>, z.ZodTypeDef, unknown>;

/** The `/Users` endpoint (RFC 7643 §4.1), served by `client.users` and checked the same way in `bulk`. */
const UserEndpoint: ResourceDefinition<User, UserInput> = {
  path: "/Users",
  resourceType: "User",
  coreSchema: SchemaUrn.User,
  schema: UserSchema,
  inputSchema: UserInputSchema,
};

/** The `/Groups` endpoint (RFC 7643 §4.2), served by `client.groups` and checked the same way in `bulk`. */
const GroupEndpoint: ResourceDefinition<Group, GroupInput> = {
  path: "/Groups",
  resourceType: "Group",
  coreSchema: SchemaUrn.Group,
  schema: GroupSchema,
  inputSchema: GroupInputSchema,
};

/**
 * A typed SCIM 2.0 client: `client.users` and `client.groups` for the resource endpoints, root
 * `search`, discovery, and `bulk`. Every exchange is kept, redacted, in `client.exchanges`.
 *
 * @example
 * const client = ScimClient.fromEnvironment();
 * const user = await client.users.create({ userName: "bjensen", name: { givenName: "Barbara" } });
 * for await (const u of client.users.all({ filter: 'userName sw "b"' })) console.log(u.userName);
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export class ScimClient {
  /** The `/Users` endpoint, RFC 7643 §4.1. */
  readonly users: ResourceEndpoint<User, UserInput>;
  /** The `/Groups` endpoint, RFC 7643 §4.2. */
  readonly groups: ResourceEndpoint<Group, GroupInput>;
  /** The base URL requests go to, e.g. `http://127.0.0.1:8880/scim/v2`. */
  readonly baseUrl: string;
  readonly #engine: Engine;

  /** Create a client; options not given come from the defaults table (`ClientDefaults`). */
  constructor(options: ScimClientOptions = {}) {
    const normalized = normalizeOptions(options);
    this.#engine = new Engine(normalized);
    this.baseUrl = normalized.baseUrl.href;
    this.users = new ResourceEndpoint(this.#engine, UserEndpoint);
    this.groups = new ResourceEndpoint(this.#engine, GroupEndpoint);
  }

  /**
   * A client for the server the environment names: `SCIM_BASE_URL` (else the running `npm start`
   * server from `.scimlab/server.json`, else `http://127.0.0.1:8880/scim/v2`) and `SCIM_TOKEN` (else
   * the development token in `.scimlab/dev-token`). `overrides` win over both.
   */
  static fromEnvironment(overrides: ScimClientOptions = {}): ScimClient {
    const { baseUrl, token } = environmentOptions();
    return new ScimClient({ baseUrl, token, ...overrides });
  }

  /**
   * Search every resource type at once with POST `/.search` at the root (expects 200).
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
   */
  async search(query: ListQuery = {}): Promise<ListResponse<ScimResource>> {
    const body = searchRequestBody(query);
    const call = { operation: "search", path: "/.search", body, schema: ScimResourceListSchema, what: "ListResponse" } as const;
    const context = { filter: body.filter as string | undefined };
    return (await this.#engine.call({ ...call, context })) as ListResponse<ScimResource>;
  }

  /**
   * What the server supports: patch, bulk limits, filter, sort, ETags, authentication schemes.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-4
   * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
   */
  async serviceProviderConfig(): Promise<ServiceProviderConfig> {
    const schema = ServiceProviderConfigSchema;
    const call = { operation: "discovery", path: "/ServiceProviderConfig", schema, what: "ServiceProviderConfig" } as const;
    return (await this.#engine.call(call)) as ServiceProviderConfig;
  }

  /**
   * The resource types the server serves (User, Group, …), with their endpoints and schemas.
   * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
   */
  async resourceTypes(): Promise<ResourceType[]> {
    return this.#discoverList("/ResourceTypes", ResourceTypeSchema, "ResourceType");
  }

  /**
   * The schemas the server uses, with every attribute's type, mutability, returned and uniqueness.
   * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
   */
  async schemas(): Promise<SchemaDefinition[]> {
    return this.#discoverList("/Schemas", SchemaDefinitionSchema, "Schema");
  }

  /**
   * Send many operations in one request (POST `/Bulk`, expects 200); later operations may refer to
   * resources created earlier as `bulkId:<bulkId>`. Checked before sending; never retried.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
   */
  async bulk(request: BulkRequestInput): Promise<BulkResponse> {
    const body = prepareBulk(request, (path) => {
      const collection = `/${path.split("/")[1] ?? ""}`.toLowerCase();
      return [UserEndpoint, GroupEndpoint].find((endpoint) => endpoint.path.toLowerCase() === collection);
    });
    const call = { operation: "bulk", path: "/Bulk", body, schema: BulkResponseSchema, what: "BulkResponse" } as const;
    return (await this.#engine.call(call)) as BulkResponse;
  }

  /** The last exchanges (oldest first), redacted: method, url, status, headers, bodies, timing. */
  get exchanges(): Exchange[] {
    return this.#engine.log.entries();
  }

  /** The most recent exchange, redacted, to show what went over the wire. */
  get lastExchange(): Exchange | undefined {
    return this.#engine.log.last();
  }

  /** Forget the recorded exchanges. */
  clearExchanges(): void {
    this.#engine.log.clear();
  }

  /** Close the keep-alive connections (a dispatcher passed in options is left open). */
  close(): Promise<void> {
    return this.#engine.close();
  }

  async #discoverList<T>(path: string, item: z.ZodType<T, z.ZodTypeDef, unknown>, what: string): Promise<T[]> {
    const schema = z.union([listResponseSchema(item).transform((list) => list.Resources), z.array(item)]);
    return (await this.#engine.call({ operation: "discovery", path, schema, what: `${what} list` })) as T[];
  }
}
