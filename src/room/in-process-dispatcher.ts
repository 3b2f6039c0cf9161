import { Dispatcher } from "undici";
import { ScimClient } from "../client/index.js";
import type { ScimHandler } from "../server/index.js";

/**
 * An undici dispatcher that hands each request to a {@link ScimHandler} in
 * this process, with no socket: the kit's own client (retries, validation,
 * pagination and all) runs against a tenant without a port or a token, the
 * way scim2-client's in-process engine does. Only what `ScimClient` sends is
 * supported: a string body, plain headers.
 */
export class InProcessDispatcher extends Dispatcher {
  readonly #handler: ScimHandler;

  constructor(handler: ScimHandler) {
    super();
    this.#handler = handler;
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    let aborted: Error | undefined;
    handler.onConnect?.((error) => (aborted = error ?? new Error("aborted")));
    const headers: Record<string, string> = {};
    if (options.headers !== undefined && options.headers !== null && !Array.isArray(options.headers)) {
      for (const [name, value] of Object.entries(options.headers as Record<string, unknown>)) {
        if (value !== undefined) headers[name.toLowerCase()] = String(value);
      }
    }
    const body = typeof options.body === "string" ? options.body : options.body instanceof Uint8Array ? Buffer.from(options.body).toString("utf8") : "";
    if (body !== "") headers["content-length"] ??= String(Buffer.byteLength(body));
    const fail = (error: unknown) => handler.onError?.(error instanceof Error ? error : new Error(String(error)));
    this.#handler({ method: options.method, url: options.path, headers, body }).then((response) => {
      try {
        if (aborted !== undefined) return fail(aborted);
        if (response.drop === true) return fail(Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" })); // Fault injection's drop.
        const raw: Buffer[] = [];
        for (const [name, value] of Object.entries(response.headers)) raw.push(Buffer.from(name), Buffer.from(value));
        handler.onHeaders?.(response.status, raw, () => {}, "");
        if (response.body !== "") handler.onData?.(Buffer.from(response.body, "utf8"));
        handler.onComplete?.([]);
      } catch (error) {
        fail(error); // Never an unhandled rejection: the room serves others.
      }
    }, fail);
    return true;
  }

  override close(): Promise<void> {
    return Promise.resolve();
  }

  override destroy(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * A {@link ScimClient} whose requests go straight to `handler` (see
 * {@link InProcessDispatcher}); `baseUrl` only gives the paths their prefix.
 * Warnings are dropped: nobody reads this client's console.
 */
export function inProcessClient(handler: ScimHandler, baseUrl: string): ScimClient {
  return new ScimClient({ baseUrl, dispatcher: new InProcessDispatcher(handler), onWarning: () => {}, exchangeLog: 0, retry: 0 });
}
