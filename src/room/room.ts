import type { ScimClient } from "../client/index.js";
import { ForbiddenError, InternalServerError, isScimError } from "../scim/errors.js";
import { errorResponse, type ScimHandler, type ScimHttpRequest, type ScimHttpResponse } from "../server/index.js";
import { courseSetup } from "../setup/course-setup.js";
import type { CheckpointId } from "../setup/storyline.js";
import { inProcessClient } from "./in-process-dispatcher.js";
import { readOrCreateInstructorToken } from "./instructor-token.js";
import { JoinLimiter, type JoinLimiterOptions } from "./join-limiter.js";
import { RoomRegistry, type IssuedLearner } from "./registry.js";
import { resolveCaller } from "./room-auth.js";
import { RoomEvents } from "./room-events.js";
import { RoomSessions } from "./room-sessions.js";
import { roomRoute } from "./room-routes.js";
import { storyProgress, type StoryProgress } from "./story-progress.js";
import { Tenants } from "./tenants.js";

/** Options of {@link Room}. */
export interface RoomOptions {
  /** The room's data folder: `room.db`, `instructor-token`, `tenants/<learnerId>.db`. */
  folder: string;
  /** The room's name, for a new room (an existing room keeps its own). @default "scimlab room" */
  name?: string;
  /** The SCIM base URL every learner uses. @default "http://localhost/scim/v2" */
  baseUrl?: string;
  /** The rate limit on joins per client address. @default 10 a minute */
  join?: JoinLimiterOptions;
  /** Exchanges kept in each learner's request log. @default 200 */
  requestLogSize?: number;
  /** Told of a bug before it is answered with a 500. */
  onInternalError?: (error: unknown, request: ScimHttpRequest) => void;
}

/** Who wrote to a tenant: the learner with their token, or the room on the instructor's behalf. */
export type Writer = "learner" | "instructor";

const writeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A room: one SCIM server for many learners, each with a directory of their
 * own (a tenant). {@link Room.handle} is the whole server as a function —
 * `listen(room.handle)` serves it — and resolves the tenant once, from the
 * bearer token, before the tenant's own SCIM handler sees the request.
 */
export class Room {
  readonly registry: RoomRegistry;
  readonly tenants: Tenants;
  /** Every write, join, check report and reset, for the live pages. */
  readonly events = new RoomEvents();
  /** The live pages' cookie sessions (`POST /room/session`). */
  readonly sessions = new RoomSessions();
  readonly instructorToken: string;
  /** The SCIM base URL, `http://host:port/scim/v2`. */
  readonly baseUrl: string;
  readonly joinLimiter: JoinLimiter;
  readonly #progress = new Map<string, { generation: string; progress: Promise<StoryProgress> }>();
  readonly #touched = new Map<string, number>();
  readonly #onInternalError: RoomOptions["onInternalError"];

  /** Open the room in `options.folder`, creating it on first use; a reopened room keeps its code, token and learners. */
  constructor(options: RoomOptions) {
    this.baseUrl = (options.baseUrl ?? "http://localhost/scim/v2").replace(/\/+$/, "");
    this.registry = new RoomRegistry(options.folder, options.name);
    this.instructorToken = readOrCreateInstructorToken(options.folder);
    this.joinLimiter = new JoinLimiter(options.join);
    this.#onInternalError = options.onInternalError;
    this.tenants = new Tenants({ folder: options.folder, baseUrl: this.baseUrl, requestLogSize: options.requestLogSize });
  }

  /**
   * The room's entry point: `/room/…` is the room's API; any other path is
   * the caller's own SCIM service (or its 404), chosen by the bearer token.
   */
  readonly handle: ScimHandler = async (request) => {
    try {
      const path = pathOf(request.url);
      if (path === "/room" || path.startsWith("/room/")) return await roomRoute(this, request, path);
      const caller = resolveCaller(request.headers.authorization, this.registry, this.instructorToken);
      if (caller.kind === "instructor") {
        throw new ForbiddenError("The instructor token has no directory of its own.", {
          hint: "Read a learner's directory at /room/learners/{id}/scim/v2/…, or see everyone at GET /room/learners.",
        });
      }
      return await this.scim(caller.learner.id, request, "learner");
    } catch (error) {
      if (isScimError(error)) return errorResponse(error);
      this.#onInternalError?.(error, request);
      return errorResponse(new InternalServerError("The room failed unexpectedly. This is a bug in scimlab."));
    }
  };

  /**
   * Hand a request to a learner's tenant, already authenticated: count it
   * (for a learner's own request), and tell {@link Room.events} of a
   * successful write, or of a learner's request refused — no body, no token.
   */
  async scim(learnerId: string, request: ScimHttpRequest, by: Writer): Promise<ScimHttpResponse> {
    const tenant = this.tenants.get(learnerId);
    const forwarded = { ...request, headers: { ...request.headers, authorization: `Bearer ${tenant.token}` } };
    const response = await (by === "learner" ? tenant.handler : tenant.internal)(forwarded);
    const at = new Date().toISOString();
    if (by === "learner") {
      tenant.stats.record(response.status, response.status >= 400 ? response.body : "", at);
      this.#touch(learnerId, at);
    }
    const method = request.method.toUpperCase();
    const path = pathOf(request.url);
    if (response.status < 300 && writeMethods.has(method) && !path.endsWith("/.search")) {
      this.events.emit({ type: "write", learnerId, method, path, status: response.status, at, by });
    }
    if (response.status >= 400 && by === "learner") this.events.emit({ type: "refused", learnerId, method, path, status: response.status, at });
    return response;
  }

  /** Register a learner (a join, or a pre-issued token). */
  issue(name?: string): IssuedLearner {
    const learner = this.registry.issue(name);
    this.events.emit({ type: "joined", learnerId: learner.id, at: learner.created });
    return learner;
  }

  /** A client on a learner's directory, in process, acting for the instructor (not in the learner's log or counts). */
  clientFor(learnerId: string): ScimClient {
    return inProcessClient((request) => this.scim(learnerId, request, "instructor"), this.baseUrl);
  }

  /** Where a learner stands in the storyline; recomputed only when their directory changed. */
  progress(learnerId: string): Promise<StoryProgress> {
    const generation = this.tenants.get(learnerId).store.generation();
    const cached = this.#progress.get(learnerId);
    if (cached !== undefined && cached.generation === generation) return cached.progress;
    const progress = storyProgress(this.clientFor(learnerId));
    this.#progress.set(learnerId, { generation, progress });
    progress.catch(() => this.#progress.delete(learnerId));
    return progress;
  }

  /** Bring a learner's directory to a storyline checkpoint with `courseSetup` (plain SCIM requests, in process). */
  async moveToCheckpoint(learnerId: string, checkpoint: CheckpointId): Promise<StoryProgress> {
    await courseSetup(this.clientFor(learnerId), { checkpoint });
    return this.progress(learnerId);
  }

  /** Empty a learner's directory and request counts; their token, name and check reports stay. */
  reset(learnerId: string): void {
    this.tenants.reset(learnerId);
    this.#progress.delete(learnerId);
    this.events.emit({ type: "reset", learnerId, at: new Date().toISOString() });
  }

  /** Close every database. */
  close(): void {
    this.tenants.close();
    this.registry.close();
  }

  /** Record the learner's last activity in the registry, at most every 30 s. */
  #touch(learnerId: string, at: string): void {
    const now = Date.now();
    if (now - (this.#touched.get(learnerId) ?? 0) < 30_000) return;
    this.#touched.set(learnerId, now);
    this.registry.touch(learnerId, at);
  }
}

/** The path of a request URL, without the query. */
export function pathOf(url: string): string {
  const queryAt = url.indexOf("?");
  return queryAt === -1 ? url : url.slice(0, queryAt);
}
