import { InvalidResourceError, type InvalidItem } from "./errors/invalid-resource-error.js";
import { PaginationError, type PaginationErrorCode } from "./errors/pagination-error.js";
import type { RequestSummary } from "./errors/scim-client-error.js";

/** The part of a ListResponse that paging reads, RFC 7644 §3.4.2. */
export interface PageOf<T> {
  /** The total number of results the query matches, as the server declares it. */
  totalResults: number;
  /** The valid results on this page (absent when there are none). */
  Resources?: T[];
  /** The results of this page that did not match their schema, by index in the page (see `ListPage`). */
  invalid?: readonly InvalidItem[];
}

/** The page `paginate` asks for: its 1-based `startIndex` and the `count` asked per page. */
export interface PageRequest {
  readonly startIndex: number;
  readonly count: number | undefined;
}

/** How `paginate` pages. */
export interface PaginateOptions {
  /** The 1-based index of the first result. @default 1 */
  firstIndex?: number;
  /** The `count` asked per page; without it a page is never known to be full, and `totalResults` is trusted. */
  count?: number;
  /** Throw on a result that did not match its schema, or skip it. @default "throw" */
  onInvalid?: "throw" | "skip";
  /** The request a page is fetched with, quoted in errors. */
  describe?: (request: PageRequest) => RequestSummary;
  /** The resource type, for messages. @default "resource" */
  resourceType?: string;
  /** Told when paging repaired a server fault (results shifted, `totalResults` wrong). */
  onRepair?: (code: string, message: string) => void;
}

/** How many full pages in a row may hold only results already yielded (inserts before the cursor). */
const MAX_STALLS = 2;

/** One result of a page in the server's order: valid (with `resource`) or invalid. */
interface Slot<T> {
  readonly id: string | undefined;
  readonly resource?: T;
  readonly invalid?: InvalidItem;
}

/**
 * Iterate over every result of a query, one page at a time (RFC 7644 §3.4.2.4 index-based paging),
 * without ending quietly on part of the list.
 *
 * 1. Ask for `count` results at `startIndex` (the first index at first). The server's echoed
 *    `startIndex` is never read: the client advances by what it asked for and received.
 * 2. After the first page, ask from the last result received (one result of overlap, when the last
 *    page had two or more): that result must come back first. When it does not, resources before the
 *    cursor were deleted and the rest shifted down: step back (a page, then twice as far, down to the
 *    first index) and read again, so nothing is skipped; after too many step backs throw
 *    `SCIM_PAGING_UNSTABLE`.
 * 3. Yield each result whose `id` was not yielded before (inserts shift results up; repeats are dropped).
 *    An invalid result throws an {@link InvalidResourceError} after the results before it, unless
 *    `onInvalid` is `"skip"`.
 * 4. Go on while `totalResults` says more remain, or while pages come back full (as many results as
 *    `count`, or as the server's own cap seen on earlier pages): a `totalResults` that is wrong (some
 *    servers send the page size) must not truncate. Stop on a short or empty page once `totalResults`
 *    is reached.
 * 5. Throw a {@link PaginationError} when paging cannot be repaired: later pages repeat the first
 *    (`startIndex` ignored), two full pages in a row hold only results already yielded (one may be an
 *    insert shifting results up), or the results end before `totalResults` (that page's own) is reached.
 *
 * @param fetchPage - fetches `count` results from the given 1-based index
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
 */
export async function* paginate<T>(
  fetchPage: (request: PageRequest) => Promise<PageOf<T>>,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const first = options.firstIndex ?? 1;
  const count = options.count;
  const describe = options.describe ?? ((r: PageRequest) => ({ method: "GET", url: `startIndex=${r.startIndex}` }));
  const seen = new Set<string>();
  let firstPage: string | undefined;
  let startIndex = first;
  let anchored = false; // whether the page at startIndex must begin with a result already seen
  let stepBack = 0; // how far the current fetch stepped back (0: not a step back)
  let stepBacks = 0;
  let progress = 0; // pages that brought new results
  let cap = count ?? Number.POSITIVE_INFINITY; // the page size the server really serves
  let yielded = 0;
  let stalls = 0; // full pages in a row that held only results already yielded
  for (;;) {
    const request = { startIndex, count };
    const page = await fetchPage(request);
    const slots = slotsOf(page);
    const n = slots.length;
    const total = page.totalResults;
    const fail = (code: PaginationErrorCode, fault: string): never => {
      throw new PaginationError(code, describe(request), { startIndex, totalResults: total, yielded }, fault);
    };
    const head = slots[0];
    if (anchored && head !== undefined && head.id !== undefined && !seen.has(head.id) && startIndex > first) {
      if (++stepBacks > 10 + Math.floor(progress / 2)) {
        fail("SCIM_PAGING_UNSTABLE", "the results kept shifting (resources deleted before the cursor) faster than the client could step back");
      }
      stepBack = Math.max(stepBack * 2, n, 1);
      options.onRepair?.(
        "SCIM_PAGING_SHIFTED",
        `the ${options.resourceType ?? "resource"} list shifted while paging (resources deleted before the cursor); ` +
          "the client stepped back to read the shifted results again (RFC 7644 §3.4.2.4)",
      );
      startIndex = Math.max(first, startIndex - stepBack);
      continue;
    }
    let fresh = 0;
    for (const [k, slot] of slots.entries()) {
      if (slot.id !== undefined && seen.has(slot.id)) continue;
      if (slot.id !== undefined) seen.add(slot.id);
      fresh++;
      if (slot.invalid) {
        if (options.onInvalid === "skip") continue;
        throw new InvalidResourceError(describe(request), options.resourceType ?? "resource", slot.invalid, startIndex + k);
      }
      yielded++;
      yield slot.resource as T;
    }
    if (fresh > 0) progress++;
    const ids = slots.map((slot) => slot.id ?? "").join("\n");
    firstPage ??= ids;
    const last = startIndex - 1 + n; // the 1-based position of the last result received
    const full = n > 0 && n >= cap;
    const more = last < total;
    if (!more && !full) return;
    if (n === 0) fail("SCIM_PAGING_TOTAL_UNREACHED", `an empty page came back at startIndex ${startIndex} though totalResults is ${total}`);
    if (fresh === 0 && stepBack === 0) {
      // A short page of resources already returned: the results ended before totalResults.
      if (!full) fail("SCIM_PAGING_TOTAL_UNREACHED", `the results ended at position ${last} though totalResults is ${total}`);
      // A full one may be an insert before the cursor shifting what was read up; twice in a row is a fault.
      if (++stalls >= MAX_STALLS) {
        if (ids === firstPage) {
          fail("SCIM_PAGING_IGNORED_START_INDEX", `the server answered startIndex ${startIndex} with the first page again: it ignores startIndex`);
        }
        fail("SCIM_PAGING_REPEATED_PAGE", `${stalls} pages in a row, up to startIndex ${startIndex}, held only resources already returned`);
      }
    } else stalls = 0;
    if (!more && last > total) {
      options.onRepair?.(
        "SCIM_PAGING_TOTAL_WRONG",
        `the server's totalResults (${total}) is smaller than the ${options.resourceType ?? "resource"}s it returned; ` +
          "the client kept paging while pages came back full (RFC 7644 §3.4.2.4)",
      );
    }
    if (count !== undefined && n < count && more) cap = n; // a page cap below count: pages this size are full
    anchored = n >= 2;
    stepBack = 0;
    startIndex = anchored ? last : last + 1;
  }
}

/** The page's results in the server's order, invalid ones at their index. */
function slotsOf<T>(page: PageOf<T>): Slot<T>[] {
  const resources = page.Resources ?? [];
  const invalid = new Map((page.invalid ?? []).map((item) => [item.index, item]));
  const slots: Slot<T>[] = [];
  let next = 0;
  for (let index = 0; index < resources.length + invalid.size; index++) {
    const bad = invalid.get(index);
    if (bad) slots.push({ id: bad.id, invalid: bad });
    else {
      const resource = resources[next++] as T;
      slots.push({ id: idOf(resource), resource });
    }
  }
  return slots;
}

function idOf(resource: unknown): string | undefined {
  const id = resource !== null && typeof resource === "object" ? (resource as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}
