/**
 * The optional features a service provider declares in /ServiceProviderConfig (RFC 7643 §5). A check that
 * needs one the server says it lacks is skipped with the reason, not failed.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export type Feature = "patch" | "bulk" | "filter" | "sort" | "etag" | "changePassword";

/** What the server declares: for each feature, whether `supported` is true; and Bulk's limits. */
export interface DeclaredFeatures {
  /** Whether /ServiceProviderConfig could be read at all. */
  readable: boolean;
  supported: Record<Feature, boolean>;
  bulkMaxOperations?: number;
  bulkMaxPayloadSize?: number;
  filterMaxResults?: number;
}

const features: readonly Feature[] = ["patch", "bulk", "filter", "sort", "etag", "changePassword"];

/**
 * Read the features out of a /ServiceProviderConfig body. When it cannot be read, every feature counts as
 * supported, so that the checks run (and the discovery checks say what is wrong).
 */
export function declaredFeatures(body: unknown): DeclaredFeatures {
  const config = body !== null && typeof body === "object" ? (body as Record<string, unknown>) : undefined;
  const supported = {} as Record<Feature, boolean>;
  for (const feature of features) {
    const entry = config?.[feature] as { supported?: unknown } | undefined;
    supported[feature] = config === undefined || entry?.supported === true || entry?.supported === "true";
  }
  const bulk = (config?.bulk ?? {}) as { maxOperations?: unknown; maxPayloadSize?: unknown };
  const filter = (config?.filter ?? {}) as { maxResults?: unknown };
  const number = (value: unknown) => (typeof value === "number" && value > 0 ? value : undefined);
  return {
    readable: config !== undefined,
    supported,
    bulkMaxOperations: number(bulk.maxOperations),
    bulkMaxPayloadSize: number(bulk.maxPayloadSize),
    filterMaxResults: number(filter.maxResults),
  };
}

/** Why a check that needs `needs` is skipped, or `undefined` when the server declares all of them. */
export function skipReason(declared: DeclaredFeatures, needs: readonly Feature[] = []): string | undefined {
  const missing = needs.filter((feature) => !declared.supported[feature]);
  if (missing.length === 0) return undefined;
  return `/ServiceProviderConfig says ${missing.map((feature) => `${feature}.supported is false`).join(" and ")} (RFC 7643 §5)`;
}
