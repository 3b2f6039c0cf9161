import { ScimClient, courseSetup, directoryEntry, filter, patch } from "../src/index.js";
import type { Exchange } from "../src/index.js";

/** Where a simulated learner works: their tenant's SCIM base URL and their token. */
export interface Seat {
  baseUrl: string;
  token: string;
}

/** Join a room with its code, as `scimlab join` does (`POST /room/join`). */
export async function joinRoom(roomUrl: string, code: string, name: string): Promise<Seat> {
  const answer = await postJson(`${roomUrl}/room/join`, { code, name });
  return { baseUrl: answer.baseUrl, token: answer.token };
}

/** Pre-issue `count` learners with the instructor's token, as `scimlab room tokens` does (`POST /room/tokens`). */
export async function issueSeats(roomUrl: string, instructorToken: string, count: number): Promise<Seat[]> {
  const answer = await postJson(`${roomUrl}/room/tokens`, { count }, instructorToken);
  return answer.Resources.map((learner: { token: string }) => ({ baseUrl: answer.baseUrl, token: learner.token }));
}

/** A client for a seat that keeps every exchange (for the timings) and never retries (so a 429 or 503 counts). */
export function learnerClient(seat: Seat): ScimClient {
  return new ScimClient({ baseUrl: seat.baseUrl, token: seat.token, exchangeLog: 10_000, retry: 0 });
}

/** Between two cells: nothing (a burst), or a learner's think time. */
export type Pause = () => Promise<void>;

/** A learner reading between cells: `minMs` to `maxMs`, at random. */
export function thinkTime(minMs: number, maxMs: number): Pause {
  return () => new Promise((resolve) => setTimeout(resolve, minMs + Math.random() * (maxMs - minMs)));
}

/**
 * Chapters 01–03's SCIM calls, in the notebooks' order, with the kit's own
 * client and `courseSetup`: the traffic one learner's notebooks make on the
 * storyline (the cells that show a deliberate error are left out). `pause`
 * runs between cells.
 */
export async function runChapters(client: ScimClient, pause: Pause = async () => {}): Promise<void> {
  // 01: Charles joins.
  const setup = await courseSetup(client, { chapter: "chapter01" });
  await pause();
  await client.groups.get(setup.groupId);
  await pause();
  const david = directoryEntry("dwallace");
  const davidFound = await client.users.list({ filter: filter.eq("externalId", david.entryUUID) });
  await pause();
  if (davidFound.Resources.length === 0) await client.users.create(david.user);
  await pause();
  const charles = directoryEntry("cminer");
  const charlesFound = await client.users.list({ filter: filter.eq("externalId", charles.entryUUID) });
  await pause();
  const charlesId = charlesFound.Resources[0]?.id ?? (await client.users.create(charles.user)).id;
  await pause();
  await client.groups.patch(setup.groupId, patch().add("members", [{ value: charlesId }]));
  await pause();
  await client.groups.get(setup.groupId);
  await pause();

  // 02: Michael leaves.
  const two = await courseSetup(client, { chapter: "chapter02" });
  await pause();
  const michaelId = two.users["mscott"]!;
  await client.users.patch(michaelId, patch().replace("active", false));
  await pause();
  await client.users.get(michaelId);
  await pause();
  await client.groups.patch(two.groupId, patch().remove(`members[value eq "${michaelId}"]`));
  await pause();
  await client.users.list({ filter: filter.eq("active", false) });
  await pause();
  await client.groups.get(two.groupId);
  await pause();

  // 03: the Michael Scott Paper Company.
  const three = await courseSetup(client, { chapter: "chapter03" });
  await pause();
  const [pamId, ryanId] = [three.users["pbeesly"]!, three.users["rhoward"]!];
  const name = "Michael Scott Paper Company";
  const found = await client.groups.list({ filter: filter.eq("displayName", name) });
  await pause();
  const mspc = found.Resources[0] ?? (await client.groups.create({ displayName: name }));
  await pause();
  await client.groups.patch(mspc.id, patch().add("members", [{ value: michaelId }, { value: pamId }, { value: ryanId }]));
  await pause();
  await client.groups.patch(three.groupId, patch().remove(`members[value eq "${pamId}"]`).remove(`members[value eq "${ryanId}"]`));
  await pause();
  const addresses: [string, string][] = [
    [michaelId, "michael.scott@michaelscottpaper.com"],
    [pamId, "pam.beesly@michaelscottpaper.com"],
    [ryanId, "ryan.howard@michaelscottpaper.com"],
  ];
  for (const [id, address] of addresses) await client.users.patch(id, patch().replace('emails[type eq "work"].value', address));
  const ryan = await client.users.get(ryanId);
  await pause();
  await client.users.replace(ryanId, {
    userName: "rhoward",
    externalId: ryan.externalId,
    name: { formatted: "Ryan Howard", givenName: "Ryan", familyName: "Howard" },
    title: "Salesman",
    active: true,
    emails: [{ value: "ryan.howard@michaelscottpaper.com", type: "work", primary: true }],
  });
}

/** Exchanges that failed: no response, or a 4xx/5xx the storyline does not expect. */
export function failed(exchanges: readonly Exchange[]): Exchange[] {
  return exchanges.filter((exchange) => exchange.status === undefined || exchange.status >= 400);
}

async function postJson(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST ${new URL(url).pathname} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}
