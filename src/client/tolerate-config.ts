import { ServiceProviderConfigSchemaDefinition } from "../scim/definitions/service-provider-schemas.js";
import { coerceBooleans } from "../scim/definitions/coerce-booleans.js";
import { DeviationRules, requiredConfigNumber } from "./deviation-rules.js";
import type { DeviationInput } from "./deviations.js";

/** The numbers RFC 7643 §5 makes REQUIRED, by feature. */
const requiredNumbers = [
  ["bulk", "maxOperations"],
  ["bulk", "maxPayloadSize"],
  ["filter", "maxResults"],
] as const;

/**
 * Read a ServiceProviderConfig tolerantly, before it is validated: what RFC 7643 §5 requires but the
 * configuration is usable without is recorded, not refused.
 *
 * 1. `bulk.maxOperations`, `bulk.maxPayloadSize`, `filter.maxResults` missing: each recorded, e.g.
 *    `bulk.maxOperations is REQUIRED in the ServiceProviderConfig` (servers leave them out when the
 *    feature is unsupported). Read it as "no number given".
 * 2. No `schemas`: recorded (RFC 7643 §3).
 * 3. `"true"`/`"false"` for `supported` or `primary`: turned into Booleans and recorded (RFC 7643 §2.3.2).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export function tolerateConfig(body: unknown, request: string, deviate: (deviation: DeviationInput) => void): unknown {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
  const config = body as Record<string, unknown>;
  const where = { item: "ServiceProviderConfig", request };
  for (const [feature, name] of requiredNumbers) {
    const options = config[feature];
    if (options === null || typeof options !== "object" || (options as Record<string, unknown>)[name] !== undefined) continue;
    const supported = (options as Record<string, unknown>).supported;
    const state = supported === false || supported === "false" ? " (marked unsupported)" : "";
    deviate({ ...requiredConfigNumber(`${feature}.${name}`), ...where, detail: `sent ${feature} ${JSON.stringify(options)}${state} without ${name}` });
  }
  if (!Array.isArray(config.schemas)) deviate({ ...DeviationRules.schemasMissing, ...where, detail: "sent a ServiceProviderConfig without schemas" });
  const { value, coerced } = coerceBooleans(ServiceProviderConfigSchemaDefinition.attributes, [], config);
  if (coerced.length > 0) {
    const detail = `sent ${coerced.map((c) => `${c.path} as ${JSON.stringify(c.sent)}`).join(", ")}; read as Booleans`;
    deviate({ ...DeviationRules.stringForBoolean, ...where, detail });
  }
  return value;
}
