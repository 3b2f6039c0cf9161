import type { Exchange } from "../client/index.js";
import { escapeHtml } from "./escape-html.js";
import { prettyJson } from "./render-json.js";

/** Options of {@link renderExchanges}. */
export interface RenderExchangesOptions {
  /**
   * Secrets to hide wherever they appear (the bearer token); the
   * `Authorization` header is always hidden.
   */
  secrets?: readonly string[];
}

const hidden = "[hidden]";

/** Hide every secret in `text`, and any `Authorization` header value. */
function hide(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length > 0) result = result.split(secret).join(hidden);
  return result;
}

function statusColor(status: number | undefined): string {
  if (status === undefined || status >= 500) return "#cf222e";
  if (status >= 400) return "#9a6700";
  return "#1a7f37";
}

function headersText(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${name.toLowerCase() === "authorization" ? `${value.split(" ")[0]} ${hidden}` : value}`)
    .join("\n");
}

/**
 * The response headers a learner needs to see, in this order and spelling:
 * `Location` of a created resource (RFC 7644 §3.3), `ETag` (§3.14),
 * `Content-Type` (`application/scim+json`, §3.1), `Retry-After` of a 429 or
 * 503 (RFC 6585 §4, RFC 9110 §10.2.3) and `WWW-Authenticate` of a 401
 * (RFC 6750 §3).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
const shownResponseHeaders = ["Location", "ETag", "Content-Type", "Retry-After", "WWW-Authenticate"] as const;

/** The {@link shownResponseHeaders} present in `headers` (matched in any case), one `Name: value` line each. */
function responseHeaderLines(headers: Readonly<Record<string, string>>): string[] {
  const lines: string[] = [];
  for (const name of shownResponseHeaders) {
    const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (key !== undefined) lines.push(`${name}: ${headers[key]}`);
  }
  return lines;
}

/** The response's headers that matter and, after a blank line, its body (when it has one); "" when neither. */
function responseText(exchange: Exchange): string {
  const lines = responseHeaderLines(exchange.responseHeaders);
  if (exchange.responseBody !== undefined) {
    if (lines.length > 0) lines.push("");
    lines.push(prettyJson(exchange.responseBody));
  }
  return lines.join("\n");
}

/** The request's headers and, after a blank line, its JSON body (when it has one). */
function requestText(exchange: Exchange): string {
  const lines = [headersText(exchange.requestHeaders)];
  if (exchange.requestBody !== undefined) lines.push("", prettyJson(exchange.requestBody));
  return lines.join("\n");
}

/**
 * One exchange as text: request line, headers, body, then status, the
 * response headers that matter (`Location`, `ETag`, `Content-Type`,
 * `Retry-After`, `WWW-Authenticate`) and the response body. The token never
 * appears: `Authorization` is hidden and every `secrets` string is replaced
 * by `[hidden]`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export function exchangeText(exchange: Exchange, secrets: readonly string[] = []): string {
  const request = `${exchange.method} ${exchange.url}\n${requestText(exchange)}`;
  const outcome =
    exchange.status === undefined ? `(no response: ${exchange.error ?? "unknown error"})` : `HTTP ${exchange.status}`;
  const response = [`${outcome}  ${Math.round(exchange.durationMs)} ms`];
  const rest = responseText(exchange);
  if (rest !== "") response.push(rest);
  return hide(`${request}\n\n${response.join("\n")}`, secrets);
}

/**
 * HTTP exchanges as HTML: for each, the method and URL, the status and
 * duration, the request headers and JSON body, the response headers that
 * matter (`Location`, `ETag`, `Content-Type`, `Retry-After`,
 * `WWW-Authenticate`) and the response JSON, all pretty-printed and
 * escaped. The token never appears: `Authorization` is hidden and every
 * `secrets` string is replaced by `[hidden]`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.1
 */
export function renderExchanges(exchanges: readonly Exchange[], options: RenderExchangesOptions = {}): string {
  const secrets = options.secrets ?? [];
  if (exchanges.length === 0) return "<p><em>No HTTP exchanges yet: make a request with the client first.</em></p>";
  const pre = (text: string) =>
    `<pre style="margin:2px 0;max-height:24em;overflow:auto"><code>${escapeHtml(hide(text, secrets))}</code></pre>`;
  return exchanges
    .map((exchange) => {
      const status =
        exchange.status === undefined ? `no response (${exchange.error ?? "unknown error"})` : String(exchange.status);
      const response = responseText(exchange);
      return (
        `<details open style="margin:4px 0;border:1px solid #d0d7de;border-radius:6px;padding:4px 8px">` +
        `<summary><code><strong>${escapeHtml(exchange.method)}</strong> ${escapeHtml(hide(exchange.url, secrets))}</code>` +
        ` → <strong style="color:${statusColor(exchange.status)}">${escapeHtml(hide(status, secrets))}</strong>` +
        ` <small>${Math.round(exchange.durationMs)} ms</small></summary>` +
        `<div><small>Request</small>${pre(requestText(exchange))}</div>` +
        (response === "" ? "" : `<div><small>Response</small>${pre(response)}</div>`) +
        `</details>`
      );
    })
    .join("");
}
