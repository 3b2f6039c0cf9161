import { randomUUID } from "node:crypto";
import * as errors from "../../scim/errors.js";
import { EnterpriseUserSchemaDefinition } from "../../scim/definitions/enterprise-user-schema.js";
import { GroupSchemaDefinition } from "../../scim/definitions/group-schema.js";
import { GroupResourceType, UserResourceType } from "../../scim/definitions/resource-types.js";
import { UserSchemaDefinition } from "../../scim/definitions/user-schema.js";
import { parseFilter } from "../../scim/filter/parser.js";
import { parsePatchPath } from "../../scim/path.js";
import { SchemaUrn } from "../../scim/urns.js";
import type { FilterMatcher, PatchApplier, ScimHandler, ScimParts } from "../serve/scim-app.js";
import type { ScimReply, ScimRequest } from "../serve/scim-exchange.js";
import { applyPatchSolution, handleGroupsSolution, handleUsersSolution, matchesFilterSolution } from "./09-solutions.js";

/**
 * A SCIM JSON reply: the status, the body, `Content-Type: application/scim+json`
 * (RFC 7644 §3.1) and any other headers. The notebook defines the same helper.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export function scimJson(status: number, body: unknown, headers: Record<string, string> = {}): ScimReply {
  return { status, body, headers: { "Content-Type": "application/scim+json", ...headers } };
}

/**
 * The resource with a fresh `meta` (RFC 7643 §3.1): its type, when it was
 * created (kept from `created` on a replace) and last modified, its
 * `location`, and a new weak `version` on every write. The notebook defines
 * the same helper.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 */
export function withMeta(resource: any, resourceType: "User" | "Group", req: ScimRequest, created?: string): any {
  const now = new Date().toISOString();
  const location = `${req.baseUrl}/${resourceType}s/${resource.id}`;
  const version = `W/"${randomUUID()}"`;
  return { ...resource, meta: { resourceType, created: created ?? now, lastModified: now, location, version } };
}

/**
 * A ListResponse of `resources`, paged with `startIndex` (1-based) and
 * `count` when the query has them. The notebook defines the same helper.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.4
 */
export function listOf(resources: any[], req: ScimRequest): unknown {
  const startIndex = Math.max(1, Number(req.query.get("startIndex") ?? 1) || 1);
  const count = req.query.has("count") ? Math.max(0, Number(req.query.get("count")) || 0) : resources.length;
  const page = resources.slice(startIndex - 1, startIndex - 1 + count);
  return { schemas: [SchemaUrn.ListResponse], totalResults: resources.length, startIndex, itemsPerPage: page.length, Resources: page };
}

/**
 * Discovery (RFC 7644 §4): `/ServiceProviderConfig` (PATCH, filters and
 * ETags supported; no bulk, sorting or password change), `/ResourceTypes`
 * and `/Schemas`, each list also by id. The notebook's worked example.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-4
 */
export const discovery: ScimHandler = (req) => {
  if (req.method !== "GET") throw new errors.ScimError(405, `${req.method} is not allowed on /${req.resource}.`);
  const meta = (resourceType: string, path: string) => ({ resourceType, location: req.baseUrl + path });
  const list = (resources: any[]) => ({
    schemas: [SchemaUrn.ListResponse],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  });
  if (req.resource === "ServiceProviderConfig") {
    return scimJson(200, {
      schemas: [SchemaUrn.ServiceProviderConfig],
      documentationUri: "https://www.rfc-editor.org/rfc/rfc7644",
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: true },
      authenticationSchemes: [
        { type: "oauthbearertoken", name: "OAuth Bearer Token", description: "A bearer token (this notebook's server accepts any)." },
      ],
      meta: meta("ServiceProviderConfig", "/ServiceProviderConfig"),
    });
  }
  const [kind, all] =
    req.resource === "ResourceTypes"
      ? ["ResourceType", [UserResourceType, GroupResourceType].map((type) => ({ ...type, meta: meta("ResourceType", `/ResourceTypes/${type.id}`) }))]
      : [
          "Schema",
          [UserSchemaDefinition, EnterpriseUserSchemaDefinition, GroupSchemaDefinition].map((schema) => ({
            ...schema,
            meta: meta("Schema", `/Schemas/${schema.id}`),
          })),
        ];
  if (req.id === undefined) return scimJson(200, list(all));
  const one = (all as any[]).find((item) => item.id === req.id);
  if (one === undefined) throw new errors.NotFoundError(`No ${kind} has the id ${JSON.stringify(req.id)}.`);
  return scimJson(200, one);
};

/**
 * The names the chapter's solutions use, as the notebook's first cells
 * define them: the helpers above, `randomUUID`, `parseFilter`,
 * `parsePatchPath`, `SchemaUrn` and the SCIM error classes.
 */
export const ownServerScope: Record<string, unknown> = {
  ...errors,
  scimJson,
  withMeta,
  listOf,
  discovery,
  randomUUID,
  parseFilter,
  parsePatchPath,
  SchemaUrn,
};

/**
 * Run a solution (`const name: Type = …`, plain JavaScript past the first
 * line's annotation) with {@link ownServerScope}, and return what it declares.
 */
function evaluateSolution<T>(solution: string): T {
  const match = /^const (\w+)(?:\s*:\s*\w+)?\s*=/.exec(solution);
  if (match === null) throw new Error(`A chapter 09 solution must start with "const name": ${solution.slice(0, 40)}`);
  const code = `const ${match[1]} =${solution.slice(match[0].length)}\nreturn ${match[1]};`;
  const names = Object.keys(ownServerScope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  return new Function(...names, code)(...names.map((name) => ownServerScope[name])) as T;
}

let reference: Required<ScimParts> | undefined;

/**
 * The reference server: discovery and the chapter's four solutions. A check
 * puts the learner's part in place of one of them, so that each question is
 * judged on its own part.
 */
export function referenceParts(): Required<ScimParts> {
  reference ??= {
    discovery,
    users: evaluateSolution<ScimHandler>(handleUsersSolution),
    matchesFilter: evaluateSolution<FilterMatcher>(matchesFilterSolution),
    applyPatch: evaluateSolution<PatchApplier>(applyPatchSolution),
    groups: evaluateSolution<ScimHandler>(handleGroupsSolution),
  };
  return reference;
}
