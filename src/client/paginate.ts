/** The part of a ListResponse that paging reads, RFC 7644 §3.4.2. */
export interface PageOf<T> {
  /** The total number of results the query matches. */
  totalResults: number;
  /** The 1-based index of the first result on this page, when the server says. */
  startIndex?: number;
  /** The results on this page (absent when there are none). */
  Resources?: T[];
}

/**
 * Iterate over every result of a query, one page at a time, asking for the next page with
 * `startIndex` (RFC 7644 §3.4.2.4 index-based pagination).
 *
 * 1. Ask for the page at `startIndex` (1 at first).
 * 2. Yield its resources; stop on an empty page.
 * 3. Stop once `startIndex - 1 + resources so far` reaches `totalResults`.
 * 4. Guard against servers that ignore `startIndex` (they answer the first page again): stop, without
 *    yielding duplicates, when a page echoes another `startIndex` than the one asked for, or when its
 *    first resource's `id` was already seen.
 * 5. Otherwise ask for `startIndex + resources on this page` and repeat.
 *
 * Results that shift while paging (resources created or deleted meanwhile) may be skipped or seen
 * twice; the RFC does not promise a snapshot.
 *
 * @param fetchPage - fetches the page that starts at the given 1-based index
 * @param firstIndex - the index of the first result to yield
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
 */
export async function* paginate<T>(
  fetchPage: (startIndex: number) => Promise<PageOf<T>>,
  firstIndex = 1,
): AsyncGenerator<T, void, undefined> {
  const seenIds = new Set<unknown>();
  let startIndex = firstIndex;
  for (;;) {
    const page = await fetchPage(startIndex);
    const resources = page.Resources ?? [];
    if (resources.length === 0) return;
    if (startIndex !== firstIndex && ignoredStartIndex(page, startIndex, resources, seenIds)) return;
    for (const resource of resources) {
      const id = idOf(resource);
      if (id !== undefined) seenIds.add(id);
      yield resource;
    }
    startIndex += resources.length;
    if (startIndex - 1 >= page.totalResults) return;
  }
}

function ignoredStartIndex(page: PageOf<unknown>, asked: number, resources: unknown[], seen: Set<unknown>): boolean {
  if (page.startIndex !== undefined && page.startIndex !== asked) return true;
  const firstId = idOf(resources[0]);
  return firstId !== undefined && seen.has(firstId);
}

function idOf(resource: unknown): unknown {
  return resource !== null && typeof resource === "object" ? (resource as { id?: unknown }).id : undefined;
}
