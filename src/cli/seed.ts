import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { ScimClient } from "../client/index.js";
import { seedDirectory, type SeedProgress } from "../setup/index.js";
import { usageError, wholeNumber } from "./arguments.js";

const usage = `Usage: scimlab seed [--users N] [--groups N] [--seed N] [--base-url URL] [--token TOKEN] [--no-bulk]

Fill a SCIM server with a generated directory (faker, deterministic per seed).
Runs again with the same seed skip what exists.

Options:
  --users N       users to create                    (default 1000)
  --groups N      groups to create                   (default 20)
  --seed N        faker seed                         (default 42)
  --base-url URL  the SCIM base URL  (default: SCIM_BASE_URL, else the running scimlab serve)
  --token TOKEN   the bearer token   (default: SCIM_TOKEN, else the development token)
  --no-bulk       one request per resource even when the server supports /Bulk
  --concurrency N requests in flight                 (default 8)`;

/**
 * `scimlab seed`: generate a directory with `seedDirectory` and show a
 * progress bar. Resolves to the exit code (0 done, 1 failed, 2 bad usage).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export async function runSeed(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        users: { type: "string" },
        groups: { type: "string" },
        seed: { type: "string" },
        "base-url": { type: "string" },
        token: { type: "string" },
        "no-bulk": { type: "boolean" },
        concurrency: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return usageError("seed", (error as Error).message, usage);
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const users = wholeNumber("users", values.users) ?? 1000;
  const groups = wholeNumber("groups", values.groups) ?? 20;
  const seed = wholeNumber("seed", values.seed) ?? 42;
  const concurrency = wholeNumber("concurrency", values.concurrency) ?? 8;
  for (const option of [users, groups, seed, concurrency]) {
    if (typeof option === "string") return usageError("seed", option, usage);
  }
  const overrides = {
    ...(values["base-url"] ? { baseUrl: values["base-url"] } : {}),
    ...(values.token ? { token: values.token } : {}),
  };
  const client = ScimClient.fromEnvironment(overrides);
  const bars = new cliProgress.MultiBar(
    { format: " {phase} [{bar}] {value}/{total} {percentage}% | {eta_formatted} left", hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  const phaseBars = new Map<string, cliProgress.SingleBar>();
  /** A bar per phase on a terminal; one line per finished phase when the output is a pipe or a file. */
  const onProgress = (progress: SeedProgress) => {
    if (!process.stderr.isTTY) {
      if (progress.done === progress.total) console.error(`${progress.phase}: ${progress.done}/${progress.total}`);
      return;
    }
    let bar = phaseBars.get(progress.phase);
    if (!bar) {
      bar = bars.create(progress.total, 0, { phase: progress.phase.padEnd(6) });
      phaseBars.set(progress.phase, bar);
    }
    bar.update(progress.done);
  };
  try {
    const result = await seedDirectory(client, {
      users: users as number,
      groups: groups as number,
      seed: seed as number,
      concurrency: concurrency as number,
      bulk: values["no-bulk"] ? false : "auto",
      onProgress,
    });
    bars.stop();
    console.log(
      `Seeded ${client.baseUrl} with seed ${String(seed)} via ${result.method === "bulk" ? "/Bulk" : "one request per resource"}: ` +
        `users ${result.users.created} created, ${result.users.skipped} already there; ` +
        `groups ${result.groups.created} created, ${result.groups.skipped} already there (${(result.durationMs / 1000).toFixed(1)} s).`,
    );
    return 0;
  } catch (error) {
    bars.stop();
    console.error(`scimlab seed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await client.close?.();
  }
}
