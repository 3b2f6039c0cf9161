import { describe, expect, it } from "vitest";
import { chunkOperations } from "../../src/setup/bulk-writer.js";
import { generateDirectory } from "../../src/setup/directory-generator.js";

describe("generateDirectory", () => {
  it("is deterministic: the same seed gives the same userNames, emails and groups", () => {
    const a = generateDirectory({ users: 300, groups: 10, seed: 42 });
    const b = generateDirectory({ users: 300, groups: 10, seed: 42 });
    expect(b).toEqual(a);
    const c = generateDirectory({ users: 300, groups: 10, seed: 43 });
    expect(c.users.map((u) => u.userName)).not.toEqual(a.users.map((u) => u.userName));
  });

  it("gives a larger directory the same first users", () => {
    const small = generateDirectory({ users: 20, groups: 2, seed: 7 });
    const large = generateDirectory({ users: 200, groups: 5, seed: 7 });
    expect(large.users.slice(0, 20)).toEqual(small.users);
  });

  it("makes unique userNames, emails on example.com, and puts every user in a group", () => {
    const { users, groups } = generateDirectory({ users: 2000, groups: 7, seed: 1 });
    expect(new Set(users.map((u) => u.userName)).size).toBe(2000);
    for (const user of users) {
      expect(user.userName).toMatch(/^[a-z]+\.[a-z]+\d*$/);
      expect(user.emails[0]?.value).toBe(`${user.userName}@example.com`);
    }
    expect(new Set(groups.map((g) => g.displayName)).size).toBe(7);
    const members = new Set(groups.flatMap((g) => g.memberIndexes));
    expect(members.size).toBe(2000);
  });
});

describe("chunkOperations", () => {
  it("respects maxOperations and maxPayloadSize, and sends an oversized operation alone", () => {
    const ops = Array.from({ length: 25 }, (_, i) => ({ bulkId: `op${i}`, data: "x".repeat(100) }));
    expect(chunkOperations(ops, { maxOperations: 10, maxPayloadSize: 1_000_000 }).map((c) => c.length)).toEqual([10, 10, 5]);
    const bySize = chunkOperations(ops, { maxOperations: 100, maxPayloadSize: 512 + 3 * 130 });
    expect(bySize.every((chunk) => chunk.length <= 3)).toBe(true);
    expect(bySize.flat()).toEqual(ops);
    expect(chunkOperations([{ data: "y".repeat(5000) }], { maxOperations: 10, maxPayloadSize: 1000 })).toHaveLength(1);
  });
});
