import { z } from "zod";
import { BulkResponseSchema, type BulkResponse } from "../scim/bulk.js";
import { GroupInputSchema, type GroupInput } from "../scim/group-input.js";
import { GroupSchema, type Group } from "../scim/group.js";
import { listResponseSchema } from "../scim/list-response.js";
import { ResourceTypeSchema, type ResourceType } from "../scim/resource-type.js";
import { SchemaDefinitionSchema, type SchemaDefinition } from "../scim/schema.js";
import { ServiceProviderConfigSchema, type ServiceProviderConfig } from "../scim/service-provider-config.js";
import { SchemaUrn } from "../scim/urns.js";
import { UserInputSchema, type UserInput } from "../scim/user-input.js";
import { UserSchema, type User } from "../scim/user.js";
import { prepareBulk, type BulkRequestInput } from "./bulk.js";
import type { AllOptions, CallOptions } from "./call-options.js";
import { Engine } from "./engine.js";
import { environmentOptions } from "./environment.js";
import type { Exchange } from "./exchange-log.js";
import { RequestValidationError } from "./errors/request-validation-error.js";
import { listPageSchema, type ListPage } from "./list-page.js";
import { normalizeOptions, type ScimClientOptions } from "./options.js";
import { paginate } from "./paginate.js";
import type { RawRequest, RawResponse } from "./raw-request.js";
import { markPartial } from "./partial.js";
import { searchRequestBody, type ListQuery } from "./query.js";
import { ResourceEndpoint, type ResourceDefinition } from "./resource-endpoint.js";
import { DeviationRules } from "./deviation-rules.js";
import type { Deviation, DeviationInput } from "./deviations.js";
import type { ScimWarning } from "./warnings.js";

/** Any SCIM resource, as returned by a root search across resource types (unknown attributes kept). */
export type ScimResource = { schemas?: string[]; id?: string } & Record<string, unknown>;

/** `schemas` is REQUIRED (RFC 7643 §3), but an item without it is recorded in `client.deviations`, not refused. */
const ScimResourceSchema = z.object({ schemas: z.array(z.string()).optional(), id: z.string().optional() }).passthrough();
const ScimResourceListSchema = listPageSchema(ScimResourceSchema as z.ZodType<ScimResource, z.ZodTypeDef, unknown>);

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
 * `search`, discovery, and `bulk`. Every exchange is kept, redacted, in `client.exchanges`; what the
 * client did on your behalf (read-only attributes left out, invalid resources skipped) in
 * `client.warnings`. Every call takes `timeout`, `deadline` and `signal` options.
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
  readonly #given: ScimClientOptions;

  /** Create a client; options not given come from the defaults table (`ClientDefaults`). */
  constructor(options: ScimClientOptions = {}) {
    this.#given = { ...options };
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
   * Search every resource type at once with POST `/.search` at the root (expects 200). Invalid
   * resources are left out of `Resources` and listed in `page.invalid`.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
   */
  async search(query: ListQuery = {}, options: CallOptions = {}): Promise<ListPage<ScimResource>> {
    const body = searchRequestBody(query);
    const call = { operation: "search", path: "/.search", body, schema: ScimResourceListSchema, what: "ListResponse" } as const;
    const context = { filter: body.filter as string | undefined };
    const page = (await this.#engine.call({ ...call, context }, options)) as ListPage<ScimResource>;
    for (const resource of page.Resources) markPartial(resource, query);
    for (const item of page.invalid) {
      this.#engine.warn("SCIM_INVALID_RESOURCE", `a resource at index ${item.index} of a root search page is invalid (${item.message}); see page.invalid`, "RFC 7643 §3");
    }
    return page;
  }

  /**
   * Every resource of every type matching `query`, paging through POST `/.search` at the root, with the
   * rules of `users.all()` (each resource once, never a quiet early stop; `count` defaults to 100).
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
   */
  searchAll(query: ListQuery = {}, options: Omit<AllOptions, "via"> = {}): AsyncGenerator<ScimResource, void, undefined> {
    const { onInvalid = "throw", ...call } = options;
    if (query.count === 0) throw new RequestValidationError("query", "searchAll() pages through results: give count ≥ 1, or leave it out");
    const count = query.count ?? 100;
    return paginate(({ startIndex }) => this.search({ ...query, startIndex, count }, call), {
      firstIndex: query.startIndex ?? 1,
      count,
      onInvalid,
      describe: () => this.#engine.summary({ operation: "search", path: "/.search" }),
      onRepair: (code, message) => {
        this.#engine.warn(code, message, "RFC 7644 §3.4.2.4");
        if (code !== "SCIM_PAGING_TOTAL_WRONG") return;
        this.#engine.deviate({ ...DeviationRules.totalResultsWrong, item: "resource list", detail: message, request: "POST /.search" });
      },
    });
  }

  /**
   * What the server supports: patch, bulk limits, filter, sort, ETags, authentication schemes.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-4
   * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
   */
  async serviceProviderConfig(options: CallOptions = {}): Promise<ServiceProviderConfig> {
    const schema = ServiceProviderConfigSchema;
    const call = { operation: "discovery", path: "/ServiceProviderConfig", schema, what: "ServiceProviderConfig" } as const;
    return (await this.#engine.call(call, options)) as ServiceProviderConfig;
  }

  /**
   * The resource types the server serves (User, Group, …), with their endpoints and schemas.
   * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
   */
  async resourceTypes(options: CallOptions = {}): Promise<ResourceType[]> {
    return this.#discoverList("/ResourceTypes", ResourceTypeSchema, "ResourceType", options);
  }

  /**
   * The schemas the server uses, with every attribute's type, mutability, returned and uniqueness.
   * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
   */
  async schemas(options: CallOptions = {}): Promise<SchemaDefinition[]> {
    return this.#discoverList("/Schemas", SchemaDefinitionSchema, "Schema", options);
  }

  /**
   * Send many operations in one request (POST `/Bulk`, expects 200); later operations may refer to
   * resources created earlier as `bulkId:<bulkId>`. Checked before sending; retried only on 429 (the
   * server did not process it), never on 5xx or a reset connection.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
   */
  async bulk(request: BulkRequestInput, options: CallOptions = {}): Promise<BulkResponse> {
    const body = prepareBulk(
      request,
      (path) => {
        const collection = `/${path.split("/")[1] ?? ""}`.toLowerCase();
        return [UserEndpoint, GroupEndpoint].find((endpoint) => endpoint.path.toLowerCase() === collection);
      },
      (warning) => this.#engine.warn(warning.code, `bulk: ${warning.message}`, warning.rfc),
    );
    const call = { operation: "bulk", path: "/Bulk", body, schema: BulkResponseSchema, what: "BulkResponse" } as const;
    return (await this.#engine.call(call, options)) as BulkResponse;
  }

  /**
   * Send a request exactly as given, without the client's checks, once (no retry), and return the
   * answer whatever its status: to replay what an identity provider sends (`"op": "Replace"`,
   * `"active": "False"`), or what this client refuses to send (broken JSON as a string body, a PATCH
   * without `schemas`), and see what the server does with it. Recorded in `client.exchanges`, redacted.
   * Only a network error or a timeout throws.
   * @example
   * const answer = await client.raw({ method: "PATCH", path: `/Users/${id}`, body: { Operations: [{ op: "Replace", path: "active", value: "False" }] } });
   * answer.status; // 400 on a strict server
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
   */
  raw(request: RawRequest, options: CallOptions = {}): Promise<RawResponse> {
    return this.#engine.raw(request, options);
  }

  /**
   * The last 50 warnings (oldest first, newest last): read-only attributes the client left out of a
   * request, invalid resources left out of a page, paging repaired. Each is also handed to the
   * `onWarning` option (by default, each distinct message once to `console.warn`).
   */
  get warnings(): ScimWarning[] {
    return this.#engine.warnings.entries();
  }

  /** Forget the recorded warnings. */
  clearWarnings(): void {
    this.#engine.warnings.clear();
  }

  /**
   * How this server departed from RFC 7643 / RFC 7644 so far (oldest first, one entry per rule and item,
   * with a count): what the client read around, and what chapters observed and recorded.
   */
  get deviations(): Deviation[] {
    return this.#engine.deviations.entries();
  }

  /**
   * Record a deviation this client's caller observed (a PUT that merged, say); the client records what it
   * sees itself. A repeat of the same rule and item counts up.
   */
  recordDeviation(deviation: DeviationInput): void {
    this.#engine.deviate(deviation);
  }

  /** Forget the recorded deviations (a chapter starts its report afresh). */
  clearDeviations(): void {
    this.#engine.deviations.clear();
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

  /**
   * A new client for the same server and token, with `overrides` applied (another `retry`, `timeout`…).
   * It has its own connections, exchanges and deviations: close it with `close()` when done.
   * @example const patient = client.derive({ retry: { limit: 5 } });
   */
  derive(overrides: ScimClientOptions = {}): ScimClient {
    return new ScimClient({ ...this.#given, ...overrides });
  }

  /** Close the keep-alive connections (a dispatcher passed in options is left open). */
  close(): Promise<void> {
    return this.#engine.close();
  }

  async #discoverList<T>(path: string, item: z.ZodType<T, z.ZodTypeDef, unknown>, what: string, options: CallOptions): Promise<T[]> {
    const schema = z.union([listResponseSchema(item).transform((list) => list.Resources), z.array(item)]);
    return (await this.#engine.call({ operation: "discovery", path, schema, what: `${what} list` }, options)) as T[];
  }
}
