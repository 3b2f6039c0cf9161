import { z } from "zod";
import { MetaSchema, type Meta } from "./meta.js";

const attributeTypes = ["string", "boolean", "decimal", "integer", "dateTime", "reference", "complex", "binary"] as const;
const mutabilities = ["readOnly", "readWrite", "immutable", "writeOnly"] as const;
const returnedValues = ["always", "never", "default", "request"] as const;
const uniquenesses = ["none", "server", "global"] as const;

/**
 * An attribute's data type, RFC 7643 §2.3 and §7 `type`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3
 */
export type AttributeType = (typeof attributeTypes)[number];

/**
 * When an attribute may be written, RFC 7643 §7 `mutability`:
 * "readOnly" (never modified by clients), "readWrite", "immutable" ("MAY be
 * defined at resource creation … or at record replacement via a PUT
 * operation … Thereafter, the attribute value SHALL NOT be updated"), and
 * "writeOnly" ("MAY be updated at any time. Attribute values SHALL NOT be
 * returned", e.g. `password`). Default "readWrite".
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export type Mutability = (typeof mutabilities)[number];

/**
 * When an attribute is returned, RFC 7643 §7 `returned`: "always" (even if
 * excluded), "never", "default" (unless excluded or other attributes were
 * requested), "request" (only when named in `attributes`). Default "default".
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export type Returned = (typeof returnedValues)[number];

/**
 * How values must be unique, RFC 7643 §7 `uniqueness`: "none", "server"
 * ("The value SHOULD be unique within the context of the current SCIM
 * endpoint"), "global". Default "none".
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export type Uniqueness = (typeof uniquenesses)[number];

/**
 * An attribute definition, RFC 7643 §7. Optional members default as the RFC
 * says: `caseExact` false, `mutability` "readWrite", `returned` "default",
 * `uniqueness` "none".
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export interface AttributeDefinition {
  /** "The attribute's name." */
  name: string;
  /** "The attribute's data type." */
  type: AttributeType;
  /** "A Boolean value indicating the attribute's plurality." */
  multiValued: boolean;
  /** "The attribute's human-readable description." */
  description?: string;
  /** "A Boolean value that specifies whether or not the attribute is required." */
  required: boolean;
  /** "A collection of suggested canonical values that MAY be used (e.g., "work" and "home")." */
  canonicalValues?: string[];
  /** "A Boolean value that specifies whether or not a string attribute is case sensitive." */
  caseExact?: boolean;
  /** "A single keyword indicating the circumstances under which the value of the attribute can be (re)defined." */
  mutability?: Mutability;
  /** "A single keyword that indicates when an attribute and associated values are returned in response to a GET request or in response to a PUT, POST, or PATCH request." */
  returned?: Returned;
  /** "A single keyword value that specifies how the service provider enforces uniqueness of attribute values." */
  uniqueness?: Uniqueness;
  /** "A multi-valued array of JSON strings that indicate the SCIM resource types that may be referenced", e.g. "User", "external", "uri". */
  referenceTypes?: string[];
  /** "When an attribute is of type "complex", "subAttributes" defines a set of sub-attributes." */
  subAttributes?: AttributeDefinition[];
}

/**
 * Parses an {@link AttributeDefinition} leniently (unknown members kept).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export const AttributeDefinitionSchema: z.ZodType<AttributeDefinition, z.ZodTypeDef, unknown> = z.lazy(() =>
  z
    .object({
      name: z.string(),
      type: z.enum(attributeTypes),
      multiValued: z.boolean(),
      description: z.string().optional(),
      required: z.boolean(),
      canonicalValues: z.array(z.string()).optional(),
      caseExact: z.boolean().optional(),
      mutability: z.enum(mutabilities).optional(),
      returned: z.enum(returnedValues).optional(),
      uniqueness: z.enum(uniquenesses).optional(),
      referenceTypes: z.array(z.string()).optional(),
      subAttributes: z.array(AttributeDefinitionSchema).optional(),
    })
    .passthrough(),
);

/**
 * A schema resource, served at `/Schemas`. RFC 7643 §7: "The "schemas"
 * attribute … defines the attributes of a resource". `id` is the schema's
 * URI, `name` and `description` are human-readable, `attributes` lists
 * every attribute with its characteristics.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export const SchemaDefinitionSchema = z
  .object({
    schemas: z.array(z.string()).optional(),
    id: z.string(),
    name: z.string().optional(),
    description: z.string().optional(),
    attributes: z.array(AttributeDefinitionSchema),
    meta: MetaSchema.optional(),
  })
  .passthrough();
/** A schema resource, RFC 7643 §7. */
export interface SchemaDefinition {
  schemas?: string[];
  /** The schema's URN, e.g. "urn:ietf:params:scim:schemas:core:2.0:User". */
  id: string;
  name?: string;
  description?: string;
  /** Its attributes, each with its type, mutability, returned and uniqueness. */
  attributes: AttributeDefinition[];
  meta?: Meta;
  [attribute: string]: unknown;
}
