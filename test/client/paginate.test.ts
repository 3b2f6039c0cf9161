import { describe, expect, it } from "vitest";
import { InvalidResourceError } from "../../src/client/errors/invalid-resource-error.js";
import { paginate, type PageOf, type PageRequest } from "../../src/client/paginate.js";

interface Item {
  id: string;
}

const items: Item[] = Array.from({ length: 7 }, (_, i) => ({ id: `u${i + 1}` }));

function pagedSource(pageSize: number) {
  const asked: number[] = [];
  const fetchPage = async ({ startIndex }: PageRequest): Promise<PageOf<Item>> => {
    asked.push(startIndex);
    return { totalResults: items.length, Resources: items.slice(startIndex - 1, startIndex - 1 + pageSize) };
  };
  return { asked, fetchPage };
}

async function collect(iterator: AsyncIterable<Item>): Promise<string[]> {
  const ids: string[] = [];
  for await (const item of iterator) ids.push(item.id);
  return ids;
}

describe("paginate", () => {
  it("starts at the given index and re-reads the last result of each page as an anchor", async () => {
    const source = pagedSource(3);
    expect(await collect(paginate(source.fetchPage, { firstIndex: 3, count: 3 }))).toEqual(["u3", "u4", "u5", "u6", "u7"]);
    expect(source.asked).toEqual([3, 5, 7]);
  });

  it("trusts totalResults when no count tells a full page", async () => {
    const source = pagedSource(3);
    expect(await collect(paginate(source.fetchPage))).toEqual(items.map((i) => i.id));
  });

  it("advances without an anchor when pages hold one result", async () => {
    const source = pagedSource(1);
    expect(await collect(paginate(source.fetchPage, { count: 1 }))).toHaveLength(7);
    expect(source.asked).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("keeps invalid results at their place: yields the ones before, then throws at the 1-based position", async () => {
    const fetchPage = async ({ startIndex }: PageRequest): Promise<PageOf<Item>> =>
      startIndex === 1
        ? {
            totalResults: 3,
            Resources: [{ id: "a" }, { id: "c" }],
            invalid: [{ index: 1, id: "b", message: "userName: Required", issues: [] }],
          }
        : { totalResults: 3, Resources: [{ id: "c" }] };
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate(fetchPage, { count: 3 })) seen.push(item.id);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["a"]);
    expect(error).toBeInstanceOf(InvalidResourceError);
    expect(error).toMatchObject({ position: 2, item: { id: "b" } });
    expect(await collect(paginate(fetchPage, { count: 3, onInvalid: "skip" }))).toEqual(["a", "c"]);
  });
});
