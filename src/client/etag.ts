import { RequestValidationError } from "./errors/request-validation-error.js";

/**
 * A resource version for `ifMatch` / `ifNoneMatch`: the ETag string itself (`W/"3694e05e9dff590"`), or a
 * resource read earlier, whose `meta.version` is used.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 */
export type VersionSource = string | { meta?: { version?: string } };

/**
 * What `get(id, { ifNoneMatch })` returns when the server answers 304 Not Modified: the copy you hold
 * is still current. It is a result, not an error; test it with `instanceof NotModified` or
 * {@link isNotModified}.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 * @see https://www.rfc-editor.org/rfc/rfc7232#section-4.1
 */
export class NotModified {
  /** Always `true`, so a plain check `result.notModified` reads well. */
  readonly notModified = true as const;
  /** The version the server confirmed (its `ETag` header, else the one that was sent). */
  readonly version: string;

  constructor(version: string) {
    this.version = version;
  }
}

/** Whether a `get` result is a {@link NotModified} answer rather than the resource. */
export function isNotModified(value: unknown): value is NotModified {
  return value instanceof NotModified;
}

/**
 * The ETag to send for `source`: the string as given, or the resource's `meta.version`.
 *
 * @param option - the option's name, for the error message (`ifMatch` or `ifNoneMatch`)
 * @throws RequestValidationError when a resource without `meta.version` was given
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 */
export function versionOf(source: VersionSource, option: string): string {
  const version = typeof source === "string" ? source : source.meta?.version;
  if (typeof version !== "string" || version.trim() === "") {
    throw new RequestValidationError(
      option,
      `"${option}" needs a version: pass the resource's meta.version (e.g. W/"3694e05e9dff590") or a resource ` +
        "read from this server; if resources have no meta.version, check serviceProviderConfig().etag.supported",
    );
  }
  return version;
}

/**
 * The `If-Match` header for a write, or no header when `ifMatch` was not given.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 */
export function ifMatchHeaders(ifMatch: VersionSource | undefined): Record<string, string> {
  return ifMatch === undefined ? {} : { "if-match": versionOf(ifMatch, "ifMatch") };
}
