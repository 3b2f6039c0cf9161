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

/** The request's headers and, after a blank line, its JSON body (when it has one). */
function requestText(exchange: Exchange): string {
  const lines = [headersText(exchange.requestHeaders)];
  if (exchange.requestBody !== undefined) lines.push("", prettyJson(exchange.requestBody));
  return lines.join("\n");
}

/** One exchange as text: request line, headers, body, then status and response body. */
export function exchangeText(exchange: Exchange, secrets: readonly string[] = []): string {
  const request = `${exchange.method} ${exchange.url}\n${requestText(exchange)}`;
  const outcome =
    exchange.status === undefined ? `(no response: ${exchange.error ?? "unknown error"})` : `HTTP ${exchange.status}`;
  const response = [`${outcome}  ${Math.round(exchange.durationMs)} ms`];
  if (exchange.responseBody !== undefined) response.push(prettyJson(exchange.responseBody));
  return hide(`${request}\n\n${response.join("\n")}`, secrets);
}

/**
 * HTTP exchanges as HTML: for each, the method and URL, the status and
 * duration, the request headers and JSON body, the response JSON, all
 * pretty-printed and escaped. The token never appears: `Authorization` is
 * hidden and every `secrets` string is replaced by `[hidden]`.
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
      return (
        `<details open style="margin:4px 0;border:1px solid #d0d7de;border-radius:6px;padding:4px 8px">` +
        `<summary><code><strong>${escapeHtml(exchange.method)}</strong> ${escapeHtml(hide(exchange.url, secrets))}</code>` +
        ` → <strong style="color:${statusColor(exchange.status)}">${escapeHtml(hide(status, secrets))}</strong>` +
        ` <small>${Math.round(exchange.durationMs)} ms</small></summary>` +
        `<div><small>Request</small>${pre(requestText(exchange))}</div>` +
        (exchange.responseBody === undefined
          ? ""
          : `<div><small>Response</small>${pre(prettyJson(exchange.responseBody))}</div>`) +
        `</details>`
      );
    })
    .join("");
}
