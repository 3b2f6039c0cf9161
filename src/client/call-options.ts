/**
 * Options every call takes (get, list, search, all, create, replace, patch, delete, discovery, bulk):
 * how long it may take and how to cancel it. Missing ones come from the client's options.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export interface CallOptions {
  /**
   * How long one HTTP request of this call may take, headers and body, in milliseconds; `false` waits forever.
   * @default the client's `timeout` (10000)
   */
  timeout?: number | false;
  /**
   * The total time this call may take across all its attempts and the waits between them, in
   * milliseconds; `false` for no limit. A retry that would not fit is not attempted. `all()` applies it
   * to each page, not to the whole iteration.
   * @default the client's `deadline` (60000)
   */
  deadline?: number | false;
  /**
   * Cancels the call when aborted: the request on the wire and any wait before a retry. The call then
   * rejects with a `RequestAbortedError` whose `cause` is the signal's reason. `all()` applies it to the
   * whole iteration.
   * @default undefined
   */
  signal?: AbortSignal;
}

/** What `all()` takes besides the query. */
export interface AllOptions extends CallOptions {
  /**
   * How pages are fetched: `"list"` with GET and URL parameters (RFC 7644 §3.4.2), or `"search"` with
   * POST `/.search` and a body (RFC 7644 §3.4.3), which keeps filters with personal data out of URLs and logs.
   * @default "list"
   */
  via?: "list" | "search";
  /**
   * What to do with a resource that does not match its schema: `"throw"` an `InvalidResourceError` naming
   * it (after yielding the resources before it), or `"skip"` it (each skip is recorded in `client.warnings`).
   * @default "throw"
   */
  onInvalid?: "throw" | "skip";
}
