import type { ZodType, ZodTypeDef } from "zod";
import type { ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import type { CallOptions } from "./call-options.js";
import type { VersionSource } from "./etag.js";
import type { AttributeSelection } from "./query.js";

/**
 * What a `ResourceEndpoint` serves: its path, type, and the schemas to check both ways.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.2
 */
export interface ResourceDefinition<T, TInput> {
  /** The endpoint under the base URL, e.g. `/Users`. */
  readonly path: string;
  /** The resource type, e.g. `User`. */
  readonly resourceType: ResourceTypeName;
  /** The core schema URN, filled into `schemas` on writes. */
  readonly coreSchema: string;
  /** The lenient schema responses are parsed with (unknown attributes kept). */
  readonly schema: ZodType<T, ZodTypeDef, unknown>;
  /** The strict schema request bodies are checked with. */
  readonly inputSchema: ZodType<TInput, ZodTypeDef, unknown>;
}

/** Options of `get`, RFC 7644 §3.4.1 and §3.14, with the call's timeout, deadline and signal. */
export interface GetOptions extends AttributeSelection, CallOptions {
  /** Send `If-None-Match`: answer `NotModified` instead of the body if the version is current. */
  ifNoneMatch?: VersionSource;
}

/** Options of writes on an existing resource, RFC 7644 §3.14, with the call's timeout, deadline and signal. */
export interface WriteOptions extends CallOptions {
  /** Send `If-Match`: the write fails with 412 if the resource changed since this version. */
  ifMatch?: VersionSource;
}
