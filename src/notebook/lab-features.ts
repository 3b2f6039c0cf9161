import type { ScimClient } from "../client/index.js";
import { escapeHtml } from "./escape-html.js";
import { displayBundle } from "./kernel-output.js";

/**
 * Stand-in, per the issue 10/11 contract, until helper "lab"'s version of this file is merged (theirs wins).
 * The URN of scimlab's lab extension of `/ServiceProviderConfig`.
 */
const labExtensionUrn = "urn:scimlab:params:scim:schemas:extension:lab:2.0:ServiceProviderConfig";

/**
 * Which of scimlab's lab features the server has: dialect profiles and fault injection, as its
 * `GET /ServiceProviderConfig` announces them in the lab extension. Any other server has neither.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export async function labFeatures(client: ScimClient): Promise<{ dialects: boolean; faults: boolean }> {
  try {
    const config = (await client.serviceProviderConfig()) as Record<string, unknown>;
    const lab = config[labExtensionUrn] as { dialects?: unknown; faultInjection?: unknown } | undefined;
    return { dialects: Array.isArray(lab?.dialects), faults: lab?.faultInjection === true };
  } catch {
    return { dialects: false, faults: false };
  }
}

/** Say, under a cell, that what it shows needs scimlab's embedded server, and that the chapter moves on. */
export function showNeedsEmbedded(what: string): void {
  const text = `This cell needs scimlab's embedded server (${what}); your server does not have it — moving on.`;
  displayBundle({ "text/plain": text, "text/html": `<p><em>${escapeHtml(text)}</em></p>` });
}
