import type { AttributeDefinition, AttributeType } from "../schema.js";

/** Characteristics that differ from the RFC 7643 §2.2 defaults. */
export type AttributeTraits = Partial<Omit<AttributeDefinition, "name" | "type" | "description" | "subAttributes">>;

/**
 * A simple (non-complex) attribute definition with every characteristic
 * spelled out, starting from the defaults of RFC 7643 §2.2: "required"
 * false, "caseExact" false, "mutability" "readWrite", "returned" "default",
 * "uniqueness" "none". As in the RFC's own §8.7 representations, only
 * strings, references and binaries carry "caseExact", and booleans carry no
 * "uniqueness".
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.2
 */
export function attribute(
  type: Exclude<AttributeType, "complex">,
  name: string,
  description: string,
  traits: AttributeTraits = {},
): AttributeDefinition {
  const textual = type === "string" || type === "reference" || type === "binary";
  return {
    name,
    type,
    multiValued: false,
    description,
    required: false,
    ...(textual ? { caseExact: false } : {}),
    mutability: "readWrite",
    returned: "default",
    ...(type === "boolean" ? {} : { uniqueness: "none" as const }),
    ...traits,
  };
}

/**
 * A complex attribute definition: "A singular or multi-valued attribute
 * whose value is a composition of one or more simple attributes" (RFC 7643
 * §2.3.8). Complex attributes carry no "caseExact" or "uniqueness".
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3.8
 */
export function complexAttribute(
  name: string,
  description: string,
  subAttributes: AttributeDefinition[],
  traits: AttributeTraits = {},
): AttributeDefinition {
  return {
    name,
    type: "complex",
    multiValued: false,
    description,
    required: false,
    subAttributes,
    mutability: "readWrite",
    returned: "default",
    ...traits,
  };
}

/** The `display` sub-attribute of a multi-valued attribute, RFC 7643 §2.4. */
export function displaySubAttribute(traits: AttributeTraits = {}): AttributeDefinition {
  return attribute("string", "display", "A human-readable name, primarily used for display purposes.  READ-ONLY.", traits);
}

/** The `primary` sub-attribute of a multi-valued attribute, RFC 7643 §2.4. */
export function primarySubAttribute(example?: string): AttributeDefinition {
  const forExample = example === undefined ? "" : `, e.g., ${example}`;
  return attribute(
    "boolean",
    "primary",
    `A Boolean value indicating the 'primary' or preferred attribute value for this attribute${forExample}.  The primary attribute value 'True' MUST appear no more than once.`,
  );
}

/** The `type` sub-attribute of a multi-valued attribute, RFC 7643 §2.4. */
export function typeSubAttribute(description: string, canonicalValues?: string[]): AttributeDefinition {
  return attribute("string", "type", description, canonicalValues === undefined ? {} : { canonicalValues });
}
