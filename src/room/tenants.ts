import { rmSync } from "node:fs";
import { join } from "node:path";
import { createHandler, RequestLog, SqliteStore, type ScimHandler } from "../server/index.js";
import { RequestStats } from "./request-stats.js";
import { newToken } from "./secrets.js";

/**
 * One learner's directory: a `SqliteStore` of its own, and its own handlers,
 * so that uniqueness, ETags, Bulk, members, the response cache and the
 * request log are per tenant by construction — no route knows of tenants.
 */
export interface Tenant {
  readonly learnerId: string;
  readonly store: SqliteStore;
  /** The learner's SCIM handler: logs to {@link Tenant.requestLog}. */
  readonly handler: ScimHandler;
  /** The same directory without the request log: the room's own reads (progress) and the instructor's moves. */
  readonly internal: ScimHandler;
  /** The tenant's bearer token, random per process, known only to the room (it authenticates learners itself). */
  readonly token: string;
  readonly requestLog: RequestLog;
  readonly stats: RequestStats;
}

/** Options of {@link Tenants}. */
export interface TenantsOptions {
  /** The room's data folder; tenants live in `tenants/<learnerId>.db`. */
  folder: string;
  /** The SCIM base URL every tenant answers at. */
  baseUrl: string;
  /** Exchanges kept per tenant's request log. @default 200 */
  requestLogSize?: number;
  /** Told of a bug before it is answered with a 500. */
  onInternalError?: (error: unknown) => void;
}

/**
 * The open tenants of a room, opened on first use and kept: a learner's
 * first request opens (or creates) their file; a restart reopens it.
 */
export class Tenants {
  readonly #options: TenantsOptions;
  readonly #open = new Map<string, Tenant>();

  constructor(options: TenantsOptions) {
    this.#options = options;
  }

  /** The tenant of `learnerId`, opened when needed. The id must come from the registry (it names a file). */
  get(learnerId: string): Tenant {
    let tenant = this.#open.get(learnerId);
    if (tenant === undefined) {
      tenant = this.#openTenant(learnerId);
      this.#open.set(learnerId, tenant);
    }
    return tenant;
  }

  /** The tenant of `learnerId` if it is open (a learner who never called has none). */
  peek(learnerId: string): Tenant | undefined {
    return this.#open.get(learnerId);
  }

  /** Empty a learner's directory: close and delete their file; the next request starts afresh. */
  reset(learnerId: string): void {
    this.#open.get(learnerId)?.store.close();
    this.#open.delete(learnerId);
    const file = this.#file(learnerId);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }

  /** Close every tenant's database. */
  close(): void {
    for (const tenant of this.#open.values()) tenant.store.close();
    this.#open.clear();
  }

  #file(learnerId: string): string {
    if (!/^[0-9a-f]{12}$/.test(learnerId)) throw new Error(`"${learnerId}" is not a learner id.`);
    return join(this.#options.folder, "tenants", `${learnerId}.db`);
  }

  #openTenant(learnerId: string): Tenant {
    // A room's one event loop serves every learner: an fsync per commit would stall them all (see Synchronous).
    const store = new SqliteStore(this.#file(learnerId), "NORMAL");
    const token = newToken();
    const requestLog = new RequestLog(this.#options.requestLogSize ?? 200);
    const common = { store, token, baseUrl: this.#options.baseUrl, onInternalError: this.#options.onInternalError };
    return {
      learnerId,
      store,
      token,
      requestLog,
      handler: createHandler({ ...common, requestLog }),
      internal: createHandler(common),
      stats: new RequestStats(),
    };
  }
}
