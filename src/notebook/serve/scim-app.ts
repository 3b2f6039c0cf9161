import { NotFoundError, NotImplementedError, UnauthorizedError } from "../../scim/errors.js";
import type { Filter } from "../../scim/filter/ast.js";
import type { ScimReply, ScimRequest } from "./scim-exchange.js";
import type { RequestHandler } from "./serve-in-kernel.js";

/**
 * Decide whether a resource (or one value of a multi-valued attribute, for
 * `emails[type eq "work"]`) matches a parsed filter (`parseFilter(text)`).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export type FilterMatcher = (resource: any, filter: Filter) => boolean;

/**
 * Apply a PatchOp's `Operations` (as sent: unchecked) to a copy of a resource and return the
 * result, or throw the SCIM error the RFC names (`NoTargetError`…).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export type PatchApplier = (resource: any, operations: any[], ctx: ScimContext) => any;

/**
 * What an endpoint's handler gets besides the request: the server's storage
 * (one Map per resource type, by `id`) and the other parts of the server.
 */
export interface ScimContext {
  /** The stored Users, by `id`. */
  users: Map<string, any>;
  /** The stored Groups, by `id`. */
  groups: Map<string, any>;
  /** The server's filter (see {@link FilterMatcher}). */
  matchesFilter: FilterMatcher;
  /** The server's PATCH (see {@link PatchApplier}). */
  applyPatch: PatchApplier;
}

/** The handler of one endpoint (or of discovery): a request and the context in, a reply out. */
export type ScimHandler = (req: ScimRequest, ctx: ScimContext) => ScimReply | Promise<ScimReply>;

/** The parts of a server you write, each replaceable on its own. */
export interface ScimParts {
  /** `/ServiceProviderConfig`, `/ResourceTypes`, `/Schemas` (RFC 7644 §4). */
  discovery?: ScimHandler;
  /** `/Users` and `/Users/{id}` (RFC 7644 §3.2). */
  users?: ScimHandler;
  /** `/Groups` and `/Groups/{id}`. */
  groups?: ScimHandler;
  /** Filters; until you write one, a filter is answered 501. */
  matchesFilter?: FilterMatcher;
  /** PATCH; until you write it, a PATCH is answered 501. */
  applyPatch?: PatchApplier;
}

const discoveryEndpoints = new Set(["ServiceProviderConfig", "ResourceTypes", "Schemas"]);

/** How `scimApp` lets requests in. */
export interface ScimAppOptions {
  /**
   * The bearer token to require. Without it, any `Authorization: Bearer …`
   * is let in (checking tokens for real is another lesson); a request with
   * none is refused either way.
   */
  token?: string;
}

/**
 * Put the parts of a server together: route each request by its first path
 * segment (`/Users…` to `users`, `/Groups…` to `groups`, the three discovery
 * endpoints to `discovery`) and give every handler the same context: the
 * store (a `Map` per resource type, in memory, empty at first) and the
 * filter and PATCH parts. A path no part serves is answered 404; a missing
 * `matchesFilter` or `applyPatch` makes the request that needs it 501
 * (RFC 7644 §3.12). A request without `Authorization: Bearer …` is answered
 * 401 (RFC 7644 §2). Serve the result with `serveInKernel`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-2
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.2
 * @example
 * const server = await serveInKernel(scimApp({ discovery, users: handleUsers }));
 */
export function scimApp(parts: ScimParts, options: ScimAppOptions = {}): RequestHandler {
  const ctx: ScimContext = {
    users: new Map(),
    groups: new Map(),
    matchesFilter:
      parts.matchesFilter ??
      (() => {
        throw new NotImplementedError("This server does not evaluate filters yet (no matchesFilter).");
      }),
    applyPatch:
      parts.applyPatch ??
      (() => {
        throw new NotImplementedError("This server does not apply PATCH yet (no applyPatch).");
      }),
  };
  return (req) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers["authorization"] ?? "")?.[1];
    if (token === undefined || (options.token !== undefined && token !== options.token)) {
      throw new UnauthorizedError("This server needs an Authorization: Bearer token (RFC 7644 §2).");
    }
    const part = discoveryEndpoints.has(req.resource)
      ? parts.discovery
      : req.resource === "Users"
        ? parts.users
        : req.resource === "Groups"
          ? parts.groups
          : undefined;
    if (part === undefined) throw new NotFoundError(`This server has no endpoint ${req.path}.`);
    return part(req, ctx);
  };
}
