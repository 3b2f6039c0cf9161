import type { CheckContext } from "./check-context.js";

/**
 * Delete what the run created: every tracked resource, then whatever a filter still finds with the run's
 * prefix (`userName sw`, `displayName sw`) when the server supports filters. Errors are swallowed: cleanup
 * runs after failures too, and must not hide them. Returns the paths it could not delete.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.6
 */
export async function cleanUp(context: CheckContext): Promise<string[]> {
  const left: string[] = [];
  const remove = async (path: string) => {
    try {
      const answer = await context.send({ method: "DELETE", path });
      if (answer.status >= 300 && answer.status !== 404) left.push(path);
    } catch {
      left.push(path);
    }
  };
  for (const path of context.tracker.list()) await remove(path);
  if (!context.features.supported.filter) return left;
  for (const [endpoint, attribute] of [["/Groups", "displayName"], ["/Users", "userName"]] as const) {
    try {
      const filter = encodeURIComponent(`${attribute} sw "${context.prefix}"`);
      const found = await context.send({ method: "GET", path: `${endpoint}?filter=${filter}&count=1000` });
      const resources = (found.body as { Resources?: { id?: unknown }[] } | undefined)?.Resources ?? [];
      for (const resource of resources) if (typeof resource.id === "string") await remove(`${endpoint}/${resource.id}`);
    } catch {
      // A server that cannot search still had its tracked resources deleted above.
    }
  }
  return left;
}
