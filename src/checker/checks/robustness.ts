import type { Check, CheckSuite } from "../check.js";
import type { CheckRequest } from "../exchange.js";
import { listPath } from "../query.js";
import type { CheckContext } from "../check-context.js";

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";

/** A malformed request that must get a 4xx: `status` when the RFC names one, else any 4xx. */
function refuses(name: string, title: string, rfc: string, request: (c: CheckContext) => CheckRequest | Promise<CheckRequest>, fix: string, status?: number, scimType?: string): Check {
  return {
    name,
    title,
    rfc,
    async run(c) {
      const answer = await c.send(await request(c));
      c.expectNo5xx(answer, fix);
      if (status !== undefined) c.expectError(answer, status, scimType, fix);
      else c.expect(answer.status < 500, "no 5xx", fix, answer);
    },
  };
}

const badFilter = (name: string, filter: string): Check =>
  refuses(`bad-filter-${name}`, `malformed filter ${filter} → 400 invalidFilter`, "RFC 7644 §3.4.2.2", () => ({ method: "GET", path: listPath("/Users", { filter }) }), 'A filter that does not parse is the client\'s mistake: answer 400 with scimType "invalidFilter" (RFC 7644 §3.4.2.2, §3.12), never a 5xx. Parse the whole filter before running it and map parser errors to that answer.', 400, "invalidFilter");

async function someUser(c: CheckContext): Promise<string> {
  return c.fixture("robustness-user", async () => String((await c.createUser(`${c.prefix}-r-target`)).id));
}

/**
 * Malformed input gets a SCIM Error with a 4xx status, never a 5xx: the client's mistake is the client's to fix.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export const robustnessChecks: CheckSuite = {
  group: "robustness",
  checks: [
    refuses("bad-json", "a body that is not JSON → 400 invalidSyntax", "RFC 7644 §3.12", () => ({ method: "POST", path: "/Users", raw: '{"schemas": ["' + USER + '"], "userName": ' }), 'Answer a body that does not parse with 400 and scimType "invalidSyntax" (RFC 7644 §3.12), never a 5xx.', 400),
    refuses("json-array", "a JSON array instead of a resource → 400", "RFC 7644 §3.12", () => ({ method: "POST", path: "/Users", raw: "[1, 2, 3]" }), "Check that the body is a JSON object before reading it; answer 400 (RFC 7644 §3.12).", 400),
    refuses("wrong-type", "userName as a number → 4xx", "RFC 7643 §2.3", (c) => ({ method: "POST", path: "/Users", json: { schemas: [USER], userName: { not: "a string" }, displayName: c.name("wrong-type") } }), 'Validate attribute types against the schema and answer 400 with scimType "invalidValue" (RFC 7643 §2.3, RFC 7644 §3.12).', 400),
    refuses("wrong-type-multi", "emails as a string instead of a list → 4xx", "RFC 7643 §2.4", (c) => ({ method: "POST", path: "/Users", json: { schemas: [USER], userName: c.name("wrong-multi"), emails: "not-a-list" } }), "Validate multi-valued attributes and answer a 4xx (RFC 7643 §2.4, RFC 7644 §3.12)."),
    refuses("unknown-schema", "an unknown schema URN in schemas → 400", "RFC 7644 §3.3", (c) => ({ method: "POST", path: "/Users", json: { schemas: ["urn:example:params:scim:schemas:unknown:2.0:Thing"], userName: c.name("unknown-urn") } }), 'Refuse a resource whose "schemas" lacks the resource type\'s schema, or names an unknown one, with 400 (RFC 7643 §3, RFC 7644 §3.12).', 400),
    refuses("unknown-extension", "an attribute under an unknown extension URN → no 5xx", "RFC 7643 §3.3", (c) => ({ method: "POST", path: "/Users", json: { schemas: [USER, "urn:example:params:scim:schemas:extension:nope:2.0:User"], userName: c.name("unknown-ext"), "urn:example:params:scim:schemas:extension:nope:2.0:User": { level: 3 } } }), "Refuse (400 invalidValue) or ignore unknown extensions, but never fail with a 5xx (RFC 7643 §3.3)."),
    refuses("huge-value", "a 100 000-character userName → no 5xx", "RFC 7644 §3.12", (c) => ({ method: "POST", path: "/Users", json: { schemas: [USER], userName: `${c.prefix}-huge-${"x".repeat(100_000)}` } }), "Bound attribute sizes and answer 400 (or 413 for the whole body) instead of failing (RFC 7644 §3.12)."),
    refuses("huge-body", "a 3 MB body → 413 (or another 4xx)", "RFC 7644 §3.12", (c) => ({ method: "POST", path: "/Users", json: { schemas: [USER], userName: c.name("huge-body"), displayName: "y".repeat(3_000_000) } }), "Refuse bodies larger than you accept with 413 Payload Too Large (RFC 7644 §3.12), never a 5xx."),
    refuses("huge-count", "count=99999999999999 → no 5xx", "RFC 7644 §3.4.2.4", () => ({ method: "GET", path: "/Users?count=99999999999999&startIndex=99999999999999" }), "Clamp count to filter.maxResults and answer normally (RFC 7644 §3.4.2.4)."),
    refuses("bad-count", "count=abc → no 5xx", "RFC 7644 §3.4.2.4", () => ({ method: "GET", path: "/Users?count=abc" }), "Answer a count that is not an integer with 400 invalidValue, or ignore it (RFC 7644 §3.4.2.4)."),
    refuses("unknown-attribute-filter", "a filter on an unknown attribute → no 5xx", "RFC 7644 §3.4.2.2", () => ({ method: "GET", path: listPath("/Users", { filter: 'urn:example:nope:2.0:Thing:level eq "3"' }) }), "Answer a filter on an unknown attribute with an empty list or 400 invalidFilter (RFC 7644 §3.4.2.2)."),
    refuses("unknown-attributes-param", "attributes=nope.nothing → no 5xx", "RFC 7644 §3.4.2.5", () => ({ method: "GET", path: "/Users?count=1&attributes=nope.nothing" }), "Ignore unknown attribute names in attributes (RFC 7644 §3.4.2.5)."),
    refuses("unknown-sort", "sortBy=urn:example:nope → no 5xx", "RFC 7644 §3.4.2.3", () => ({ method: "GET", path: "/Users?count=1&sortBy=urn:example:nope:2.0:Thing:level" }), "Answer an unknown sortBy with 400 or sort as if it were absent (RFC 7644 §3.4.2.3)."),
    refuses("patch-not-list", "a PatchOp whose Operations is not a list → 400", "RFC 7644 §3.5.2", async (c) => ({ method: "PATCH", path: `/Users/${await someUser(c)}`, json: { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: "replace everything" } }), "Validate the PatchOp message and answer 400 invalidSyntax (RFC 7644 §3.5.2).", 400),
    refuses("patch-unknown-urn", "a PATCH path under an unknown URN → 400", "RFC 7644 §3.5.2", async (c) => ({ method: "PATCH", path: `/Users/${await someUser(c)}`, json: { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", path: "urn:example:nope:2.0:Thing:level", value: 3 }] } }), 'Refuse a path that names no attribute with 400 and scimType "invalidPath" or "noTarget" (RFC 7644 §3.5.2).', 400),
    refuses("unknown-endpoint", "an unknown endpoint → 404", "RFC 7644 §3.12", () => ({ method: "GET", path: "/NoSuchEndpoint" }), "Answer an unknown endpoint with 404 (RFC 7644 §3.12).", 404),
    badFilter("unterminated", 'userName eq "unterminated'),
    badFilter("missing-value", "userName eq"),
    badFilter("unknown-operator", 'userName zz "x"'),
    badFilter("unbalanced", '((userName eq "x")'),
    badFilter("dangling-and", 'userName eq "x" and'),
    badFilter("open-value-path", 'emails[type eq "work"'),
    badFilter("bare-value", '"x"'),
    badFilter("lone-and", "and"),
    badFilter("empty-not", "not ()"),
    badFilter("value-path-without-filter", "emails[type]"),
    badFilter("value-path-sub-attribute", 'emails[value eq "x"].type'),
  ],
};
