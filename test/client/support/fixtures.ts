import { SchemaUrn } from "../../../src/scim/urns.js";

/** The token every client test uses; assertions check it never leaks. */
export const TOKEN = "test-token-s3cr3t-1f9a7c";

/** A User as a server returns it (RFC 7643 §8.2 minimal representation, plus meta). */
export function userResource(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemas: [SchemaUrn.User],
    id: "2819c223-7f76-453a-919d-413861904646",
    userName: "bjensen",
    meta: {
      resourceType: "User",
      created: "2010-01-23T04:56:22Z",
      lastModified: "2011-05-13T04:42:34Z",
      version: 'W/"3694e05e9dff590"',
      location: "https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646",
    },
    ...overrides,
  };
}

/** A ListResponse of `resources`, RFC 7644 §3.4.2. */
export function listOf(resources: unknown[], totalResults = resources.length, startIndex = 1): Record<string, unknown> {
  return {
    schemas: [SchemaUrn.ListResponse],
    totalResults,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

/** A SCIM Error body, RFC 7644 §3.12. */
export function errorBody(status: number, detail: string, scimType?: string): Record<string, unknown> {
  return { schemas: [SchemaUrn.Error], status: String(status), ...(scimType ? { scimType } : {}), detail };
}
