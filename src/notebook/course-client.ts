import { ScimClient } from "../client/index.js";

let current: ScimClient | undefined;

/**
 * Make `client` the one exercise checks use. `connect()` calls this; call it
 * yourself when you build a client by hand.
 */
export function useCourseClient(client: ScimClient): void {
  current = client;
}

/**
 * The client exercise checks query: the one `connect()` returned, else one
 * built from the environment (`SCIM_BASE_URL`, `SCIM_TOKEN`, the running
 * `scimlab serve`).
 */
export function courseClient(): ScimClient {
  current ??= ScimClient.fromEnvironment();
  return current;
}
