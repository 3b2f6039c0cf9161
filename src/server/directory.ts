import { randomUUID } from "node:crypto";
import type { ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import { NotFoundError, UniquenessError } from "../scim/errors.js";
import { SchemaUrn } from "../scim/urns.js";
import { checkIfMatch, formatVersion } from "./etag.js";
import { checkMembers } from "./membership.js";
import { applyPatch } from "./resource/patch.js";
import { prepareWrite } from "./resource/validate.js";
import { runQuery, type StoreQuery, type StoreQueryResult } from "./store/query.js";
import { toRow } from "./store/resource-row.js";
import type { SqliteStore, StoredRow } from "./store/sqlite.js";

/** A resource as stored and served: a JSON object with `id` and `meta`. */
export type ScimResource = Record<string, unknown>;

/** The endpoint of each resource type, RFC 7644 §3.2. */
const endpointOf: Record<ResourceTypeName, string> = { User: "/Users", Group: "/Groups" };

/**
 * The directory behind `/Users` and `/Groups`: creates, reads, replaces,
 * patches and deletes resources in the store, maintaining `id`, `meta`
 * (RFC 7643 §3.1), userName uniqueness, group membership and the derived
 * `User.groups`. Every write is one transaction.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export class Directory {
  readonly store: SqliteStore;
  readonly baseUrl: string;

  constructor(store: SqliteStore, baseUrl: string) {
    this.store = store;
    this.baseUrl = baseUrl;
  }

  /** The resource `id` of type `type`, or 404. */
  get(type: ResourceTypeName, id: string): ScimResource {
    return this.materialize(this.row(type, id));
  }

  /**
   * Create a resource (RFC 7644 §3.3): validate the input, refuse a taken
   * userName (409 uniqueness) or unknown members (400 invalidValue), then
   * assign `id` and `meta`.
   *
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
   */
  create(type: ResourceTypeName, input: unknown): ScimResource {
    return this.store.transaction(() => {
      const id = randomUUID();
      const now = new Date().toISOString();
      const resource = this.#assemble(type, prepareWrite(type, input), id, { resourceType: type, created: now, lastModified: now });
      this.#save(type, resource, 1, true);
      return this.get(type, id);
    });
  }

  /**
   * Replace a resource (RFC 7644 §3.5.1), honouring `If-Match` (412 when stale).
   *
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
   */
  replace(type: ResourceTypeName, id: string, input: unknown, ifMatch?: string): ScimResource {
    return this.#modify(type, id, ifMatch, () => input);
  }

  /**
   * Modify a resource with PATCH operations (RFC 7644 §3.5.2): apply them to
   * the stored resource, validate the result like a replacement, save.
   *
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
   */
  patch(type: ResourceTypeName, id: string, operations: unknown[], ifMatch?: string): ScimResource {
    return this.#modify(type, id, ifMatch, (existing) => applyPatch(existing, operations, type));
  }

  /**
   * Delete a resource (RFC 7644 §3.6). A deleted User or Group leaves every
   * group that listed it; those groups get a new version.
   *
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.6
   */
  delete(type: ResourceTypeName, id: string, ifMatch?: string): void {
    this.store.transaction(() => {
      const row = this.row(type, id);
      checkIfMatch(ifMatch, row.version);
      const now = new Date().toISOString();
      for (const groupId of this.store.members.groupsWithMember(id)) {
        const group = this.store.get(groupId);
        if (group === undefined) continue;
        const doc = JSON.parse(group.doc) as ScimResource;
        const members = (doc.members as { value?: unknown }[] | undefined) ?? [];
        doc.members = members.filter((member) => member.value !== id);
        if ((doc.members as unknown[]).length === 0) delete doc.members;
        (doc.meta as Record<string, unknown>).lastModified = now;
        this.#save("Group", doc, group.version + 1, false);
      }
      this.store.members.removeEverywhere(id);
      this.store.delete(id);
    });
  }

  /** A page of resources, RFC 7644 §3.4.2 (see {@link runQuery}). */
  list(query: StoreQuery): StoreQueryResult {
    return runQuery(this.store, query, (row, complete) => this.materialize(row, complete));
  }

  /**
   * The resource clients see for a stored row: `meta.location` from the base
   * URL, `meta.version` as an ETag and, for a User, `groups` computed from
   * membership: direct groups (`type: "direct"`) and the groups that contain
   * those (`type: "indirect"`), RFC 7643 §4.1.2. A Group's `members[].display`
   * (readOnly) is the member's current displayName. With `complete: false`,
   * these derived values are skipped (to test a filter that does not need them).
   *
   * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
   */
  materialize(row: StoredRow, complete = true): ScimResource {
    const resource = JSON.parse(row.doc) as ScimResource;
    const meta = resource.meta as Record<string, unknown>;
    meta.location = this.location(row.type, row.id);
    meta.version = formatVersion(row.version);
    if (complete && row.type === "Group" && Array.isArray(resource.members)) {
      const names = this.store.members.memberDisplayNames(row.id);
      for (const member of resource.members as Record<string, unknown>[]) {
        const name = names.get(member.value as string);
        if (typeof name === "string") member.display = name;
        else delete member.display;
      }
    }
    if (complete && row.type === "User") {
      const groups = this.userGroups(row);
      if (groups.length > 0) resource.groups = groups;
    }
    return resource;
  }

  /**
   * A User's `groups` (readOnly, RFC 7643 §4.1.2), derived from membership:
   * direct groups (`type: "direct"`) and the groups that contain those
   * (`type: "indirect"`).
   *
   * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.1.2
   */
  userGroups(row: StoredRow): Record<string, unknown>[] {
    return this.store.members.groupsOf(row.id, row.directGroups).map((group) => ({
      value: group.groupId,
      $ref: this.location("Group", group.groupId),
      ...(group.displayName === null ? {} : { display: group.displayName }),
      type: group.direct ? "direct" : "indirect",
    }));
  }

  /** The URL of a resource, `{base}/Users/{id}`. */
  location(type: ResourceTypeName, id: string): string {
    return `${this.baseUrl}${endpointOf[type]}/${id}`;
  }

  /** The stored row of resource `id` of type `type`, or 404. */
  row(type: ResourceTypeName, id: string): StoredRow {
    const row = this.store.get(id);
    if (row === undefined || row.type !== type) {
      throw new NotFoundError(`No ${type} with id "${id}" exists.`, {
        hint: `List ${endpointOf[type]} to find the id you want; a deleted resource does not come back.`,
      });
    }
    return row;
  }

  #assemble(type: ResourceTypeName, prepared: ScimResource, id: string, meta: Record<string, unknown>): ScimResource {
    const { schemas, id: _id, meta: _meta, groups: _groups, ...attributes } = prepared;
    const resource: ScimResource = { schemas: schemasOf(type, schemas, attributes), id, ...attributes, meta };
    if (type === "Group") checkMembers(this, resource);
    return resource;
  }

  /**
   * A replace or a PATCH, in one transaction: read the stored resource (404),
   * check `If-Match` (412), validate what `change` makes of it as a
   * replacement, save it with the next version and a new `lastModified`.
   */
  #modify(type: ResourceTypeName, id: string, ifMatch: string | undefined, change: (existing: ScimResource) => unknown): ScimResource {
    return this.store.transaction(() => {
      const row = this.row(type, id);
      checkIfMatch(ifMatch, row.version);
      const existing = JSON.parse(row.doc) as ScimResource;
      const prepared = prepareWrite(type, change(existing), existing);
      const meta: Record<string, unknown> = { ...(existing.meta as Record<string, unknown>), lastModified: new Date().toISOString() };
      delete meta.location;
      delete meta.version;
      this.#save(type, this.#assemble(type, prepared, existing.id as string, meta), row.version + 1, false);
      return this.get(type, id);
    });
  }

  #save(type: ResourceTypeName, resource: ScimResource, version: number, isNew: boolean): void {
    const row = toRow(type, resource, version);
    if (row.userNameLc !== null) {
      const owner = this.store.idByUserName(row.userNameLc);
      if (owner !== undefined && owner !== row.id) {
        throw new UniquenessError(`userName "${String(resource.userName)}" is already taken by another User.`, {
          hint: "userName is unique, compared case-insensitively; choose another one or update the existing User.",
        });
      }
    }
    if (isNew) this.store.insert(row);
    else this.store.update(row);
    if (type === "Group") this.store.members.setGroup(row.id, membersOf(resource));
  }
}

function schemasOf(type: ResourceTypeName, schemas: unknown, attributes: ScimResource): string[] {
  if (Array.isArray(schemas) && schemas.length > 0) return schemas as string[];
  const core = type === "User" ? SchemaUrn.User : SchemaUrn.Group;
  return SchemaUrn.EnterpriseUser in attributes ? [core, SchemaUrn.EnterpriseUser] : [core];
}

function membersOf(resource: ScimResource): { memberId: string; type: ResourceTypeName }[] {
  const members = (resource.members as { value: string; type: ResourceTypeName }[] | undefined) ?? [];
  return members.map((member) => ({ memberId: member.value, type: member.type }));
}

