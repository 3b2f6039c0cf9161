import type { ResourceTypeName } from "../scim/definitions/attribute-lookup.js";

/** A cached default response of `GET /Users/{id}` or `GET /Groups/{id}`. */
export interface CachedResponse {
  type: ResourceTypeName;
  etag: string;
  body: string;
}

interface Entry extends CachedResponse {
  generation: string;
}

/**
 * The default representations (no `attributes` / `excludedAttributes`) of the
 * resources read most recently, so that a repeated GET by id — the most
 * frequent request of a provisioning client — costs no query.
 *
 * Kept simple so that it is obviously right: an entry is valid only under the
 * store generation it was filled under ({@link SqliteStore.generation}), which
 * changes on ANY write, including writes by another process on the same file.
 * A User's `groups` and a Group's member `display` are derived from other
 * resources, so a narrower rule would have to know every dependency; a cache
 * that is emptied by every write never serves a stale answer. Bounded: the
 * oldest entries go first.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #capacity: number;

  /** @param capacity entries kept at most. @default 10000 */
  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  /** The response cached for `id` under `generation`, if any. */
  get(id: string, generation: string): CachedResponse | undefined {
    const entry = this.#entries.get(id);
    return entry !== undefined && entry.generation === generation ? entry : undefined;
  }

  /** Remember the response for `id`, read under `generation`. */
  set(id: string, generation: string, response: CachedResponse): void {
    this.#entries.delete(id);
    this.#entries.set(id, { ...response, generation });
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value as string);
  }
}
