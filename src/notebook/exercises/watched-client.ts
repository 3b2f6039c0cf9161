import type { Exchange, ScimClient } from "../../client/index.js";

/** A client handed to a learner's function, and what the check learns from it. */
export interface WatchedClient {
  /** The client to pass to the learner's function: the course client, its requests counted. */
  readonly client: ScimClient;
  /** The exchanges the course client recorded since the watch began (its log keeps the last 50). */
  exchanges(): Exchange[];
  /** Refuse every further request: a runaway loop in the learner's function ends with an error. */
  stop(): void;
}

/**
 * Watch what a learner's function does with a client: the check passes
 * `watched.client` (the course client behind a proxy), then reads the HTTP
 * exchanges it made, RFC 7644 §3 requests as they went on the wire. After
 * `limit` calls on `users`/`groups`, or once `stop()` is called, every call
 * rejects, so a function that retries forever (a stale If-Match, say) stops.
 * `afterCall(method)` runs after each call has resolved, before the learner's
 * code sees the result: a check plays a concurrent writer there.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export function watchClient(client: ScimClient, limit = 12, afterCall?: (method: string) => Promise<void>): WatchedClient {
  const before = client.exchanges.at(-1);
  let calls = 0;
  let stopped = false;
  const endpoint = (target: object) =>
    new Proxy(target, {
      get(real, property) {
        const value = Reflect.get(real, property, real) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          calls += 1;
          if (stopped || calls > limit) {
            const why = stopped ? "the check had finished" : `it had made ${limit} requests`;
            throw new Error(`The check stopped your function: ${why}. Does it retry without reading the resource again?`);
          }
          const result = (value as (...a: unknown[]) => unknown).apply(real, args);
          if (afterCall === undefined || !(result instanceof Promise)) return result;
          return result.then(async (resolved: unknown) => {
            await afterCall(String(property));
            return resolved;
          });
        };
      },
    });
  const users = endpoint(client.users);
  const groups = endpoint(client.groups);
  const proxy = new Proxy(client, {
    get(real, property) {
      if (property === "users") return users;
      if (property === "groups") return groups;
      const value = Reflect.get(real, property, real) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
    },
  });
  return {
    client: proxy,
    exchanges() {
      const all = client.exchanges;
      const from = before === undefined ? 0 : all.indexOf(before) + 1;
      return all.slice(from);
    },
    stop() {
      stopped = true;
    },
  };
}
