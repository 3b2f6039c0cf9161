import type { CheckContext } from "../check-context.js";
import type { Check, CheckSuite } from "../check.js";
import { listPath, resourcesOf } from "../query.js";

const S = "RFC 7644 §3.4.2.3";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";

/** Three users whose userName order and family-name order differ; resolves to their prefix. */
function three(c: CheckContext): Promise<string> {
  return c.fixture("sorting", async () => {
    const tag = `${c.prefix}-sort`;
    await c.createUser(`${tag}-b`, { name: { familyName: "Alvarez", givenName: "B" } });
    await c.createUser(`${tag}-c`, { name: { familyName: "Bishop", givenName: "C" } });
    await c.createUser(`${tag}-a`, { name: { familyName: "Carter", givenName: "A" } });
    return tag;
  });
}

function sorts(name: string, title: string, params: Record<string, string>, order: string[], fix: string): Check {
  return {
    name,
    title,
    rfc: S,
    async run(c) {
      const tag = await three(c);
      const answer = await c.send({ method: "GET", path: listPath("/Users", { filter: `userName sw "${tag}-"`, ...params }) });
      c.expectStatus(answer, [200], "Answer a sorted search with 200 (RFC 7644 §3.4.2.3).");
      const got = resourcesOf(answer).map((resource) => String(resource.userName).slice(tag.length + 1));
      c.expect(JSON.stringify(got) === JSON.stringify(order), `the order [${order.join(", ")}] (suffixes), got [${got.join(", ")}]`, fix);
    },
  };
}

/**
 * Sorting with sortBy and sortOrder.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.3
 */
export const sortingChecks: CheckSuite = {
  group: "sorting",
  needs: ["sort", "filter"],
  checks: [
    sorts("ascending", "sortBy=userName sorts ascending by default", { sortBy: "userName" }, ["a", "b", "c"], 'Sort by sortBy, "ascending" when sortOrder is absent (RFC 7644 §3.4.2.3).'),
    sorts("descending", "sortOrder=descending reverses the order", { sortBy: "userName", sortOrder: "descending" }, ["c", "b", "a"], 'Honour sortOrder "descending" (RFC 7644 §3.4.2.3).'),
    sorts("sub-attribute", "sortBy a sub-attribute (name.familyName)", { sortBy: "name.familyName" }, ["b", "c", "a"], "Accept an attribute path with a sub-attribute in sortBy (RFC 7644 §3.4.2.3)."),
    sorts("urn", "sortBy a URN-qualified attribute", { sortBy: `${USER}:userName`, sortOrder: "descending" }, ["c", "b", "a"], "Accept a URN-qualified attribute path in sortBy (RFC 7644 §3.10)."),
  ],
};
