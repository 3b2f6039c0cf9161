// A second, independent SCIM 2.0 service provider, to check that the chapters run unchanged on a server that is
// not ours. The protocol (routing, filters, PATCH, attributes, paging, Bulk, discovery, errors) is entirely the
// npm packages scimmy + scimmy-routers; this file only supplies what they leave to the host: in-memory storage,
// User.groups derived from Group members, userName uniqueness and a Bearer token check.
import express from "express";
import { randomUUID } from "node:crypto";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";

const MOUNT = "/scim/v2";
const { Error: SCIMError } = SCIMMY.Types;
const users = new Map();
const groups = new Map();
let base = "";

const now = () => new Date().toISOString();
const plain = (instance) => JSON.parse(JSON.stringify(instance));

function userGroups(id) {
  return [...groups.values()]
    .filter((group) => (group.members ?? []).some((member) => member.value === id))
    .map((group) => ({ value: group.id, display: group.displayName, $ref: `${base}${MOUNT}/Groups/${group.id}`, type: "direct" }));
}

function withGroups(user) {
  const memberships = userGroups(user.id);
  return memberships.length ? { ...user, groups: memberships } : user;
}

// userName has uniqueness "server" (RFC 7643 §4.1.1), compared case-insensitively (caseExact false).
function store(map, resource, instance, uniqueAttribute, resourceType) {
  const data = plain(instance);
  for (const key of ["id", "meta", "groups", "schemas"]) delete data[key];
  const clash =
    uniqueAttribute &&
    [...map.values()].find(
      (r) => r.id !== resource.id && String(r[uniqueAttribute]).toLowerCase() === String(data[uniqueAttribute]).toLowerCase(),
    );
  if (clash) throw new SCIMError(409, "uniqueness", `${uniqueAttribute} '${data[uniqueAttribute]}' already in use`);
  const previous = resource.id ? map.get(resource.id) : undefined;
  if (resource.id && !previous) throw new SCIMError(404, null, `Resource ${resource.id} not found`);
  const id = resource.id ?? randomUUID();
  const record = { id, ...data, meta: { resourceType, created: previous?.meta.created ?? now(), lastModified: now() } };
  map.set(id, record);
  return record;
}

function read(map, resource, decorate = (r) => r) {
  const all = [...map.values()].map((r) => decorate(structuredClone(r)));
  if (resource.id) {
    const hit = all.find((r) => r.id === resource.id);
    if (!hit) throw new SCIMError(404, null, `Resource ${resource.id} not found`);
    return hit;
  }
  return resource.filter ? all.filter((r) => matches(resource.filter, r)) : all;
}

// Two workarounds for scimmy 1.3.5's Filter.match, keeping its semantics: records are matched one at a time,
// because one record lacking a sub-attribute makes the whole match throw; and extension attributes are also
// exposed under their flat URN key, which is how scimmy looks them up.
function matches(filter, record) {
  const probe = { ...record };
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith("urn:") && value && typeof value === "object" && !Array.isArray(value)) {
      for (const [sub, subValue] of Object.entries(value)) probe[`${key}:${sub}`] = subValue;
    }
  }
  try {
    return filter.match([probe]).length > 0;
  } catch (error) {
    if (error instanceof TypeError && error.message === "Cannot convert undefined or null to object") return false;
    throw error;
  }
}

let declared = false;
function declareResources() {
  if (declared) return;
  declared = true;
  SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .extend(SCIMMY.Schemas.EnterpriseUser, false)
    .ingress((resource, instance) => withGroups(structuredClone(store(users, resource, instance, "userName", "User"))))
    .egress((resource) => read(users, resource, withGroups))
    .degress((resource) => {
      if (!users.delete(resource.id)) throw new SCIMError(404, null, `Resource ${resource.id} not found`);
      for (const group of groups.values()) group.members = (group.members ?? []).filter((m) => m.value !== resource.id);
    });
  SCIMMY.Resources.declare(SCIMMY.Resources.Group)
    .ingress((resource, instance) => store(groups, resource, instance, null, "Group"))
    .egress((resource) => read(groups, resource))
    .degress((resource) => {
      if (!groups.delete(resource.id)) throw new SCIMError(404, null, `Resource ${resource.id} not found`);
    });
}

/**
 * Start the peer on 127.0.0.1 with empty storage.
 * @param {{ port?: number, token?: string }} [options]
 * @returns {Promise<{ url: string, token: string, close(): Promise<void> }>}
 */
export function startPeer({ port = 0, token = "peer-token" } = {}) {
  declareResources();
  users.clear();
  groups.clear();
  const app = express();
  app.set("etag", false);
  app.use(
    MOUNT,
    new SCIMMYRouters({
      type: "bearer",
      docUri: "https://www.rfc-editor.org/rfc/rfc6750",
      handler: (request) => {
        if (request.header("Authorization") !== `Bearer ${token}`) throw new Error("Invalid or missing Bearer token");
        return undefined;
      },
      baseUri: () => base,
    }),
  );
  return new Promise((resolve) => {
    const server = app.listen(port, "127.0.0.1", () => {
      base = `http://127.0.0.1:${server.address().port}`;
      resolve({
        url: `${base}${MOUNT}`,
        token,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.keepAliveTimeout = 1_000;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const peer = await startPeer({ port: Number(process.env.PORT ?? 8990), token: process.env.SCIM_TOKEN ?? "peer-token" });
  console.log(`SCIM_BASE_URL=${peer.url} SCIM_TOKEN=${peer.token}`);
}
