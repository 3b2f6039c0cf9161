import type { CheckContext } from "../check-context.js";
import type { CheckSuite } from "../check.js";
import { listPath, resourcesOf } from "../query.js";

const S = "RFC 7644 §3.4.2.4";

/** Five users to page through; resolves to their common prefix. */
function five(c: CheckContext): Promise<string> {
  return c.fixture("paging", async () => {
    const tag = `${c.prefix}-page`;
    for (const n of [1, 2, 3, 4, 5]) await c.createUser(`${tag}-${n}`);
    return tag;
  });
}

async function page(c: CheckContext, params: Record<string, string | number>) {
  const tag = await five(c);
  const answer = await c.send({ method: "GET", path: listPath("/Users", { filter: `userName sw "${tag}-"`, sortBy: c.features.supported.sort ? "userName" : undefined, ...params }) });
  c.expectStatus(answer, [200], "Answer a paged search with 200 and a ListResponse (RFC 7644 §3.4.2.4).");
  return { answer, body: c.resource(answer), resources: resourcesOf(answer) };
}

/**
 * Paging with startIndex (1-based) and count, on five users of the run's own.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
 */
export const pagingChecks: CheckSuite = {
  group: "paging",
  needs: ["filter"],
  checks: [
    {
      name: "count",
      title: "count=2 answers 2 resources, totalResults 5, itemsPerPage 2, startIndex 1",
      rfc: S,
      async run(c) {
        const { body, resources } = await page(c, { count: 2 });
        c.expect(resources.length === 2 && body.totalResults === 5 && body.itemsPerPage === 2 && body.startIndex === 1, `2 Resources, totalResults 5, itemsPerPage 2, startIndex 1; got ${resources.length}, ${String(body.totalResults)}, ${String(body.itemsPerPage)}, ${String(body.startIndex)}`, "Return at most count resources; totalResults counts every match; itemsPerPage and startIndex describe the page (RFC 7644 §3.4.2.4).");
      },
    },
    {
      name: "pages",
      title: "Paging by startIndex and count visits every match once",
      rfc: S,
      async run(c) {
        const seen: unknown[] = [];
        for (const startIndex of [1, 3, 5]) {
          const { body, resources } = await page(c, { startIndex, count: 2 });
          c.expect(body.startIndex === startIndex, `startIndex ${startIndex}`, "Echo the page's 1-based startIndex (RFC 7644 §3.4.2.4).");
          seen.push(...resources.map((resource) => resource.id));
        }
        c.expect(seen.length === 5 && new Set(seen).size === 5, `5 different resources over three pages, got ${seen.length} (${new Set(seen).size} different)`, "startIndex is 1-based: page k of size n starts at (k-1)·n+1 (RFC 7644 §3.4.2.4).");
      },
    },
    {
      name: "count-zero",
      title: "count=0 answers totalResults and no resources",
      rfc: S,
      async run(c) {
        const { body, resources } = await page(c, { count: 0 });
        c.expect(resources.length === 0 && body.totalResults === 5, `totalResults 5 and no Resources, got ${resources.length} resources and totalResults ${String(body.totalResults)}`, 'count=0 means "return no resources, only totalResults" (RFC 7644 §3.4.2.4).');
      },
    },
    {
      name: "start-index-below-one",
      title: "startIndex below 1 is taken as 1",
      rfc: S,
      async run(c) {
        const { body, resources } = await page(c, { startIndex: 0, count: 5 });
        c.expect(resources.length === 5 && body.startIndex === 1, `5 resources from startIndex 1, got ${resources.length} from ${String(body.startIndex)}`, "Interpret a startIndex less than 1 as 1 (RFC 7644 §3.4.2.4).");
      },
    },
    {
      name: "negative-count",
      title: "A negative count is taken as 0",
      rfc: S,
      async run(c) {
        const { body, resources } = await page(c, { count: -1 });
        c.expect(resources.length === 0 && body.totalResults === 5, `no Resources and totalResults 5, got ${resources.length} resources`, "Interpret a negative count as 0 (RFC 7644 §3.4.2.4).");
      },
    },
    {
      name: "past-the-end",
      title: "startIndex past the last match answers an empty page, not an error",
      rfc: S,
      async run(c) {
        const { body, resources } = await page(c, { startIndex: 50, count: 2 });
        c.expect(resources.length === 0 && body.totalResults === 5, `an empty page with totalResults 5, got ${resources.length} resources`, "Answer a startIndex past the end with 200 and no Resources (RFC 7644 §3.4.2.4).");
      },
    },
  ],
};
