import { isDeepStrictEqual } from "node:util";
import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { InvalidSyntaxError, InvalidValueError, NoTargetError } from "../../scim/errors.js";
import { cloneJson, deleteAttribute, getAttribute, isJsonObject, type JsonObject } from "./attribute-access.js";
import { applyAdd } from "./patch-add.js";
import { applyRemove } from "./patch-remove.js";
import { applyReplace } from "./patch-replace.js";
import { expandRootValue, resolvePatchPath, type PatchTarget } from "./patch-target.js";
import { containerFor } from "./patch-values.js";
import { pruneUnassigned } from "./prune.js";
import { syncSchemas } from "./sync-schemas.js";

type Op = "add" | "remove" | "replace";

/**
 * Apply the operations of a PATCH request to a resource, RFC 7644 §3.5.2.
 *
 * 1. Work on a copy: "A PATCH request, regardless of the number of
 *    operations, SHALL be treated as atomic. If a single operation encounters
 *    an error condition, the original SCIM resource MUST be restored" — the
 *    input is never changed, and nothing is returned on error.
 * 2. "Operations are applied sequentially in the order they appear in the
 *    array. Each operation in the sequence is applied to the target resource;
 *    the resulting resource becomes the target of the next operation."
 * 3. Each operation has an `op` (in any case here: the strict dialect has
 *    already refused Entra's "Add", "Replace", "Remove", src/server/dialect), a `path` ("OPTIONAL for "add" and
 *    "replace" and is REQUIRED for "remove" operations": a remove without it
 *    is 400 noTarget, §3.5.2.2) and a `value` (required for add and replace).
 * 4. Without `path`, each attribute of `value` is its own target
 *    ({@link expandRootValue}); a readOnly attribute sent with the value it
 *    already has (Okta sends the group's `id` back when renaming it) is
 *    skipped, any other value for it is 400 mutability.
 * 5. add / remove / replace per §3.5.2.1 / §3.5.2.2 / §3.5.2.3
 *    ({@link applyAdd}, {@link applyRemove}, {@link applyReplace}).
 * 6. Values left unassigned (an empty `name`, an empty `emails`) are dropped
 *    ({@link pruneUnassigned}), and `schemas` is kept in step with the
 *    extension objects present (RFC 7643 §3: it lists the schemas "that
 *    define the attributes present").
 *
 * `id`, `meta` and `groups` come back as they were; the caller updates
 * `meta.lastModified` and `meta.version`.
 *
 * @param operations the `Operations` array of the PatchOp body.
 * @returns the patched resource, a new object.
 * @throws ScimError subclasses only: InvalidSyntaxError (malformed
 *   operation), InvalidPathError (bad or unknown path), NoTargetError,
 *   MutabilityError, InvalidValueError, InvalidFilterError (bad comparison
 *   in a path filter).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function applyPatch(
  resource: Record<string, unknown>,
  operations: unknown[],
  resourceType: ResourceTypeName,
): Record<string, unknown> {
  if (!Array.isArray(operations)) {
    throw new InvalidSyntaxError('"Operations" must be an array of operations.', {
      hint: 'Send {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "add", …}]}.',
    });
  }
  const working = cloneJson(resource); // 1.
  operations.forEach((operation, index) => applyOperation(working, operation, index, resourceType)); // 2.
  pruneUnassigned(working); // 6.
  syncSchemas(working, resourceType);
  return working;
}

function applyOperation(resource: JsonObject, operation: unknown, index: number, resourceType: ResourceTypeName): void {
  // 3. Shape.
  const where = `Operations[${index}]`;
  if (!isJsonObject(operation)) {
    throw new InvalidSyntaxError(`${where} must be an object with "op", "path" and "value".`);
  }
  const op = readOp(operation, where);
  const path = getAttribute(operation, "path");
  const value = getAttribute(operation, "value");
  if (path !== undefined && typeof path !== "string") {
    throw new InvalidSyntaxError(`${where}.path must be a string, such as "name.familyName".`);
  }
  if (op !== "remove" && value === undefined) {
    throw new InvalidValueError(`${where} ("${op}") has no "value": RFC 7644 §3.5.2 requires one for add and replace.`, {
      hint: 'Give the value to set, or use "remove" to unassign the attribute.',
    });
  }
  if (path === undefined || path.trim() === "") {
    if (op === "remove") {
      throw new NoTargetError(`${where} is a "remove" without "path"; RFC 7644 §3.5.2.2 requires a path for remove.`, {
        hint: 'Name what to remove, e.g. "path": "members[value eq \\"2819c223-…\\"]".',
      });
    }
    // 4. Each attribute of value.
    for (const entry of expandRootValue(op, value, resourceType)) {
      if (!unchangedReadOnly(resource, entry.target, entry.value)) dispatch(resource, op, entry.target, entry.value, resourceType);
    }
    return;
  }
  dispatch(resource, op, resolvePatchPath(path, resourceType), value, resourceType);
}

/** 5. One target. */
function dispatch(resource: JsonObject, op: Op, target: PatchTarget, value: unknown, resourceType: ResourceTypeName): void {
  if (target.kind === "extension") {
    if (op === "remove") return deleteAttribute(resource, target.schema);
    for (const entry of expandRootValue(op, { [target.schema]: value }, resourceType)) {
      dispatch(resource, op, entry.target, entry.value, resourceType);
    }
    return;
  }
  if (op === "add") applyAdd(resource, target, value);
  else if (op === "replace") applyReplace(resource, target, value);
  else applyRemove(resource, target, value);
}

function readOp(operation: JsonObject, where: string): Op {
  const op = getAttribute(operation, "op");
  const lower = typeof op === "string" ? op.toLowerCase() : undefined;
  if (lower === "add" || lower === "remove" || lower === "replace") return lower;
  throw new InvalidSyntaxError(`${where}.op is ${JSON.stringify(op)}; it must be "add", "remove" or "replace" (RFC 7644 §3.5.2).`);
}

/** 4. A readOnly attribute sent back unchanged. */
function unchangedReadOnly(resource: JsonObject, target: PatchTarget, value: unknown): boolean {
  if (target.kind !== "attribute" || target.attribute.mutability !== "readOnly" || target.subAttribute !== undefined) return false;
  const container = containerFor(resource, target.schema, false);
  return container !== undefined && isDeepStrictEqual(getAttribute(container, target.attribute.name), value);
}
