/**
 * What identity providers send to a SCIM service provider, as data: the
 * documented request sequences of Microsoft Entra ID and Okta, and the
 * catalogue of the forms they use that RFC 7644 does not define. Chapter 08
 * and `scimlab test --as` replay them; scimlab's server dialects
 * (`--dialect entra|okta`) accept them.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644
 * @module
 */
import { entraDefault, entraScim062020 } from "./entra.js";
import { oktaAiw, oktaOin } from "./okta.js";
import type { ProviderSequence } from "./types.js";

export type { FormId, Placeholder, ProviderForm, ProviderMethod, ProviderName, ProviderSequence, ProviderStep } from "./types.js";
export { providerForms, providerForm } from "./forms.js";
export { entraDefault, entraScim062020, ENTRA_TUTORIAL, ENTRA_COMPATIBILITY } from "./entra.js";
export { oktaOin, oktaAiw, OKTA_SCIM_REFERENCE } from "./okta.js";
export { stepRequest, captureValues, type PlaceholderValues } from "./placeholders.js";

/** Every documented sequence: Entra ID (default, aadOptscim062020), then Okta (OIN, AIW). */
export const providerSequences: readonly ProviderSequence[] = [entraDefault, entraScim062020, oktaOin, oktaAiw];
