import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../src/client/index.js";

// Regression: a service provider at the root of its host ("http://host", RFC 7644 §3.13 lets the base URI be any
// path) got requests for "//Users/…".
const seen: string[] = [];
const server = createServer((request, response) => {
  seen.push(request.url ?? "");
  response.writeHead(404, { "content-type": "application/scim+json" });
  response.end(JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "404", detail: "no such user" }));
});
let origin = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("a base URL at the root of the host", () => {
  it.each([origin, "", "/"].map((_, i) => i))("sends /Users/{id}, never //Users/{id} (form %i)", async (form) => {
    const baseUrl = [origin, `${origin}/`, `${origin}//`][form]!;
    const client = new ScimClient({ baseUrl, token: "t", retry: 0 });
    await client.users.get("abc").catch(() => undefined);
    await client.close();
    expect(seen.at(-1)).toBe("/Users/abc");
  });
});
