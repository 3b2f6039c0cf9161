import type { CheckSuite } from "../check.js";

/** The identity providers `--as` replays. */
export type ProviderName = "entra" | "okta";

/** The replay of a provider's documented request sequences, as a check suite. */
export function providerSuite(provider: ProviderName): CheckSuite {
  return { group: provider, checks: [] };
}
