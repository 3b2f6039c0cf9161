import autocannon from "autocannon";
import { request } from "undici";

/** What one load run sends: a method, a path chosen per request, a body. */
export interface LoadSpec {
  method: "GET" | "POST" | "PATCH";
  path: () => string;
  body?: () => string;
  headers?: Record<string, string>;
}

/** Requests per second for `seconds`, with `connections` keep-alive connections (autocannon). */
export async function requestsPerSecond(origin: string, spec: LoadSpec, seconds = 3, connections = 16): Promise<number> {
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          method: spec.method,
          path: spec.path(),
          headers: { "content-type": "application/scim+json", ...spec.headers },
          ...(spec.body ? { body: spec.body() } : {}),
        }),
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${spec.method} load run had ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return result.requests.average;
}

/** Median latency in milliseconds of `count` sequential requests (one at a time, keep-alive). */
export async function medianLatency(url: () => string, headers: Record<string, string>, count: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await request(url(), { headers });
    await response.body.text();
    if (response.statusCode !== 200) throw new Error(`latency probe answered ${response.statusCode}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The `p`-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
