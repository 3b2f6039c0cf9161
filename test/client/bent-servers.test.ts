import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Deviation } from "../../src/client/deviations.js";
import { ScimClient } from "../../src/client/scim-client.js";
import { ScimError } from "../../src/scim/errors.js";
import { patch } from "../../src/scim/patch.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { startBendingProxy } from "../support/bending-proxy.js";
import { bends, type BendName } from "../support/bends.js";

let server: RunningServer;
let userId: string;
let groupId: string;
const clients: ScimClient[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = await startServer({ port: 0, data: ":memory:", token: "bent-token", quiet: true });
  const setup = new ScimClient({ baseUrl: server.url, token: server.token });
  const pam = await setup.users.create({ userName: "pam", active: true, emails: [{ value: "pam@example.com", type: "work", primary: true }] });
  userId = pam.id;
  groupId = (await setup.groups.create({ displayName: "Sales", members: [{ value: userId }] })).id;
  for (const n of [1, 2, 3, 4, 5]) await setup.users.create({ userName: `pager${n}`, active: false });
  await setup.close();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await Promise.all(closers.splice(0).map((close) => close()));
});

afterAll(async () => {
  await server?.close();
});

/** A client through a bending proxy that applies `names`. */
async function bentClient(names: readonly BendName[]): Promise<ScimClient> {
  const proxy = await startBendingProxy(server.url, names);
  closers.push(() => proxy.close());
  const client = new ScimClient({ baseUrl: proxy.url, token: server.token, retry: 0, onWarning: () => {} });
  clients.push(client);
  return client;
}

/** The server's own refusal: a ScimError is what the call should throw; anything else fails the test. */
async function refused(call: Promise<unknown>): Promise<ScimError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScimError);
  return error as ScimError;
}

type Expected = Pick<Deviation, "rfc" | "kind" | "item">;

/** For each bend the client detects: drive the client into it, check the data, and say what must be recorded. */
const scenarios: Partial<Record<BendName, (client: ScimClient) => Promise<Expected>>> = {
  async "discovery-without-numbers"(client) {
    const config = await client.serviceProviderConfig();
    expect(config.bulk.supported).toBe(false);
    expect(config.bulk.maxOperations).toBeUndefined();
    return { rfc: "RFC 7643 §5", kind: "violation", item: "ServiceProviderConfig" };
  },
  async "hollow-attributes"(client) {
    const group = await client.groups.get(groupId, { attributes: ["members"] });
    expect(group.members).toHaveLength(1);
    return { rfc: "RFC 7644 §3.9", kind: "violation", item: `Group ${groupId}` };
  },
  async "total-results-page-size"(client) {
    const found: string[] = [];
    for await (const user of client.users.all({ filter: 'userName sw "pager"', count: 2 })) found.push(user.userName!);
    expect(found.sort()).toEqual(["pager1", "pager2", "pager3", "pager4", "pager5"]);
    return { rfc: "RFC 7644 §3.4.2", kind: "violation", item: "User list" };
  },
  async "errors-without-scimtype"(client) {
    const error = await refused(client.users.patch(userId, patch().replace("name.nope", "x")));
    expect(error.status).toBe(400);
    expect(error.scimType).toBeUndefined();
    return { rfc: "RFC 7644 §3.12", kind: "violation", item: `PATCH /Users/${userId}` };
  },
  async "sub-attribute-filters-refused"(client) {
    const filter = 'emails.value eq "pam@example.com"';
    const error = await refused(client.users.list({ filter }));
    expect(error.scimType).toBe("invalidPath");
    return { rfc: "RFC 7644 §3.4.2.2", kind: "violation", item: `filter ${filter}` };
  },
  async "patch-204"(client) {
    const user = await client.users.patch(userId, patch().replace("title", "Sales rep"));
    expect(user.title).toBe("Sales rep");
    return { rfc: "RFC 7644 §3.5.2", kind: "variation", item: `User ${userId}` };
  },
  async "no-etags"(client) {
    const user = await client.users.get(userId);
    expect(user.userName).toBe("pam");
    return { rfc: "RFC 7644 §3.14", kind: "variation", item: `User ${userId}` };
  },
  async "no-location"(client) {
    const user = await client.users.create({ userName: `located.${Date.now()}.${Math.random()}` });
    await client.users.delete(user.id);
    return { rfc: "RFC 7644 §3.3", kind: "violation", item: `User ${user.id}` };
  },
  async "list-items-without-schemas"(client) {
    const page = await client.users.list({ filter: 'userName eq "pam"' });
    expect(page.Resources.map((user) => user.id)).toEqual([userId]);
    expect(page.invalid).toEqual([]);
    // Discovery lists too: resource types without schemas are read, and recorded.
    expect((await client.resourceTypes()).map((type) => type.name).sort()).toEqual(["Group", "User"]);
    expect(client.deviations.some((deviation) => deviation.request === "GET /ResourceTypes" && deviation.rfc === "RFC 7643 §3")).toBe(true);
    return { rfc: "RFC 7643 §3", kind: "violation", item: `User ${userId}` };
  },
  async "strings-for-booleans"(client) {
    const user = await client.users.get(userId);
    expect(user.active).toBe(true);
    expect(user.emails?.[0]?.primary).toBe(true);
    return { rfc: "RFC 7643 §2.3.2", kind: "violation", item: `User ${userId}` };
  },
};

const detected = Object.keys(scenarios) as BendName[];

describe("reading through a bending proxy: usable deviations are recorded, nothing raised", () => {
  it("covers every bend whose RFC section the client itself records", () => {
    expect(detected.map((name) => bends[name].rfc).sort()).toEqual(
      ["RFC 7643 §5", "RFC 7644 §3.9", "RFC 7644 §3.4.2", "RFC 7644 §3.12", "RFC 7644 §3.4.2.2", "RFC 7644 §3.5.2", "RFC 7644 §3.14", "RFC 7644 §3.3", "RFC 7643 §3", "RFC 7643 §2.3.2"].sort(),
    );
  });

  for (const name of detected) {
    it(`records ${name} under ${bends[name].rfc}, and only that`, async () => {
      const client = await bentClient([name]);
      const expected = await scenarios[name]!(client);
      expect(client.deviations).toContainEqual(expect.objectContaining(expected));
      expect(new Set(client.deviations.map((deviation) => deviation.rfc))).toEqual(new Set([bends[name].rfc]));
      for (const deviation of client.deviations) {
        expect(deviation.rule.length).toBeGreaterThan(10);
        expect(deviation.detail).toBeTruthy();
        expect(deviation.request).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \//);
      }
    });
  }

  it("records every one of them through a proxy that applies all the bends at once", async () => {
    const client = await bentClient(Object.keys(bends) as BendName[]);
    for (const name of detected) {
      const expected = await scenarios[name]!(client);
      expect(client.deviations, name).toContainEqual(expect.objectContaining(expected));
    }
    expect(new Set(client.deviations.map((deviation) => deviation.rfc))).toEqual(new Set(detected.map((name) => bends[name].rfc)));
  });
});
