import { entraDefault, entraScim062020, oktaAiw, oktaOin, providerForm, type ProviderSequence } from "../../providers/index.js";
import type { CheckSuite } from "../check.js";
import { replayStep } from "./replay-step.js";

/** The identity providers `--as` replays. */
export type ProviderName = "entra" | "okta";

/** The documented sequences of each provider: Entra ID default and aadOptscim062020; Okta OIN and AIW. */
const sequences: Record<ProviderName, ProviderSequence[]> = {
  entra: [entraDefault, entraScim062020],
  okta: [oktaOin, oktaAiw],
};

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The section a step exercises: its first non-RFC form's, else the one of its method. */
function stepRfc(sequence: ProviderSequence, index: number): string {
  const step = sequence.steps[index];
  if (!step) return "RFC 7644 §3";
  const [form] = step.forms;
  if (form !== undefined) return providerForm(form).rfc;
  if (step.method === "GET") return step.path.includes("filter=") ? "RFC 7644 §3.4.2.2" : "RFC 7644 §3.4.1";
  return { POST: "RFC 7644 §3.3", PUT: "RFC 7644 §3.5.1", PATCH: "RFC 7644 §3.5.2", DELETE: "RFC 7644 §3.6" }[step.method];
}

/**
 * The replay of a provider's documented request sequences as a check suite: one check per step, run in
 * order on scratch resources named with the run's prefix. A step fails when the server answers it with a
 * status the provider does not accept, or when its effect is not what the provider means (the group's
 * members after a membership change, `active` after a deactivation).
 */
export function providerSuite(provider: ProviderName): CheckSuite {
  const checks = sequences[provider].flatMap((sequence) =>
    sequence.steps.map((step, index) => ({
      name: `${slug(sequence.variant)}/${step.id}`,
      title: `${sequence.provider} (${sequence.variant}): ${step.title}`,
      rfc: stepRfc(sequence, index),
      run: replayStep(sequence, step),
    })),
  );
  return { group: provider, checks };
}
