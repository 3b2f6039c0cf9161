import type { ZodType, ZodTypeDef } from "zod";
import type { AllOptions, CallOptions } from "./call-options.js";
import type { Engine, ScimCall } from "./engine.js";
import type { GetOptions, ResourceDefinition, WriteOptions } from "./endpoint-options.js";
import { PartialResourceError } from "./errors/partial-resource-error.js";
import { RequestValidationError } from "./errors/request-validation-error.js";
import { DeviationRules } from "./deviation-rules.js";
import { NotModified, ifMatchHeaders, versionOf } from "./etag.js";
import { listPageSchema, type ListPage } from "./list-page.js";
import { paginate, type PageRequest } from "./paginate.js";
import { markPartial, partialSelection } from "./partial.js";
import { prepareInput } from "./prepare-input.js";
import { preparePatch, type PatchInput } from "./prepare-patch.js";
import { queryParameters, searchRequestBody, type AttributeSelection, type ListQuery } from "./query.js";

export type { GetOptions, ResourceDefinition, WriteOptions } from "./endpoint-options.js";

/** The `count` `all()` asks per page when the query gives none, so that a full page can be recognised. */
const ALL_PAGE_SIZE = 100;

/**
 * The operations on one resource endpoint (`/Users`, `/Groups`): create, read, query, replace,
 * patch, delete. Request bodies are checked strictly before they leave; responses are parsed
 * leniently; server errors are thrown as `ScimError` subclasses with a hint. Every method takes the
 * call options `timeout`, `deadline` and `signal` ({@link CallOptions}).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export class ResourceEndpoint<T, TInput> {
  readonly #engine: Engine;
  readonly #def: ResourceDefinition<T, TInput>;
  readonly #list: ZodType<ListPage<T>, ZodTypeDef, unknown>;

  /** Serve the endpoint `definition` describes through `engine`; `ScimClient` builds `users` and `groups` so. */
  constructor(engine: Engine, definition: ResourceDefinition<T, TInput>) {
    this.#engine = engine;
    this.#def = definition;
    this.#list = listPageSchema(definition.schema);
  }

  /**
   * Create a resource (POST, expects 201). Read-only attributes are dropped (each one named in
   * `client.warnings`), `schemas` is filled in. Retried only on 429 (not processed); never on 5xx or a
   * reset connection, where a second POST could create a duplicate.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
   */
  async create(input: TInput, options: CallOptions = {}): Promise<T> {
    const body = prepareInput(this.#def, input, "create", this.#warn);
    return (await this.#call({ operation: "create", path: this.#def.path, body, context: { input: body } }, options)) as T;
  }

  /**
   * Read one resource by id (GET, expects 200). With `ifNoneMatch`, a 304 Not Modified answer returns a
   * {@link NotModified} result (your copy is current), not an error. With `attributes` or
   * `excludedAttributes` the resource is marked partial (see `partialMark`) and `replace()` refuses it.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.1
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
   */
  get(id: string, options?: AttributeSelection & CallOptions & { ifNoneMatch?: undefined }): Promise<T>;
  get(id: string, options: GetOptions): Promise<T | NotModified>;
  async get(id: string, options: GetOptions = {}): Promise<T | NotModified> {
    const ifNoneMatch = options.ifNoneMatch === undefined ? undefined : versionOf(options.ifNoneMatch, "ifNoneMatch");
    const selection = { attributes: options.attributes, excludedAttributes: options.excludedAttributes };
    const result = await this.#call(
      {
        operation: "get",
        path: this.#resourcePath(id),
        query: queryParameters(selection),
        headers: ifNoneMatch === undefined ? {} : { "if-none-match": ifNoneMatch },
        ifNoneMatch,
        context: { id },
      },
      options,
    );
    return result instanceof NotModified ? result : markPartial(result as T, selection);
  }

  /**
   * Query resources with URL parameters (GET, expects 200): filter, sort, page, attributes. Each
   * resource is checked on its own: valid ones are in `Resources`, invalid ones in `page.invalid`
   * (and `client.warnings`).
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
   */
  async list(query: ListQuery = {}, options: CallOptions = {}): Promise<ListPage<T>> {
    const parameters = queryParameters(query);
    const call = { operation: "list", path: this.#def.path, query: parameters, schema: this.#list } as const;
    return this.#page(await this.#call({ ...call, context: { filter: parameters.filter } }, options), query);
  }

  /**
   * Query resources with POST `/.search` (expects 200): the same query in a body, so filters with
   * personal data stay out of URLs and logs. Invalid resources are reported as in `list`.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
   */
  async search(query: ListQuery = {}, options: CallOptions = {}): Promise<ListPage<T>> {
    const body = searchRequestBody(query);
    const call = { operation: "search", path: `${this.#def.path}/.search`, body, schema: this.#list } as const;
    return this.#page(await this.#call({ ...call, context: { filter: body.filter as string | undefined } }, options), query);
  }

  /**
   * Every resource matching `query`, page after page, each exactly once; it never ends quietly with
   * part of the list (see {@link paginate} for the rules, RFC 7644 §3.4.2.4).
   *
   * Pages come from `list` (GET), or from `search` (POST `/.search`) with `{ via: "search" }`. `count`
   * defaults to 100 per page. `timeout` and `deadline` apply to each page, `signal` to the whole
   * iteration. A resource that does not match its schema throws an `InvalidResourceError` after the
   * ones before it, unless `onInvalid: "skip"`. Inconsistent paging throws a `PaginationError`; a
   * `totalResults` smaller than what paging finds is repaired and recorded in `client.deviations`.
   *
   * @example
   * for await (const user of client.users.all({ filter: 'emails ew "@example.com"' }, { via: "search" })) console.log(user.userName);
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
   */
  all(query: ListQuery = {}, options: AllOptions = {}): AsyncGenerator<T, void, undefined> {
    const { via = "list", onInvalid = "throw", ...call } = options;
    if (query.count === 0) throw new RequestValidationError("query", "all() pages through results: give count ≥ 1, or leave it out");
    const count = query.count ?? ALL_PAGE_SIZE;
    const fetch = ({ startIndex }: PageRequest) =>
      via === "search" ? this.search({ ...query, startIndex, count }, call) : this.list({ ...query, startIndex, count }, call);
    const describe = ({ startIndex }: PageRequest) =>
      via === "search"
        ? this.#engine.summary({ operation: "search", path: `${this.#def.path}/.search` })
        : this.#engine.summary({ operation: "list", path: this.#def.path, query: queryParameters({ ...query, startIndex, count }) });
    return paginate(fetch, {
      firstIndex: query.startIndex ?? 1,
      count,
      onInvalid,
      describe,
      resourceType: this.#def.resourceType,
      onRepair: (code, message) => {
        this.#engine.warn(code, message, "RFC 7644 §3.4.2.4");
        if (code !== "SCIM_PAGING_TOTAL_WRONG") return;
        const request = `GET ${this.#def.path}`;
        this.#engine.deviate({ ...DeviationRules.totalResultsWrong, item: `${this.#def.resourceType} list`, detail: message, request });
      },
    });
  }

  /**
   * Replace a resource (PUT, expects 200) with `input`; attributes left out are cleared. `input` may be
   * a resource read earlier and edited: its read-only attributes (`id`, `meta`, …) are dropped. A
   * resource read with `attributes`/`excludedAttributes` is refused with a `PartialResourceError`.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
   */
  async replace(id: string, input: TInput | T, options: WriteOptions = {}): Promise<T> {
    const selection = partialSelection(input);
    if (selection) throw new PartialResourceError(this.#def.resourceType, selection);
    const body = prepareInput(this.#def, input, "replace", this.#warn);
    const path = this.#resourcePath(id);
    const headers = ifMatchHeaders(options.ifMatch);
    return (await this.#call({ operation: "replace", path, body, headers, context: { id, input: body } }, options)) as T;
  }

  /**
   * Modify a resource (PATCH) with a PatchOp or a `patch()` builder. A 204 No Content answer is
   * followed by a get, so the result is always the resource. Retried only on 429 (not processed).
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
   */
  async patch(id: string, operations: PatchInput, options: WriteOptions = {}): Promise<T> {
    const body = preparePatch(operations);
    const path = this.#resourcePath(id);
    const headers = ifMatchHeaders(options.ifMatch);
    const result = await this.#call({ operation: "patch", path, body, headers, context: { id } }, options);
    const { timeout, deadline, signal } = options;
    return result === undefined ? this.get(id, { timeout, deadline, signal }) : (result as T);
  }

  /**
   * Delete a resource (DELETE, expects 204).
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.6
   */
  async delete(id: string, options: WriteOptions = {}): Promise<void> {
    const call = { operation: "delete", path: this.#resourcePath(id), headers: ifMatchHeaders(options.ifMatch) } as const;
    await this.#engine.call({ ...call, what: this.#def.resourceType, context: this.#context({ id }) }, options);
  }

  readonly #warn = (warning: { code: string; message: string; rfc: string }) =>
    this.#engine.warn(warning.code, `${this.#def.resourceType}: ${warning.message}`, warning.rfc);

  /** Mark a page's resources partial when the query selected attributes, and report invalid ones. */
  #page(result: unknown, query: ListQuery): ListPage<T> {
    const page = result as ListPage<T>;
    for (const resource of page.Resources) markPartial(resource, query);
    for (const item of page.invalid) {
      const where = `at index ${item.index}${item.id === undefined ? "" : ` (id "${item.id}")`}`;
      this.#engine.warn(
        "SCIM_INVALID_RESOURCE",
        `a ${this.#def.resourceType} ${where} of a list page does not match its schema (${item.message}); ` +
          "it was left out of Resources and is listed in page.invalid: do not treat it as deleted",
        "RFC 7643 §3",
      );
    }
    return page;
  }

  #call(call: Omit<ScimCall<unknown>, "what">, options: CallOptions): Promise<unknown> {
    const full = { schema: this.#def.schema, ...call, what: this.#def.resourceType };
    return this.#engine.call({ ...full, context: this.#context(call.context) }, options);
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
