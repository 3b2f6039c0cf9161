/**
 * The solutions of chapter 09, *Build your own SCIM endpoint*: the parts of
 * a minimal service provider, as a learner writes them in the notebook. Each
 * starts with `const name: Type = …`; past that first line the code is plain
 * JavaScript (no type annotations), so that the checks can also run it as
 * the reference for the parts a question does not ask about (see
 * 09-own-server.ts). The names it uses are those of 09-own-server.ts
 * `ownServerScope`, which the notebook's first cells define too.
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */

/**
 * `/Users`: create (201, `Location`, `ETag`), read, list with a filter,
 * replace, patch and delete, with `userName` unique regardless of case.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export const handleUsersSolution = String.raw`const handleUsers: ScimHandler = (req, ctx) => {
  // What a client reads: never the password (returned "never"), and the groups the user is in,
  // derived from the groups' members (readOnly, RFC 7643 §4.1.1, §4.1.2).
  const shown = (user) => {
    const copy = { ...user };
    delete copy.password;
    const groups = [...ctx.groups.values()]
      .filter((group) => (group.members ?? []).some((member) => member.value === user.id))
      .map((group) => ({ value: group.id, display: group.displayName, $ref: group.meta.location, type: "direct" }));
    if (groups.length > 0) copy.groups = groups;
    return copy;
  };
  const search = (text) => {
    const filter = text === null || text === undefined ? undefined : parseFilter(text);
    const users = [...ctx.users.values()].map(shown);
    return scimJson(200, listOf(users.filter((user) => filter === undefined || ctx.matchesFilter(user, filter)), req));
  };
  const answer = (status, user, headers = {}) => scimJson(status, shown(user), { ETag: user.meta.version, ...headers });
  // userName is required, and unique regardless of case (caseExact false, RFC 7643 §4.1.1).
  const validate = (body, id) => {
    if (body === null || typeof body !== "object" || Array.isArray(body)) throw new InvalidSyntaxError("The body is not a User.");
    if (typeof body.userName !== "string" || body.userName.trim() === "") throw new InvalidValueError("userName is required (RFC 7643 §4.1.1).");
    for (const other of ctx.users.values()) {
      if (other.id !== id && other.userName.toLowerCase() === body.userName.toLowerCase()) {
        throw new UniquenessError("userName " + JSON.stringify(body.userName) + " is already taken.");
      }
    }
  };
  // What a client writes: everything but id, meta and groups (readOnly, RFC 7643 §3.1).
  const writable = (body) => {
    const copy = { ...body };
    delete copy.id;
    delete copy.meta;
    delete copy.groups;
    if (!Array.isArray(copy.schemas) || copy.schemas.length === 0) copy.schemas = [SchemaUrn.User];
    return copy;
  };

  if (req.id === undefined) {
    if (req.method === "POST") {
      validate(req.body, undefined);
      const user = withMeta({ ...writable(req.body), id: randomUUID() }, "User", req);
      ctx.users.set(user.id, user);
      return answer(201, user, { Location: user.meta.location });
    }
    if (req.method === "GET") return search(req.query.get("filter"));
    throw new ScimError(405, req.method + " is not allowed on /Users.");
  }
  // POST /Users/.search: the filter in a SearchRequest body (RFC 7644 §3.4.3).
  if (req.id === ".search" && req.method === "POST") return search(req.body?.filter);

  const user = ctx.users.get(req.id);
  if (user === undefined) throw new NotFoundError("No User has the id " + JSON.stringify(req.id) + ".");
  if (req.method === "GET") return answer(200, user);
  if (req.method === "PUT") {
    validate(req.body, user.id);
    const replaced = withMeta({ ...writable(req.body), id: user.id }, "User", req, user.meta.created);
    ctx.users.set(user.id, replaced);
    return answer(200, replaced);
  }
  if (req.method === "PATCH") {
    const body = req.body;
    if (!Array.isArray(body?.schemas) || !body.schemas.includes(SchemaUrn.PatchOp) || !Array.isArray(body.Operations) || body.Operations.length === 0) {
      throw new InvalidSyntaxError("A PATCH body is a PatchOp with one or more Operations (RFC 7644 §3.5.2).");
    }
    const patched = ctx.applyPatch(structuredClone(user), body.Operations, ctx);
    validate(patched, user.id);
    const saved = withMeta({ ...writable(patched), id: user.id }, "User", req, user.meta.created);
    ctx.users.set(user.id, saved);
    return answer(200, saved);
  }
  if (req.method === "DELETE") {
    ctx.users.delete(user.id);
    for (const group of ctx.groups.values()) {
      if (Array.isArray(group.members)) group.members = group.members.filter((member) => member.value !== user.id);
    }
    return { status: 204 };
  }
  throw new ScimError(405, req.method + " is not allowed on /Users/{id}.");
};`;

/**
 * Evaluate a parsed filter against a resource: every operator, `and`, `or`,
 * `not`, value paths, sub-attributes and extension URNs; strings compared
 * without case except on caseExact attributes.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export const matchesFilterSolution = String.raw`const matchesFilter: FilterMatcher = (resource, filter) => {
  // Attribute names are case-insensitive (RFC 7643 §2.1).
  const lookup = (object, name) => {
    if (object === null || typeof object !== "object") return undefined;
    const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : object[key];
  };
  // The values a path names; an extension's attribute sits under its schema URN (RFC 7644 §3.10).
  const valuesOf = (path) => {
    const core = path.schema === undefined || path.schema.toLowerCase().startsWith("urn:ietf:params:scim:schemas:core:");
    const holder = core ? resource : lookup(resource, path.schema);
    let values = [lookup(holder, path.name)].flat();
    if (path.subAttribute !== undefined) values = values.flatMap((value) => [lookup(value, path.subAttribute)].flat());
    return values.filter((value) => value !== undefined && value !== null);
  };
  // id and externalId are caseExact (RFC 7643 §3.1); userName, emails… are not.
  const caseExact = (path) => path.subAttribute === undefined && ["id", "externalid"].includes(path.name.toLowerCase());
  const compare = (actual, operator, expected, exact) => {
    if (typeof actual === "boolean" || typeof expected === "boolean") {
      if (operator === "eq") return actual === expected;
      throw new InvalidFilterError(operator + " does not compare booleans (RFC 7644 §3.4.2.2).");
    }
    const numbers = typeof actual === "number" && typeof expected === "number";
    const a = numbers || exact ? actual : String(actual).toLowerCase();
    const b = numbers || exact ? expected : String(expected).toLowerCase();
    if (operator === "co") return String(a).includes(String(b));
    if (operator === "sw") return String(a).startsWith(String(b));
    if (operator === "ew") return String(a).endsWith(String(b));
    const order = a < b ? -1 : a > b ? 1 : 0;
    if (operator === "eq") return order === 0;
    if (operator === "gt") return order > 0;
    if (operator === "ge") return order >= 0;
    if (operator === "lt") return order < 0;
    if (operator === "le") return order <= 0;
    throw new InvalidFilterError("Unknown operator " + operator + ".");
  };

  switch (filter.kind) {
    case "logical":
      return filter.operator === "and"
        ? matchesFilter(resource, filter.left) && matchesFilter(resource, filter.right)
        : matchesFilter(resource, filter.left) || matchesFilter(resource, filter.right);
    case "not":
      return !matchesFilter(resource, filter.filter);
    case "valuePath":
      return valuesOf(filter.path).some((item) => matchesFilter(item, filter.filter));
    case "present":
      return valuesOf(filter.path).some((value) => value !== "" && !(typeof value === "object" && Object.keys(value).length === 0));
    case "comparison": {
      // A complex value (an email) is compared by its "value" sub-attribute.
      const values = valuesOf(filter.path).map((value) => (typeof value === "object" ? lookup(value, "value") : value));
      const exact = caseExact(filter.path);
      if (filter.value === null) return filter.operator === "ne" ? values.length > 0 : values.length === 0;
      if (filter.operator === "ne") return !values.some((value) => compare(value, "eq", filter.value, exact));
      return values.some((value) => value !== undefined && value !== null && compare(value, filter.operator, filter.value, exact));
    }
  }
  return false;
};`;

/**
 * Apply PATCH operations: `add`, `replace`, `remove`, with or without a
 * path, value paths with a sub-attribute, `noTarget` when a value filter
 * selects nothing.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const applyPatchSolution = String.raw`const applyPatch: PatchApplier = (resource, operations, ctx) => {
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const keyOf = (object, name) => Object.keys(object).find((key) => key.toLowerCase() === name.toLowerCase()) ?? name;
  const isCore = (schema) => schema === undefined || schema.toLowerCase().startsWith("urn:ietf:params:scim:schemas:core:");
  // add appends to a multi-valued attribute (a value already there is not added twice) and merges a complex one;
  // replace sets, merging a complex value (RFC 7644 §3.5.2.1, §3.5.2.3).
  const write = (holder, name, op, value) => {
    const key = keyOf(holder, name);
    const current = holder[key];
    if (op === "add" && (Array.isArray(current) || Array.isArray(value))) {
      const items = Array.isArray(current) ? [...current] : current === undefined ? [] : [current];
      for (const item of [value].flat()) {
        const same = (old) => JSON.stringify(old) === JSON.stringify(item) || (isObject(old) && isObject(item) && old.value !== undefined && old.value === item.value);
        if (!items.some(same)) items.push(item);
      }
      holder[key] = items;
    } else if (isObject(current) && isObject(value)) {
      holder[key] = { ...current, ...value };
    } else {
      holder[key] = value;
    }
  };

  for (const operation of operations) {
    const op = typeof operation?.op === "string" ? operation.op.toLowerCase() : "";
    if (!["add", "replace", "remove"].includes(op)) {
      throw new InvalidSyntaxError('"op" must be "add", "replace" or "remove" (RFC 7644 §3.5.2), not ' + JSON.stringify(operation?.op) + ".");
    }
    if (op !== "remove" && operation.value === undefined) throw new InvalidValueError(op + ' needs a "value" (RFC 7644 §3.5.2).');
    if (operation.path === undefined || operation.path === null || operation.path === "") {
      // Without a path: remove has no target; add and replace take an object of attributes.
      if (op === "remove") throw new NoTargetError('remove needs a "path" (RFC 7644 §3.5.2.2).');
      if (!isObject(operation.value)) throw new InvalidValueError("Without a path, the value is an object of attributes (RFC 7644 §3.5.2.1).");
      for (const [name, value] of Object.entries(operation.value)) {
        if (["id", "meta"].includes(name.toLowerCase())) throw new MutabilityError(name + " is readOnly (RFC 7643 §3.1).");
        if (!isCore(name) && name.toLowerCase().startsWith("urn:") && isObject(value)) {
          const key = keyOf(resource, name);
          if (!isObject(resource[key])) resource[key] = {};
          for (const [sub, subValue] of Object.entries(value)) write(resource[key], sub, op, subValue);
        } else {
          write(resource, name, op, value);
        }
      }
      continue;
    }
    const path = parsePatchPath(operation.path);
    const attribute = path.attribute;
    if (isCore(attribute.schema) && ["id", "meta"].includes(attribute.name.toLowerCase())) {
      throw new MutabilityError(attribute.name + " is readOnly (RFC 7643 §3.1).");
    }
    let holder = resource;
    if (!isCore(attribute.schema)) {
      const key = keyOf(resource, attribute.schema);
      if (!isObject(resource[key])) resource[key] = {};
      holder = resource[key];
    }
    const key = keyOf(holder, attribute.name);
    if (path.valueFilter === undefined) {
      if (attribute.subAttribute === undefined) {
        if (op === "remove") delete holder[key];
        else write(holder, attribute.name, op, operation.value);
      } else if (op === "remove") {
        if (isObject(holder[key])) delete holder[key][keyOf(holder[key], attribute.subAttribute)];
      } else {
        if (!isObject(holder[key])) holder[key] = {};
        write(holder[key], attribute.subAttribute, op, operation.value);
      }
    } else {
      // A value path selects items of a multi-valued attribute; none selected is noTarget (RFC 7644 §3.5.2).
      const items = Array.isArray(holder[key]) ? holder[key] : [];
      const selected = items.filter((item) => ctx.matchesFilter(item, path.valueFilter));
      if (selected.length === 0) throw new NoTargetError("No value of " + attribute.name + " matches " + operation.path + ".");
      if (path.subAttribute !== undefined) {
        for (const item of selected) {
          if (op === "remove") delete item[keyOf(item, path.subAttribute)];
          else write(item, path.subAttribute, op, operation.value);
        }
      } else if (op === "remove") {
        holder[key] = items.filter((item) => !selected.includes(item));
      } else {
        holder[key] = items.map((item) => (!selected.includes(item) ? item : op === "replace" ? operation.value : { ...item, ...operation.value }));
      }
    }
    if (Array.isArray(holder[key]) && holder[key].length === 0) delete holder[key];
  }
  return resource;
};`;

/**
 * `/Groups`: the same five operations as `/Users`, with `members` checked
 * against the stored resources and filled in (`type`, `display`, `$ref`).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
export const handleGroupsSolution = String.raw`const handleGroups: ScimHandler = (req, ctx) => {
  // Each member is a User or a Group of this server; the server fills in type, display and $ref (RFC 7643 §4.2).
  const membersOf = (list) => {
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) throw new InvalidValueError("members is a list of { value } (RFC 7643 §4.2).");
    const members = [];
    for (const member of list) {
      const user = ctx.users.get(member?.value);
      const target = user ?? ctx.groups.get(member?.value);
      if (target === undefined) throw new InvalidValueError("No User or Group has the id " + JSON.stringify(member?.value) + ".");
      if (members.some((known) => known.value === target.id)) continue;
      const display = user ? (user.displayName ?? user.userName) : target.displayName;
      members.push({ value: target.id, display, type: user ? "User" : "Group", $ref: target.meta.location });
    }
    return members;
  };
  const build = (body, id, created) => {
    if (body === null || typeof body !== "object" || Array.isArray(body)) throw new InvalidSyntaxError("The body is not a Group.");
    if (typeof body.displayName !== "string" || body.displayName.trim() === "") throw new InvalidValueError("displayName is required (RFC 7643 §4.2).");
    const group = { ...body, schemas: [SchemaUrn.Group], id, members: membersOf(body.members) };
    delete group.meta;
    if (group.members.length === 0) delete group.members;
    return withMeta(group, "Group", req, created);
  };
  // excludedAttributes=members leaves the members out (RFC 7644 §3.4.2.5): how clients read big groups.
  const withoutMembers = (req.query.get("excludedAttributes") ?? "").toLowerCase().split(",").includes("members");
  const shown = (group) => {
    const copy = { ...group };
    if (withoutMembers) delete copy.members;
    return copy;
  };
  const answer = (status, group, headers = {}) => scimJson(status, shown(group), { ETag: group.meta.version, ...headers });

  if (req.id === undefined) {
    if (req.method === "POST") {
      const group = build(req.body, randomUUID(), undefined);
      ctx.groups.set(group.id, group);
      return answer(201, group, { Location: group.meta.location });
    }
    if (req.method === "GET") {
      const text = req.query.get("filter");
      const filter = text === null ? undefined : parseFilter(text);
      const found = [...ctx.groups.values()].filter((group) => filter === undefined || ctx.matchesFilter(group, filter));
      return scimJson(200, listOf(found.map(shown), req));
    }
    throw new ScimError(405, req.method + " is not allowed on /Groups.");
  }

  const group = ctx.groups.get(req.id);
  if (group === undefined) throw new NotFoundError("No Group has the id " + JSON.stringify(req.id) + ".");
  if (req.method === "GET") return answer(200, group);
  if (req.method === "PUT") {
    const replaced = build(req.body, group.id, group.meta.created);
    ctx.groups.set(group.id, replaced);
    return answer(200, replaced);
  }
  if (req.method === "PATCH") {
    const body = req.body;
    if (!Array.isArray(body?.schemas) || !body.schemas.includes(SchemaUrn.PatchOp) || !Array.isArray(body.Operations) || body.Operations.length === 0) {
      throw new InvalidSyntaxError("A PATCH body is a PatchOp with one or more Operations (RFC 7644 §3.5.2).");
    }
    const saved = build(ctx.applyPatch(structuredClone(group), body.Operations, ctx), group.id, group.meta.created);
    ctx.groups.set(group.id, saved);
    return answer(200, saved);
  }
  if (req.method === "DELETE") {
    ctx.groups.delete(group.id);
    for (const other of ctx.groups.values()) {
      if (Array.isArray(other.members)) other.members = other.members.filter((member) => member.value !== group.id);
    }
    return { status: 204 };
  }
  throw new ScimError(405, req.method + " is not allowed on /Groups/{id}.");
};`;
