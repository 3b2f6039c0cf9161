import type { Exchange } from "../../client/index.js";
import type { HasExchanges } from "../show.js";

/** The client's newest exchange with this method that got an answer, if its log still holds one. */
export function lastExchangeOf(client: HasExchanges, method: string): Exchange | undefined {
  for (let index = client.exchanges.length - 1; index >= 0; index--) {
    const exchange = client.exchanges[index] as Exchange;
    if (exchange.method.toUpperCase() === method && exchange.status !== undefined) return exchange;
  }
  return undefined;
}

/** A response header by name, whatever its case. */
export function headerOf(exchange: Exchange, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.entries(exchange.responseHeaders).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** `METHOD /path` of an exchange, without host or query (no personal data from a filter). */
export function requestLine(exchange: Exchange): string {
  const path = (() => {
    try {
      return new URL(exchange.url).pathname;
    } catch {
      return exchange.url.split("?")[0] ?? exchange.url;
    }
  })();
  return `${exchange.method} ${path}`;
}
