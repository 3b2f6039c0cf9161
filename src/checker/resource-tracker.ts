import type { Exchange } from "./exchange.js";

/**
 * The resources a run created, as paths relative to the base URL (`/Users/ID`), seen on the wire: every 201
 * answer of POST /Users or /Groups, every 201 operation of a Bulk response (RFC 7644 §3.7.3); a 204 DELETE
 * forgets one.
 */
export class ResourceTracker {
  private readonly paths = new Set<string>();

  observe(answer: Exchange, baseUrl: string): void {
    const { method, path } = answer.request;
    const endpoint = path.split("?")[0] ?? "";
    if (method === "DELETE" && (answer.status === 204 || answer.status === 404)) {
      this.paths.delete(endpoint);
      return;
    }
    if (method !== "POST") return;
    const body = answer.body as { id?: unknown; Operations?: unknown } | undefined;
    if (answer.status === 201 && (endpoint === "/Users" || endpoint === "/Groups") && typeof body?.id === "string") {
      this.paths.add(`${endpoint}/${body.id}`);
    }
    if (endpoint === "/Bulk" && body !== undefined && Array.isArray(body.Operations)) {
      for (const operation of body.Operations as { method?: string; status?: unknown; location?: unknown }[]) {
        if (String(operation.method).toUpperCase() !== "POST" || String(operation.status) !== "201") continue;
        if (typeof operation.location !== "string") continue;
        const path = relative(operation.location, baseUrl);
        if (path) this.paths.add(path);
      }
    }
  }

  /** Add a path by hand (e.g. a resource a provider replay created). */
  add(path: string): void {
    this.paths.add(path);
  }

  /** The tracked paths, Groups first (so that deleting them does not touch users twice). */
  list(): string[] {
    const all = [...this.paths];
    return [...all.filter((path) => path.startsWith("/Groups/")), ...all.filter((path) => !path.startsWith("/Groups/"))];
  }
}

function relative(location: string, baseUrl: string): string | undefined {
  const match = /\/(Users|Groups)\/([^/?#]+)$/.exec(location.startsWith(baseUrl) ? location.slice(baseUrl.length) : location);
  return match ? `/${match[1]}/${match[2]}` : undefined;
}
