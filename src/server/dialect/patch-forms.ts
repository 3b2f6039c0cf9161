import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { InvalidValueError } from "../../scim/errors.js";
import { SchemaUrn } from "../../scim/urns.js";
import { isJsonObject, type JsonObject } from "../resource/attribute-access.js";
import { resolvePatchPath, type PatchTarget } from "../resource/patch-target.js";
import { isCoreSchema, knownExtension, schemaAttributes } from "../resource/schema-info.js";
import { describeStringBooleans, fixAttributeBooleans, fixResourceBooleans, type StringBoolean } from "./boolean-strings.js";
import type { FormGate } from "./form-gate.js";

const ops = new Set(["add", "replace", "remove"]);

/**
 * Rewrite a PATCH body's non-RFC forms into the RFC form, each through the
 * request's {@link FormGate} (which refuses the forms its dialect does not
 * accept). What it does not recognise is left as is, for the PATCH code to
 * judge (RFC 7644 §3.5.2).
 *
 * 1. No `schemas` (form patch-without-schemas): the PatchOp URN is added.
 * 2. Each operation's `op` in another case (op-capitalised) becomes lower case.
 * 3. A `remove` with a `value` (remove-members-with-value). On `members`
 *    without a filter, the listed members become a filter:
 *    `members[value eq "a" or value eq "b"]`, which removes exactly them. A
 *    value that names no member (empty, null, an item without "value") is
 *    400 invalidValue in every dialect: it never becomes "remove every
 *    member". A `remove` of `members` with neither filter nor value keeps its
 *    RFC meaning, every member removed (RFC 7644 §3.5.2.2).
 * 4. An add or replace without `path` whose value has keys that are paths
 *    (no-path-dotted-keys) is split: one operation per such key, with that
 *    key as its `path`.
 * 5. Booleans sent as strings (boolean-as-string) become Booleans.
 *
 * @returns the body to handle (the same object when nothing changed).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function normalisePatch(body: JsonObject, type: ResourceTypeName, gate: FormGate): JsonObject {
  let result = body;
  // 1. schemas.
  if (!Object.keys(body).some((key) => key.toLowerCase() === "schemas")) {
    gate.use("patch-without-schemas", `a PATCH body must have "schemas": ["${SchemaUrn.PatchOp}"] (RFC 7644 §3.5.2)`, "a body without \"schemas\"");
    result = { schemas: [SchemaUrn.PatchOp], ...body };
  }
  const operationsKey = Object.keys(result).find((key) => key.toLowerCase() === "operations");
  const operations = operationsKey === undefined ? undefined : result[operationsKey];
  if (!Array.isArray(operations)) return result;
  const rewritten = operations.flatMap((operation) => (isJsonObject(operation) ? normaliseOperation(operation, type, gate) : [operation]));
  const changed = rewritten.length !== operations.length || rewritten.some((operation, index) => operation !== operations[index]);
  return changed ? { ...result, [operationsKey!]: rewritten } : result;
}

function normaliseOperation(operation: JsonObject, type: ResourceTypeName, gate: FormGate): unknown[] {
  let current = operation;
  // 2. op.
  const op = current.op;
  if (typeof op === "string" && op !== op.toLowerCase() && ops.has(op.toLowerCase())) {
    gate.use("op-capitalised", `"op" must be "add", "replace" or "remove"`, JSON.stringify(op));
    current = { ...current, op: op.toLowerCase() };
  }
  // 3. remove with a value.
  if (current.op === "remove" && "value" in current) return [removeWithValue(current, type, gate)];
  if (current.op !== "add" && current.op !== "replace") return [current];
  // 4. A no-path value keyed by paths.
  const split = current.path === undefined ? splitPathKeys(current, type, gate) : [current];
  // 5. String Booleans.
  return split.map((one) => fixBooleans(one, type, gate));
}

/** Step 3. */
function removeWithValue(operation: JsonObject, type: ResourceTypeName, gate: FormGate): JsonObject {
  const target = typeof operation.path === "string" ? tryResolve(operation.path, type) : undefined;
  const isMembers = target?.kind === "attribute" && target.attribute.name === "members" && target.valueFilter === undefined && target.subAttribute === undefined;
  gate.use(
    "remove-members-with-value",
    `a "remove" carries no "value": name the members to remove in a filter, "path": "members[value eq \\"…\\"]" (RFC 7644 §3.5.2.2)`,
    `a remove of ${JSON.stringify(operation.path ?? "")} with a "value"`,
  );
  const { value, ...rest } = operation;
  if (!isMembers) return target?.kind === "attribute" && target.valueFilter !== undefined ? rest : operation;
  const items = Array.isArray(value) ? value : [value];
  const ids = items.map((item) => (isJsonObject(item) && typeof item.value === "string" && item.value !== "" ? item.value : undefined));
  if (ids.length === 0 || ids.some((id) => id === undefined)) {
    throw new InvalidValueError(
      `A "remove" of members must list each member to remove as {"value": "<id>"}; got ${JSON.stringify(value)}. ` +
        `scimlab will not read it as "remove every member" (RFC 7644 §3.5.2.2 gives that meaning to a remove with no value at all).`,
      { hint: `Send {"op": "remove", "path": "members[value eq \\"<id>\\"]"}.` },
    );
  }
  return { ...rest, path: `members[${ids.map((id) => `value eq ${JSON.stringify(id)}`).join(" or ")}]` };
}

/** Step 4: keys that are paths (a dot, a bracket, or a URN that is not a schema). */
function splitPathKeys(operation: JsonObject, type: ResourceTypeName, gate: FormGate): JsonObject[] {
  const value = operation.value;
  if (!isJsonObject(value)) return [operation];
  const isPathKey = (key: string) =>
    key.toLowerCase().startsWith("urn:")
      ? knownExtension(type, key) === undefined && !isCoreSchema(type, key)
      : key.includes(".") || key.includes("[");
  const pathKeys = Object.keys(value).filter(isPathKey);
  if (pathKeys.length === 0) return [operation];
  gate.use(
    "no-path-dotted-keys",
    `the keys of a value without "path" are attribute names, with sub-attributes nested (RFC 7644 §3.5.2.3)`,
    `${JSON.stringify(pathKeys[0])} as a key`,
  );
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !pathKeys.includes(key)));
  const { value: _value, ...head } = operation;
  const split = pathKeys.map((key) => ({ ...head, path: key, value: value[key] }));
  return Object.keys(rest).length === 0 ? split : [{ ...head, value: rest }, ...split];
}

/** Step 5. */
function fixBooleans(operation: JsonObject, type: ResourceTypeName, gate: FormGate): JsonObject {
  const found: StringBoolean[] = [];
  let value: unknown;
  if (typeof operation.path !== "string") value = fixResourceBooleans(type, operation.value, found);
  else {
    const target = tryResolve(operation.path, type);
    if (target === undefined) return operation;
    if (target.kind === "extension") {
      const attributes = schemaAttributes(type, target.schema);
      value = fixAttributeBooleans(
        { name: target.schema, type: "complex", multiValued: false, caseExact: false, required: false, mutability: "readWrite", returned: "default", subAttributes: attributes },
        operation.value,
        operation.path,
        found,
      );
    } else {
      const attribute = target.subAttribute ?? target.attribute;
      const single = target.subAttribute !== undefined ? { ...attribute, multiValued: false } : attribute;
      value = fixAttributeBooleans(single, operation.value, operation.path, found);
    }
  }
  if (found.length === 0) return operation;
  gate.use("boolean-as-string", `a Boolean is the JSON literal true or false, not a string (RFC 7643 §2.3.2)`, describeStringBooleans(found));
  return { ...operation, value };
}

function tryResolve(path: string, type: ResourceTypeName): PatchTarget | undefined {
  try {
    return resolvePatchPath(path, type);
  } catch {
    return undefined; // The PATCH code reports a bad path.
  }
}
