import { z } from "zod";
import { MetaSchema, type Meta } from "./meta.js";

/**
 * The attributes every SCIM resource carries, RFC 7643 §3 and §3.1:
 *
 * - `schemas`: "The "schemas" attribute is a REQUIRED attribute and is an
 *   array of Strings containing URIs that are used to indicate the namespaces
 *   of the SCIM schemas that define the attributes present in the current
 *   JSON structure."
 * - `id`: "A unique identifier for a SCIM resource as defined by the service
 *   provider. … The value of the "id" attribute is always issued by the
 *   service provider and MUST NOT be specified by the client."
 * - `externalId`: "A String that is an identifier for the resource as
 *   defined by the provisioning client", e.g. the HR system's employee key.
 * - `meta`: see {@link MetaSchema}.
 *
 * Read leniently: `schemas` is optional here because some service providers
 * leave it out of resources projected with `attributes=` (RFC 7644 §3.9), and
 * a client that rejected such a response would help nobody. The server of this
 * kit always returns it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 */
export const commonAttributes = {
  schemas: z.array(z.string()).optional(),
  id: z.string(),
  externalId: z.string().optional(),
  meta: MetaSchema.optional(),
};

/** The attributes every resource carries as a service provider returns it, RFC 7643 §3.1 (see {@link commonAttributes}). */
export interface CommonAttributes {
  /** URIs of the schemas whose attributes this JSON holds. */
  schemas?: string[];
  /** The service provider's identifier of the resource: issued by it, never by a client. */
  id: string;
  /** The provisioning client's identifier of the resource, e.g. the HR system's key. */
  externalId?: string;
  /** Metadata the service provider maintains. */
  meta?: Meta;
}

/**
 * Reject the unknown keys of a write-side input, except extension objects
 * keyed by a schema URN (RFC 7643 §3.3: "the schema extension attributes are
 * contained within a JSON sub-structure whose key is the schema URI").
 * Each rejected key is its own issue whose path names it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.3
 */
export function rejectUnknownKeys(known: readonly string[]) {
  const knownKeys = new Set(known);
  return (value: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    for (const [key, extension] of Object.entries(value)) {
      if (knownKeys.has(key)) continue;
      if (!key.toLowerCase().startsWith("urn:")) {
        ctx.addIssue({
          code: z.ZodIssueCode.unrecognized_keys,
          keys: [key],
          path: [key],
          message: `Unknown attribute "${key}": check its spelling against the schema, or put extension attributes in an object keyed by the extension's URN.`,
        });
      } else if (typeof extension !== "object" || extension === null || Array.isArray(extension)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [key],
          message: `The extension "${key}" must be an object of that extension's attributes.`,
        });
      }
    }
  };
}

/**
 * Extension attributes of a write-side input, keyed by their schema URN
 * (RFC 7643 §3.3), e.g. `{ "urn:example:2.0:User": { badge: "42" } }`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.3
 */
export type ExtensionAttributes = { [urn: `urn:${string}`]: Record<string, unknown> | undefined };
