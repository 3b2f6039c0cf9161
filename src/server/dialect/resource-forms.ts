import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import type { JsonObject } from "../resource/attribute-access.js";
import { describeStringBooleans, fixResourceBooleans, type StringBoolean } from "./boolean-strings.js";
import type { FormGate } from "./form-gate.js";

/** Microsoft's ADSCIM schema URIs (Entra ID lists its Group one when creating a group). */
const adscim = /^http:\/\/schemas\.microsoft\.com\/2006\/11\/ResourceManagement\/ADSCIM\//i;

/**
 * Rewrite the non-RFC forms of a POST or PUT body (RFC 7644 §3.3, §3.5.1)
 * into the RFC form, each through the request's {@link FormGate}.
 *
 * 1. An ADSCIM schema URI in `schemas` (group-schema-adscim) is dropped:
 *    `schemas` lists the resource type's schemas only (RFC 7643 §3).
 * 2. Booleans sent as strings (boolean-as-string) become Booleans (RFC 7643 §2.3.2).
 *
 * @returns the body to handle (the same object when nothing changed).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export function normaliseResource(body: JsonObject, type: ResourceTypeName, gate: FormGate): JsonObject {
  let result = body;
  // 1. ADSCIM.
  const schemasKey = Object.keys(body).find((key) => key.toLowerCase() === "schemas");
  const schemas = schemasKey === undefined ? undefined : body[schemasKey];
  if (Array.isArray(schemas)) {
    const foreign = schemas.find((urn) => typeof urn === "string" && adscim.test(urn));
    if (foreign !== undefined) {
      gate.use("group-schema-adscim", `"schemas" lists the schemas of the ${type} resource type only (RFC 7643 §3, §6)`, JSON.stringify(foreign));
      result = { ...result, [schemasKey!]: schemas.filter((urn) => !(typeof urn === "string" && adscim.test(urn))) };
    }
  }
  // 2. String Booleans.
  const found: StringBoolean[] = [];
  const fixed = fixResourceBooleans(type, result, found) as JsonObject;
  if (found.length === 0) return result;
  gate.use("boolean-as-string", `a Boolean is the JSON literal true or false, not a string (RFC 7643 §2.3.2)`, describeStringBooleans(found));
  return fixed;
}
