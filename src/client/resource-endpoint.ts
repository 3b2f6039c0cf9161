import type { ZodType, ZodTypeDef } from "zod";
import { listResponseSchema, type ListResponse } from "../scim/list-response.js";
import type { Engine, ScimCall } from "./engine.js";
import type { GetOptions, ResourceDefinition, WriteOptions } from "./endpoint-options.js";
import { ifMatchHeaders, versionOf, type NotModified } from "./etag.js";
import { RequestValidationError } from "./errors/request-validation-error.js";
import { paginate } from "./paginate.js";
import { prepareInput } from "./prepare-input.js";
import { preparePatch, type PatchInput } from "./prepare-patch.js";
import { queryParameters, searchRequestBody, type AttributeSelection, type ListQuery } from "./query.js";

export type { GetOptions, ResourceDefinition, WriteOptions } from "./endpoint-options.js";

/**
 * The operations on one resource endpoint (`/Users`, `/Groups`): create, read, query, replace,
 * patch, delete. Request bodies are checked strictly before they leave; responses are parsed
 * leniently; server errors are thrown as `ScimError` subclasses with a hint.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export class ResourceEndpoint<T, TInput> {
  readonly #engine: Engine;
  readonly #def: ResourceDefinition<T, TInput>;
  readonly #list: ZodType<ListResponse<T>, ZodTypeDef, unknown>;

  /** Serve the endpoint `definition` describes through `engine`; `ScimClient` builds `users` and `groups` so. */
  constructor(engine: Engine, definition: ResourceDefinition<T, TInput>) {
    this.#engine = engine;
    this.#def = definition;
    this.#list = listResponseSchema(definition.schema) as ZodType<ListResponse<T>, ZodTypeDef, unknown>;
  }

  /**
   * Create a resource (POST, expects 201). Read-only attributes are dropped, `schemas` is filled in.
   * Never retried: a second POST could create a duplicate.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
   */
  async create(input: TInput): Promise<T> {
    const body = prepareInput(this.#def, input, "create");
    return (await this.#call({ operation: "create", path: this.#def.path, body, context: { input: body } })) as T;
  }

  /**
   * Read one resource by id (GET, expects 200). With `ifNoneMatch`, a 304 Not Modified answer returns a
   * {@link NotModified} result (your copy is current), not an error.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.1
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
   */
  get(id: string, options?: AttributeSelection & { ifNoneMatch?: undefined }): Promise<T>;
  get(id: string, options: GetOptions): Promise<T | NotModified>;
  async get(id: string, options: GetOptions = {}): Promise<T | NotModified> {
    const ifNoneMatch = options.ifNoneMatch === undefined ? undefined : versionOf(options.ifNoneMatch, "ifNoneMatch");
    const { attributes, excludedAttributes } = options;
    return (await this.#call({
      operation: "get",
      path: this.#resourcePath(id),
      query: queryParameters({ attributes, excludedAttributes }),
      headers: ifNoneMatch === undefined ? {} : { "if-none-match": ifNoneMatch },
      ifNoneMatch,
      context: { id },
    })) as T | NotModified;
  }

  /**
   * Query resources with URL parameters (GET, expects 200): filter, sort, page, attributes.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
   */
  async list(query: ListQuery = {}): Promise<ListResponse<T>> {
    const parameters = queryParameters(query);
    const call = { operation: "list", path: this.#def.path, query: parameters, schema: this.#list } as const;
    return (await this.#call({ ...call, context: { filter: parameters.filter } })) as ListResponse<T>;
  }

  /**
   * Query resources with POST `/.search` (expects 200): the same query in a body, so filters with
   * personal data stay out of URLs and logs.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
   */
  async search(query: ListQuery = {}): Promise<ListResponse<T>> {
    const body = searchRequestBody(query);
    const call = { operation: "search", path: `${this.#def.path}/.search`, body, schema: this.#list } as const;
    return (await this.#call({ ...call, context: { filter: body.filter as string | undefined } })) as ListResponse<T>;
  }

  /**
   * Every resource matching `query`, fetching page after page with `list` (`startIndex`, `count`).
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
   */
  all(query: ListQuery = {}): AsyncGenerator<T, void, undefined> {
    return paginate((startIndex) => this.list({ ...query, startIndex }), query.startIndex ?? 1);
  }

  /**
   * Replace a resource (PUT, expects 200) with `input`; attributes left out are cleared. `input` may be
   * a resource read earlier and edited: its read-only attributes (`id`, `meta`, …) are dropped.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
   */
  async replace(id: string, input: TInput | T, options: WriteOptions = {}): Promise<T> {
    const body = prepareInput(this.#def, input, "replace");
    const path = this.#resourcePath(id);
    const headers = ifMatchHeaders(options.ifMatch);
    return (await this.#call({ operation: "replace", path, body, headers, context: { id, input: body } })) as T;
  }

  /**
   * Modify a resource (PATCH) with a PatchOp or a `patch()` builder. A 204 No Content answer is
   * followed by a get, so the result is always the resource. Never retried.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
   */
  async patch(id: string, operations: PatchInput, options: WriteOptions = {}): Promise<T> {
    const body = preparePatch(operations);
    const path = this.#resourcePath(id);
    const result = await this.#call({ operation: "patch", path, body, headers: ifMatchHeaders(options.ifMatch), context: { id } });
    return result === undefined ? this.get(id) : (result as T);
  }

  /**
   * Delete a resource (DELETE, expects 204).
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.6
   */
  async delete(id: string, options: WriteOptions = {}): Promise<void> {
    const call = { operation: "delete", path: this.#resourcePath(id), headers: ifMatchHeaders(options.ifMatch) } as const;
    await this.#engine.call({ ...call, what: this.#def.resourceType, context: this.#context({ id }) });
  }

  #call(call: Omit<ScimCall<unknown>, "what">): Promise<unknown> {
    const full = { schema: this.#def.schema, ...call, what: this.#def.resourceType };
    return this.#engine.call({ ...full, context: this.#context(call.context) });
  }

  #context(context: ScimCall<unknown>["context"]) {
    return { ...context, resourceType: this.#def.resourceType };
  }

  #resourcePath(id: string): string {
    if (typeof id !== "string" || id.trim() === "") {
      throw new RequestValidationError("id", `the ${this.#def.resourceType} id must be a non-empty string, got ${JSON.stringify(id)}`);
    }
    return `${this.#def.path}/${encodeURIComponent(id)}`;
  }
}
