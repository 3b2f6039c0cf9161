import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScimClient, seedDirectory } from "../src/index.js";
import { medianLatency, median, requestsPerSecond, type LoadSpec } from "./load.js";
import { startBare, startEmbedded } from "./processes.js";

/** One line of the server report. */
export interface ServerRow {
  users: number;
  measure: string;
  server: string;
  bare?: string;
  ratio?: string;
  target?: string;
}

const ROUNDS = 3;
const TOKEN = "bench-token-not-a-secret";

/**
 * Measure the embedded server with `users` users loaded, side by side with a bare node:http server:
 * rounds alternate between the two so that both see the same machine load.
 */
export async function benchServer(users: number): Promise<ServerRow[]> {
  const folder = mkdtempSync(join(tmpdir(), "scimlab-bench-"));
  const embedded = await startEmbedded(join(folder, "bench.db"), TOKEN);
  const client = new ScimClient({ baseUrl: embedded.url, token: TOKEN });
  try {
    await seedDirectory(client, { users, groups: Math.ceil(users / 1000), seed: 7 });
    const sample = await sampleUsers(client, users);
    const origin = new URL(embedded.url).origin;
    const base = new URL(embedded.url).pathname;
    const auth = { authorization: `Bearer ${TOKEN}` };
    const pick = () => sample[Math.floor(Math.random() * sample.length)]!;
    const typicalBody = JSON.stringify(await client.users.get(pick().id));
    const bare = await startBare(typicalBody);
    try {
      const rows: ServerRow[] = [];
      const compare = async (measure: string, spec: LoadSpec, barePath = "/", target = origin) => {
        const ratios: number[] = [];
        const serverRps: number[] = [];
        const bareRps: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const b = await requestsPerSecond(bare.url, { method: "GET", path: () => barePath });
          const s = await requestsPerSecond(target, { ...spec, headers: auth });
          bareRps.push(b);
          serverRps.push(s);
          ratios.push(s / b);
        }
        rows.push({
          users,
          measure,
          server: `${Math.round(median(serverRps))} req/s`,
          bare: `${Math.round(median(bareRps))} req/s`,
          ratio: median(ratios).toFixed(2),
          ...(measure === "GET by id" ? { target: "≥ 0.60" } : {}),
        });
      };
      await compare("GET by id", { method: "GET", path: () => `${base}/Users/${pick().id}` });
      // The same, from a second server on the same file with its response cache off: every GET queries SQLite.
      const uncached = await startEmbedded(join(folder, "bench.db"), TOKEN, "--response-cache", "0");
      try {
        await compare("GET by id, response cache off", { method: "GET", path: () => `${base}/Users/${pick().id}` }, "/", new URL(uncached.url).origin);
      } finally {
        await uncached.stop();
      }
      await compare("GET userName eq", {
        method: "GET",
        path: () => `${base}/Users?filter=${encodeURIComponent(`userName eq "${pick().userName}"`)}`,
      });
      let created = 0;
      await compare("POST /Users", {
        method: "POST",
        path: () => `${base}/Users`,
        body: () => JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: `bench-${process.pid}-${created++}` }),
      });
      await compare("PATCH /Users/{id}", {
        method: "PATCH",
        path: () => `${base}/Users/${pick().id}`,
        body: () =>
          JSON.stringify({
            schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            Operations: [{ op: "replace", path: "title", value: `Title ${Math.random()}` }],
          }),
      });
      const eq = await medianLatency(
        () => `${embedded.url}/Users?filter=${encodeURIComponent(`userName eq "${pick().userName}"`)}`,
        auth,
        300,
      );
      rows.push({ users, measure: "userName eq, median latency", server: `${eq.toFixed(2)} ms`, target: "< 2 ms" });
      const co = await medianLatency(() => `${embedded.url}/Users?count=10&filter=${encodeURIComponent('userName co "ar"')}`, auth, 21);
      rows.push({ users, measure: 'userName co "ar", median latency', server: `${co.toFixed(1)} ms`, target: "< 150 ms" });
      const unindexed = await medianLatency(() => `${embedded.url}/Users?count=10&filter=${encodeURIComponent('title co "an"')}`, auth, 11);
      rows.push({ users, measure: 'title co "an" (not indexed), median', server: `${unindexed.toFixed(1)} ms` });
      return rows;
    } finally {
      await bare.stop();
    }
  } finally {
    await client.close();
    await embedded.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** About 2,000 users taken from four places spread over the whole directory, not only its first page. */
async function sampleUsers(client: ScimClient, total: number): Promise<{ id: string; userName: string }[]> {
  const sample: { id: string; userName: string }[] = [];
  for (let quarter = 0; quarter < 4; quarter++) {
    const page = await client.users.list({ attributes: ["userName"], startIndex: 1 + Math.floor((quarter * total) / 4), count: 500 });
    for (const user of page.Resources) sample.push({ id: user.id, userName: user.userName! });
  }
  return sample;
}
