import { afterAll, afterEach, beforeAll } from "vitest";
import { ScimClient } from "../../../src/client/scim-client.js";
import type { ScimClientOptions } from "../../../src/client/options.js";
import { TOKEN } from "./fixtures.js";
import { startTestServer, type TestServer } from "./test-server.js";

/**
 * One canned-response server for a test file and a fresh client per call of `client()`, closed
 * after each test.
 */
export function useTestServer(): { server: () => TestServer; client: (options?: ScimClientOptions) => ScimClient } {
  let server: TestServer | undefined;
  const clients: ScimClient[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    server?.requests.splice(0);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    server: () => server!,
    client: (options = {}) => {
      const client = new ScimClient({ baseUrl: server!.url, token: TOKEN, retry: { baseDelayMs: 5 }, ...options });
      clients.push(client);
      return client;
    },
  };
}
