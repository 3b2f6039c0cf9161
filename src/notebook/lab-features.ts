import type { ScimClient } from "../client/index.js";
import { escapeHtml } from "./escape-html.js";
import { displayBundle } from "./kernel-output.js";

/** The URN of scimlab's lab extension of `/ServiceProviderConfig` (the embedded server declares it). */
const labExtensionUrn = "urn:scimlab:params:scim:schemas:extension:lab:2.0:ServiceProviderConfig";

/** What only scimlab's embedded server can do, as its `/ServiceProviderConfig` says. */
export interface LabFeatures {
  /** Dialect profiles (`Scimlab-Dialect`, `--dialect`). */
  dialects: boolean;
  /** Fault injection (`Scimlab-Faults`, `--faults`). */
  faults: boolean;
}

/**
 * Ask the server whether it has scimlab's lab features: the embedded server
 * declares the extension `urn:scimlab:params:scim:schemas:extension:lab:2.0:ServiceProviderConfig`
 * in its `/ServiceProviderConfig` (RFC 7643 §5), with the dialects it has
 * and `faultInjection: true`. Any other server (scimmy, a real provider)
 * has neither; a server that refuses the request has neither too. Never throws.
 *
 * @example
 * const lab = await labFeatures(client);
 * if (!lab.faults) showNeedsEmbedded("fault injection", client);
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export async function labFeatures(client: Pick<ScimClient, "serviceProviderConfig">): Promise<LabFeatures> {
  try {
    const config = (await client.serviceProviderConfig()) as Record<string, unknown>;
    const lab = config[labExtensionUrn] as { dialects?: unknown; faultInjection?: unknown } | undefined;
    return {
      dialects: Array.isArray(lab?.dialects) && (lab?.dialects as unknown[]).length > 0,
      faults: lab?.faultInjection === true,
    };
  } catch {
    return { dialects: false, faults: false };
  }
}

/**
 * Say, under the cell, that what it shows needs scimlab's embedded server,
 * and move on: "This cell needs scimlab's embedded server (fault injection);
 * your server is https://… — moving on." Chapters call it when
 * {@link labFeatures} says no, so that on another server the cell neither
 * fails nor pretends.
 *
 * @param what the feature, e.g. `"fault injection"` or `"dialect profiles"`.
 * @param client the client whose server it is (only its base URL is shown, never its token).
 * @returns the text shown.
 */
export function showNeedsEmbedded(what: string, client?: { baseUrl: string }): string {
  const server = client === undefined ? "another SCIM server" : client.baseUrl;
  const text = `This cell needs scimlab's embedded server (${what}); your server is ${server} — moving on.`;
  displayBundle({
    "text/html": `<p style="color:#555">ℹ ${escapeHtml(text)}</p>`,
    "text/plain": text,
  });
  return text;
}
