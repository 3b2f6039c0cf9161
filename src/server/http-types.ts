/**
 * An HTTP request as the handler sees it: no socket, no streams, so that a
 * test (or a notebook) can call the server directly.
 */
export interface ScimHttpRequest {
  /** `GET`, `POST`, … (any case). */
  method: string;
  /** The path and query, e.g. `/scim/v2/Users?filter=userName%20eq%20%22bjensen%22`. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** The body text; `""` when there is none. */
  body: string;
  /** The client's IP address, when the request came over a socket (rate limits key on it). */
  remoteAddress?: string;
}

/** An HTTP response produced by the handler: status, headers, body text. */
export interface ScimHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /**
   * A response that stays open (Server-Sent Events): once the headers are
   * written, `listen` calls it with a function that writes a chunk, and calls
   * the function it returns when the connection closes. `body` is ignored.
   */
  stream?: (write: (chunk: string) => void) => () => void;
  /** Destroy the connection without answering (fault injection's `drop`); status and body are for the request log only. */
  drop?: boolean;
}
