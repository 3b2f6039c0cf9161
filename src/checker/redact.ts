import type { Exchange } from "./exchange.js";

/** What a secret is replaced with. */
export const REDACTED = "[redacted]";

/** The longest body shown in a report; the rest is cut with a note. */
const MAX_BODY = 4_000;

/** Replace every occurrence of the token in a text (the token never appears in a report). */
export function redact(text: string, token: string | undefined): string {
  return token ? text.split(token).join(REDACTED) : text;
}

function cut(text: string): string {
  return text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}… (${text.length - MAX_BODY} more characters)` : text;
}

function pretty(text: string, body: unknown): string {
  return body === undefined ? text : JSON.stringify(body, null, 2);
}

/**
 * The request of an exchange as HTTP text: request line, the headers the checker set (Authorization as
 * `Bearer [redacted]`), then the body.
 */
export function requestText(exchange: Exchange, baseUrl: string, token: string | undefined): string {
  const { request } = exchange;
  const lines = [`${request.method} ${new URL(baseUrl).pathname.replace(/\/$/, "")}${request.path}`];
  if (!request.anonymous && token !== undefined) lines.push(`Authorization: Bearer ${REDACTED}`);
  if (request.json !== undefined || request.raw !== undefined) lines.push("Content-Type: application/scim+json");
  for (const [name, value] of Object.entries(request.headers ?? {})) lines.push(`${name}: ${value}`);
  const body = request.json !== undefined ? JSON.stringify(request.json, null, 2) : request.raw;
  return redact(cut(body === undefined ? lines.join("\n") : `${lines.join("\n")}\n\n${body}`), token);
}

/** The headers a report shows of a response (the ones the checks look at). */
const SHOWN_HEADERS = ["content-type", "location", "etag"];

/** The response of an exchange as HTTP text: status, the headers that matter, the body. */
export function responseText(exchange: Exchange, token: string | undefined): string {
  const lines = [`HTTP ${exchange.status}`];
  for (const name of SHOWN_HEADERS) {
    const value = exchange.headers[name];
    if (value !== undefined) lines.push(`${name}: ${value}`);
  }
  const body = pretty(exchange.text, exchange.body);
  return redact(cut(body === "" ? lines.join("\n") : `${lines.join("\n")}\n\n${body}`), token);
}
