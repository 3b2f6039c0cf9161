import { InvalidSyntaxError, InvalidValueError } from "./errors.js";
import type { Filter } from "./filter/ast.js";
import { printFilter } from "./filter/printer.js";
import type { PatchOp, PatchOperation } from "./patch-op.js";
import { parsePatchPath } from "./path.js";
import { SchemaUrn } from "./urns.js";

/**
 * Build the body of a PATCH request, RFC 7644 §3.5.2, one operation at a time:
 *
 * ```ts
 * patch()
 *   .replace("active", false)
 *   .add("emails", [{ value: "babs@jensen.org", type: "home" }])
 *   .remove(patchPath("members", filter.eq("value", "2819c223")))
 *   .build();
 * ```
 *
 * Each path is checked with {@link parsePatchPath} when it is added, so a typo
 * fails here, naming the path, instead of as a 400 from the server.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export class PatchBuilder {
  private readonly operations: PatchOperation[] = [];

  /**
   * `add` (RFC 7644 §3.5.2.1): without a path, `value` is an object of
   * attributes merged into the resource; with a path, `value` is added at the
   * path (appended to a multi-valued attribute).
   *
   * @throws InvalidPathError if the path does not parse; InvalidValueError if a path comes without a value, or a value without a path is not an object.
   */
  add(value: object): this;
  add(path: string, value: unknown): this;
  add(pathOrValue: string | object, value?: unknown): this {
    return this.push("add", pathOrValue, value);
  }

  /**
   * `replace` (RFC 7644 §3.5.2.3): without a path, `value` is an object of
   * attributes that replace the resource's; with a path, `value` replaces the
   * value(s) at the path.
   *
   * @throws InvalidPathError if the path does not parse; InvalidValueError if a path comes without a value, or a value without a path is not an object.
   */
  replace(value: object): this;
  replace(path: string, value: unknown): this;
  replace(pathOrValue: string | object, value?: unknown): this {
    return this.push("replace", pathOrValue, value);
  }

  /**
   * `remove` (RFC 7644 §3.5.2.2): remove the value(s) at `path`, which is required.
   *
   * @throws InvalidPathError if the path does not parse.
   */
  remove(path: string): this {
    this.operations.push({ op: "remove", path: checkedPath(path) });
    return this;
  }

  /**
   * The PATCH request body: `{ schemas: [PatchOp URN], Operations: [...] }`.
   *
   * @throws InvalidSyntaxError if no operation was added.
   */
  build(): PatchOp {
    if (this.operations.length === 0) {
      throw new InvalidSyntaxError("A PATCH request needs at least one operation: call add, replace or remove before build()");
    }
    return { schemas: [SchemaUrn.PatchOp], Operations: this.operations.map((operation) => ({ ...operation })) };
  }

  private push(op: "add" | "replace", pathOrValue: string | object, value: unknown): this {
    if (typeof pathOrValue === "string") {
      const path = checkedPath(pathOrValue);
      if (value === undefined) {
        throw new InvalidValueError(`The ${op} operation on "${path}" needs a value: ${op}("${path}", value)`);
      }
      this.operations.push({ op, path, value });
    } else {
      if (pathOrValue === null || typeof pathOrValue !== "object" || Array.isArray(pathOrValue)) {
        throw new InvalidValueError(
          `Without a path, ${op}(value) takes an object of attributes, e.g. ${op}({ nickName: "Babs" })`,
        );
      }
      this.operations.push({ op, value: pathOrValue });
    }
    return this;
  }
}

/**
 * Start a PATCH request body: `patch().replace("active", false).build()`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function patch(): PatchBuilder {
  return new PatchBuilder();
}

/**
 * Write a PATCH path from its parts, escaping the filter's values:
 * `patchPath("emails", filter.eq("type", "work"), "value")` is
 * `emails[type eq "work"].value`.
 *
 * @throws InvalidPathError naming the path if the parts do not make a valid path.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function patchPath(attribute: string, where?: Filter, subAttribute?: string): string {
  const valueFilter = where === undefined ? "" : `[${printFilter(where)}]`;
  const sub = subAttribute === undefined ? "" : `.${subAttribute}`;
  return checkedPath(`${attribute}${valueFilter}${sub}`);
}

/** The path, after checking that it parses. */
function checkedPath(path: string): string {
  parsePatchPath(path);
  return path;
}
