import type { ScimClient } from "../client/index.js";
import { filter } from "../scim/filter/index.js";
import { bulkWriter, requestWriter, type ResourceWriter } from "./bulk-writer.js";
import type { SeedProgress } from "./directory.js";
import { generateDirectory } from "./directory-generator.js";

/**
 * Operations per Bulk request (fewer if the server allows fewer): small enough that one request
 * stays well inside the client's timeout on a busy machine, large enough to keep requests few.
 */
const operationsPerRequest = 250;

/** Options of {@link seedCrowd}. */
export interface SeedCrowdOptions {
  /**
   * How many generated users the crowd has; `"auto"`: 5,000 on scimlab's own server, 500 on any other
   * (seeding thousands of made-up people into a service you do not own is not polite, and some
   * servers slow down badly as they grow).
   * @default "auto"
   */
  users?: number | "auto";
  /**
   * The faker seed: the same seed gives the same crowd (see `generateDirectory`).
   * @default 4
   */
  seed?: number;
  /** Called with the progress, as `seedDirectory` reports it (`progressBar()` draws it in a notebook). */
  onProgress?: (progress: SeedProgress) => void;
}

/** What {@link seedCrowd} did. */
export interface SeedCrowdResult {
  /** `true` when the crowd was on the server already, so nothing was written. */
  alreadyThere: boolean;
  /** How many users were created (0 when the crowd was there). */
  created: number;
  /** How they were written: `bulk` (RFC 7644 §3.7) or `requests`; absent when nothing was written. */
  method?: "bulk" | "requests";
  /** Wall-clock time, in milliseconds. */
  durationMs: number;
}

/**
 * Seed the crowd of chapter 04: a few thousand generated users (no groups,
 * departments that are not the story's), written through `/Bulk` when the
 * server supports it (250 operations a request, one request at a time), else
 * with one POST per user, eight at a time. Idempotent and cheap to run again: when the crowd's
 * first user is on the server (`userName eq`) and the server holds at least
 * as many users as the crowd (`count=0`, RFC 7644 §3.4.2.4), it writes
 * nothing and reports the phase as done; a crowd cut short is completed
 * (a 409, RFC 7644 §3.3, means the user exists: it is skipped).
 *
 * The crowd is not part of the storyline: `courseSetup` and
 * `verifyCheckpoint` find the story's people by `externalId eq` and
 * `userName eq`, and its groups by `displayName eq`, so they neither see
 * nor touch it.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export async function seedCrowd(client: ScimClient, options: SeedCrowdOptions = {}): Promise<SeedCrowdResult> {
  const size = options.users === undefined || options.users === "auto" ? await crowdSizeFor(client) : options.users;
  const seed = options.seed ?? 4;
  const started = performance.now();
  // The first user of a larger directory is the first of a smaller one: generating one is enough to look.
  const first = generateDirectory({ users: 1, groups: 0, seed }).users[0];
  if (size < 1 || first === undefined) return { alreadyThere: true, created: 0, durationMs: 0 };
  const [found, everyone] = await Promise.all([
    client.users.list({ filter: filter.eq("userName", first.userName), attributes: ["userName"], count: 1 }),
    client.users.list({ count: 0 }),
  ]);
  if (found.totalResults > 0 && everyone.totalResults >= size) {
    options.onProgress?.({ phase: "users", done: size, total: size });
    return { alreadyThere: true, created: 0, durationMs: Math.round(performance.now() - started) };
  }
  const users = generateDirectory({ users: size, groups: 0, seed }).users;
  const bulk = await bulkSupport(client);
  const write: ResourceWriter = bulk
    ? bulkWriter(client, { maxOperations: Math.min(operationsPerRequest, bulk.maxOperations), maxPayloadSize: bulk.maxPayloadSize }, 1)
    : requestWriter(client, 8);
  let done = 0;
  options.onProgress?.({ phase: "users", done, total: size });
  const outcomes = await write("/Users", users, (count) => {
    done += count;
    options.onProgress?.({ phase: "users", done, total: size });
  });
  return {
    alreadyThere: false,
    created: outcomes.filter((outcome) => outcome.status === "created").length,
    method: bulk ? "bulk" : "requests",
    durationMs: Math.round(performance.now() - started),
  };
}

/** The URN of the extension scimlab's server adds to its ServiceProviderConfig (the lab features). */
const labExtension = "urn:scimlab:params:scim:schemas:extension:lab:2.0:ServiceProviderConfig";

/**
 * 5,000 on scimlab's embedded server (its ServiceProviderConfig declares the lab extension, or its
 * authentication scheme names scimlab), else 500.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
async function crowdSizeFor(client: ScimClient): Promise<number> {
  try {
    const config = (await client.serviceProviderConfig()) as { schemas?: string[]; authenticationSchemes?: Array<{ description?: string }> };
    const ours = (config.schemas ?? []).includes(labExtension) || (config.authenticationSchemes ?? []).some((scheme) => /scimlab/.test(scheme.description ?? ""));
    return ours ? 5000 : 500;
  } catch {
    return 500;
  }
}

/** The server's Bulk limits (RFC 7643 §5), or undefined when it does not support Bulk or will not say. */
async function bulkSupport(client: ScimClient): Promise<{ maxOperations: number; maxPayloadSize: number } | undefined> {
  try {
    const { supported, maxOperations = 0, maxPayloadSize = 0 } = (await client.serviceProviderConfig()).bulk;
    return supported && maxOperations > 0 && maxPayloadSize > 0 ? { maxOperations, maxPayloadSize } : undefined;
  } catch {
    return undefined;
  }
}
