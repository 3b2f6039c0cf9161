import type { PatchOperation } from "../scim/patch-op.js";
import { PatchOpSchema, type PatchOp } from "../scim/patch-op.js";
import type { PatchBuilder } from "../scim/patch.js";
import { parsePatchPath } from "../scim/path.js";
import { SchemaUrn } from "../scim/urns.js";
import { RequestValidationError } from "./errors/request-validation-error.js";

/**
 * A PATCH body as the client accepts it: a `patch()` builder, or a PatchOp whose `schemas` may be
 * left out (the client fills it in).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export type PatchInput = PatchBuilder | { schemas?: string[]; Operations: PatchOperation[] };

/**
 * Check a PATCH body strictly before it is sent and return what to send.
 *
 * 1. A `patch()` builder is built.
 * 2. `schemas` is filled in with the PatchOp URN.
 * 3. Each operation must have a lower-case `op` (add, replace, remove), a `path` where required
 *    (remove) and a `value` where required (add, replace), and nothing else.
 * 4. Each `path` must parse with the PATCH path grammar (`emails[type eq "work"].value`).
 *
 * @throws RequestValidationError naming the bad operation, e.g. `Operations[0].op`
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function preparePatch(input: PatchInput): PatchOp {
  const body = isBuilder(input) ? build(input) : input;
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new RequestValidationError(
      "PATCH",
      'a PATCH body is { Operations: [{ op: "replace", path: "active", value: false }] } or patch().replace(…)',
    );
  }
  const withSchemas = { ...body, schemas: body.schemas ?? [SchemaUrn.PatchOp] };
  const parsed = PatchOpSchema.safeParse(withSchemas);
  if (!parsed.success) throw new RequestValidationError("PATCH", parsed.error.issues, { cause: parsed.error });
  parsed.data.Operations.forEach(checkPath);
  return withSchemas as PatchOp;
}

function checkPath(operation: PatchOperation, index: number): void {
  if (operation.path === undefined) return;
  try {
    parsePatchPath(operation.path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RequestValidationError(
      "PATCH",
      `"Operations[${index}].path" ${JSON.stringify(operation.path)} is not a valid path: ${detail}; ` +
        "build it with patchPath(attribute, filter, subAttribute)",
      { cause: error },
    );
  }
}

function build(builder: PatchBuilder): PatchOp {
  try {
    return builder.build();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RequestValidationError("PATCH", `${detail}; add an operation, e.g. patch().replace("active", false)`, {
      cause: error,
    });
  }
}

function isBuilder(value: PatchInput): value is PatchBuilder {
  return typeof (value as { build?: unknown }).build === "function";
}
