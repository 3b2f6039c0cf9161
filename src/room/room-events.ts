/**
 * A write that succeeded on a learner's directory: what the live pages need
 * to refresh, never a body or a token.
 */
export interface WriteEvent {
  readonly type: "write";
  readonly learnerId: string;
  /** `POST`, `PUT`, `PATCH` or `DELETE` (a `/Bulk` is a POST). */
  readonly method: string;
  /** The path without the query, e.g. `/scim/v2/Users/2819c223`. */
  readonly path: string;
  readonly status: number;
  /** When the write was answered, ISO 8601. */
  readonly at: string;
  /** Who wrote: the learner, or the instructor moving them to a checkpoint. */
  readonly by: "learner" | "instructor";
}

/**
 * A learner's request that the server refused (4xx) or failed (5xx): what the
 * instructor's "errors hit" column and the learner's request list need to
 * refresh; the detail stays in the learner's counts and log, never here.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export interface RefusedEvent {
  readonly type: "refused";
  readonly learnerId: string;
  readonly method: string;
  /** The path without the query (a filter may hold personal data). */
  readonly path: string;
  readonly status: number;
  readonly at: string;
}

/** Something happened to a learner outside their directory: they joined, reported a check, were reset. */
export interface LearnerEvent {
  readonly type: "joined" | "check" | "reset";
  readonly learnerId: string;
  readonly at: string;
}

/** Every event of a room. */
export type RoomEvent = WriteEvent | RefusedEvent | LearnerEvent;

/** A listener of {@link RoomEvents}. */
export type RoomEventListener = (event: RoomEvent) => void;

/**
 * The room's event bus: the SSE stream and the pages subscribe here. A
 * listener that throws is dropped from this delivery only (the others and
 * the request that caused the event are not affected). Filtering by learner
 * is the subscriber's job (`event.learnerId`): a learner's stream must only
 * pass their own events.
 */
export class RoomEvents {
  readonly #listeners = new Set<RoomEventListener>();

  /** Listen to every event; returns the function that stops listening. */
  subscribe(listener: RoomEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Deliver `event` to every listener, synchronously, in subscription order. */
  emit(event: RoomEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A broken subscriber (a closed stream) must not break the request that wrote.
      }
    }
  }

  /** How many listeners are subscribed. */
  get size(): number {
    return this.#listeners.size;
  }
}
