import { describe, expect, it } from "vitest";
import { paginate, type PageOf } from "../../src/client/paginate.js";

interface Item {
  id: string;
}

const items: Item[] = Array.from({ length: 7 }, (_, i) => ({ id: `u${i + 1}` }));

function pagedServer(pageSize: number, options: { ignoreStartIndex?: boolean; total?: number } = {}) {
  const asked: number[] = [];
  const fetchPage = async (startIndex: number): Promise<PageOf<Item>> => {
    asked.push(startIndex);
    const from = options.ignoreStartIndex ? 1 : startIndex;
    const Resources = items.slice(from - 1, from - 1 + pageSize);
    return { totalResults: options.total ?? items.length, startIndex: from, Resources };
  };
  return { asked, fetchPage };
}

async function collect(iterator: AsyncIterable<Item>): Promise<string[]> {
  const ids: string[] = [];
  for await (const item of iterator) ids.push(item.id);
  return ids;
}

describe("paginate", () => {
  it("walks every page with startIndex and stops at totalResults", async () => {
    const server = pagedServer(3);
    expect(await collect(paginate(server.fetchPage))).toEqual(items.map((i) => i.id));
    expect(server.asked).toEqual([1, 4, 7]);
  });

  it("starts at the given index", async () => {
    const server = pagedServer(3);
    expect(await collect(paginate(server.fetchPage, 5))).toEqual(["u5", "u6", "u7"]);
  });

  it("stops on an empty page even if totalResults promised more", async () => {
    const server = pagedServer(5, { total: 100 });
    expect(await collect(paginate(server.fetchPage))).toHaveLength(7);
    expect(server.asked).toEqual([1, 6, 8]);
  });

  it("stops without duplicates when the server ignores startIndex", async () => {
    const server = pagedServer(3, { ignoreStartIndex: true });
    expect(await collect(paginate(server.fetchPage))).toEqual(["u1", "u2", "u3"]);
    expect(server.asked).toEqual([1, 4]);
  });

  it("detects a repeated first page even when the server does not echo startIndex", async () => {
    const fetchPage = async (): Promise<PageOf<Item>> => ({ totalResults: 10, Resources: items.slice(0, 2) });
    expect(await collect(paginate(fetchPage))).toEqual(["u1", "u2"]);
  });

  it("can be stopped early with break, fetching no further pages", async () => {
    const server = pagedServer(2);
    for await (const item of paginate(server.fetchPage)) if (item.id === "u1") break;
    expect(server.asked).toEqual([1]);
  });
});
