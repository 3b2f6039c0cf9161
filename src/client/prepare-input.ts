import type { ZodType, ZodTypeDef } from "zod";
import { stripReadOnly, type ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import { RequestValidationError } from "./errors/request-validation-error.js";
import { droppedAttributes, readOnlyWarning } from "./read-only-warnings.js";
import { suggestAttribute } from "./suggest.js";
import type { ScimWarning } from "./warnings.js";

/** What the client needs to know to check a resource body before it is sent. */
export interface InputRules {
  /** The resource type, for `stripReadOnly` and messages. */
  readonly resourceType: ResourceTypeName;
  /** The core schema URN that `schemas` must list. */
  readonly coreSchema: string;
  /** The strict write-side schema (`UserInputSchema`, `GroupInputSchema`). */
  readonly inputSchema: ZodType<unknown, ZodTypeDef, unknown>;
}

/**
 * Check a resource body strictly before a create (POST) or replace (PUT) and return what to send.
 *
 * 1. Drop read-only attributes (`id`, `meta`, `groups`, …) with `stripReadOnly`, so a resource read
 *    from the server can be edited and sent back (RFC 7644 §3.3: the server ignores them anyway).
 *    When `input` was not read from the server (it has no `meta`), each dropped attribute is reported
 *    to `warn`, naming the rule and what to do instead; a read-modify-write round trip is silent.
 * 2. Validate against the strict input schema: unknown or misspelled attributes, wrong types and
 *    missing required attributes fail with a {@link RequestValidationError} naming each field (and
 *    the attribute a misspelled name probably meant).
 * 3. Fill in `schemas`: the core schema URN first, then the URNs already listed, then every
 *    extension URN used as a key.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export function prepareInput(
  rules: InputRules,
  input: unknown,
  operation: string,
  warn?: (warning: ScimWarning) => void,
): Record<string, unknown> {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new RequestValidationError(
      `${rules.resourceType} for ${operation}`,
      `the ${rules.resourceType} must be a JSON object such as { userName: "bjensen" }, got ${describe(input)}`,
    );
  }
  const stripped = stripReadOnly(rules.resourceType, input as Record<string, unknown>) as Record<string, unknown>;
  const source = input as Record<string, unknown>;
  if (warn && source.meta === undefined) {
    for (const path of droppedAttributes(source, stripped)) warn(readOnlyWarning(rules.resourceType, path));
  }
  const parsed = rules.inputSchema.safeParse(stripped);
  if (!parsed.success) {
    throw new RequestValidationError(`${rules.resourceType} for ${operation}`, parsed.error.issues, {
      cause: parsed.error,
      suggest: (parent, key) => suggestAttribute(rules.resourceType, parent, key),
    });
  }
  return withSchemas(stripped, rules.coreSchema);
}

/**
 * A copy of `body` whose `schemas` lists the core schema first, then the URNs `body` already listed,
 * then every extension URN used as a key that is not yet listed.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
function withSchemas(body: Record<string, unknown>, coreSchema: string): Record<string, unknown> {
  const given = Array.isArray(body.schemas) ? body.schemas.filter((s): s is string => typeof s === "string") : [];
  const schemas = [coreSchema, ...given.filter((s) => s !== coreSchema)];
  for (const key of Object.keys(body)) {
    if (key.startsWith("urn:") && !schemas.includes(key)) schemas.push(key);
  }
  const result: Record<string, unknown> = { schemas, ...body };
  result.schemas = schemas;
  return result;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}
