import { dialectNames, type DialectName } from "./dialect-name.js";

/** The URN of scimlab's lab extension of `/ServiceProviderConfig`. */
export const labExtensionUrn = "urn:scimlab:params:scim:schemas:extension:lab:2.0:ServiceProviderConfig";

/**
 * The ServiceProviderConfig with scimlab's lab extension: the dialects it
 * has, the one this request is handled in, and fault injection. The
 * extension is declared in `schemas`, as RFC 7643 §3 asks of every
 * extension; clients that do not know it ignore it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export function withLabExtension(config: Record<string, unknown>, dialect: DialectName): Record<string, unknown> {
  const schemas = Array.isArray(config.schemas) ? (config.schemas as string[]) : [];
  const { meta, ...rest } = config;
  return {
    ...rest,
    schemas: [...schemas, labExtensionUrn],
    [labExtensionUrn]: { dialects: [...dialectNames], dialect, faultInjection: true },
    ...(meta === undefined ? {} : { meta }),
  };
}
