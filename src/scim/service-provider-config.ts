import { z } from "zod";
import { MetaSchema, type Meta } from "./meta.js";

const supported = z.object({ supported: z.boolean() }).passthrough();

/**
 * An authentication scheme a service provider supports, RFC 7643 §5
 * `authenticationSchemes`: `type` ("oauth", "oauth2", "oauthbearertoken",
 * "httpbasic", "httpdigest"), `name`, `description`, and optionally
 * `specUri`, `documentationUri` and `primary`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export const AuthenticationSchemeSchema = z
  .object({
    type: z.string(),
    name: z.string(),
    description: z.string(),
    specUri: z.string().optional(),
    documentationUri: z.string().optional(),
    primary: z.boolean().optional(),
  })
  .passthrough();
/** An authentication scheme, RFC 7643 §5. */
export interface AuthenticationScheme {
  /** e.g. "oauthbearertoken", "httpbasic". */
  type: string;
  name: string;
  description: string;
  specUri?: string;
  documentationUri?: string;
  primary?: boolean;
  [attribute: string]: unknown;
}

/** Whether the service provider supports a feature, RFC 7643 §5. */
export interface Supported {
  supported: boolean;
  [attribute: string]: unknown;
}

/**
 * The service provider's configuration, served at `/ServiceProviderConfig`.
 * RFC 7643 §5: "SCIM provides a schema for representing the service
 * provider's configuration … including supported operations and security
 * options." Read it before relying on optional features:
 *
 * - `patch.supported`, `changePassword.supported`, `sort.supported`,
 *   `etag.supported`: whether PATCH, password changes, `sortBy` and ETags work;
 * - `bulk`: `supported`, `maxOperations`, `maxPayloadSize` (bytes);
 * - `filter`: `supported`, `maxResults` (the most resources a query returns).
 *
 * Read leniently where the data stays usable: RFC 7643 §5 marks
 * `maxOperations`, `maxPayloadSize` and `maxResults` REQUIRED, but servers
 * that do not support Bulk often leave its numbers out, and a configuration
 * without `schemas` (RFC 7643 §3) still says what the server supports. Those
 * are optional here; the client records each one missing in
 * `client.deviations`. The feature objects and `authenticationSchemes` stay
 * required: without them the configuration says nothing.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export const ServiceProviderConfigSchema = z
  .object({
    schemas: z.array(z.string()).optional(),
    documentationUri: z.string().optional(),
    patch: supported,
    bulk: supported.extend({ maxOperations: z.number().int().optional(), maxPayloadSize: z.number().int().optional() }),
    filter: supported.extend({ maxResults: z.number().int().optional() }),
    changePassword: supported,
    sort: supported,
    etag: supported,
    authenticationSchemes: z.array(AuthenticationSchemeSchema),
    meta: MetaSchema.optional(),
  })
  .passthrough();
/** A service provider's configuration, RFC 7643 §5. */
export interface ServiceProviderConfig {
  schemas?: string[];
  documentationUri?: string;
  patch: Supported;
  /** Bulk, with the most operations and bytes one request may carry. */
  bulk: Supported & { maxOperations?: number; maxPayloadSize?: number };
  /** Filtering, with the most resources one answer returns. */
  filter: Supported & { maxResults?: number };
  changePassword: Supported;
  sort: Supported;
  etag: Supported;
  authenticationSchemes: AuthenticationScheme[];
  meta?: Meta;
  [attribute: string]: unknown;
}
