import { captureValues, providerForm, stepRequest, type PlaceholderValues, type ProviderSequence, type ProviderStep } from "../../providers/index.js";
import type { CheckContext, Json } from "../check-context.js";
import { CheckFailure, CheckSkipped } from "../check-failure.js";
import { sendPatch, valuesOf } from "../patch-helpers.js";
import { intendedMembers } from "./membership-intent.js";

/** A sequence's state during a replay: the placeholder values so far, and the bystander member. */
interface ReplayState {
  values: PlaceholderValues;
  bystander?: string;
}

const short = (sequence: ProviderSequence) => (sequence.provider === "Okta" ? "Okta" : "Entra");

/** What people call a step: "member removal" for remove-member, else its title. */
function stepName(sequence: ProviderSequence, step: ProviderStep): string {
  const names: Record<string, string> = { "remove-member": "member removal", "add-member": "member addition", "push-members": "membership push", "push-no-members": "empty membership push", "deactivate-user": "deactivation" };
  const variant = sequence.variant === "default" ? "default" : sequence.variant;
  return `${short(sequence)}'s ${variant} ${names[step.id] ?? `step "${step.title}"`}`;
}

/** The fix for a refused step: accept each of its non-RFC forms as the RFC form, or conform. */
function formsFix(step: ProviderStep): string {
  if (step.forms.length === 0) return `This request is plain RFC 7644; answer it as the RFC says (${step.method} ${step.path}).`;
  return step.forms
    .map((id) => providerForm(id))
    .map((form) => `${form.description} Accept ${form.example} as ${form.rfcForm} (${form.rfc})${form.conforms ? "" : ", for this provider at least (scimlab serve --dialect entra|okta shows how)"}.`)
    .join(" ");
}

async function members(c: CheckContext, groupId: string): Promise<string[]> {
  return valuesOf(await c.read(`/Groups/${groupId}`), "members").map((member) => String(member.value)).sort();
}

/** Before the first change to the group: a scratch user as a second member, to see what a removal takes. */
async function addBystander(c: CheckContext, state: ReplayState, tag: string): Promise<void> {
  if (state.bystander !== undefined || state.values.groupId === undefined) return;
  const user = await c.createUser(`${tag}-bystander`);
  state.bystander = String(user.id);
  await sendPatch(c, `/Groups/${state.values.groupId}`, [{ op: "add", path: "members", value: [{ value: user.id }] }]);
}

/**
 * One step of a provider's sequence as a check: send it (placeholders filled), fail when its status is not
 * one the provider accepts, then check its effect: the group's members against what the provider means
 * (with a scratch bystander member, so that "remove every member" shows), `active` after a deactivation.
 */
export function replayStep(sequence: ProviderSequence, step: ProviderStep) {
  return async (c: CheckContext): Promise<void> => {
    const tag = `${c.prefix}-${sequence.provider === "Okta" ? "okta" : "entra"}-${sequence.variant.toLowerCase().replace(/[^a-z0-9]+/g, "")}`;
    const state = await c.fixture<ReplayState>(`replay:${sequence.provider}:${sequence.variant}`, async () => ({ values: { userName: tag } }));
    let request;
    try {
      request = stepRequest(step, state.values);
    } catch (error) {
      throw new CheckSkipped(`an earlier step of this sequence did not succeed: ${(error as Error).message}`);
    }
    const changesGroup = step.path.includes("{groupId}") && (step.method === "PATCH" || step.method === "PUT");
    let before: string[] | undefined;
    if (changesGroup && state.values.groupId !== undefined) {
      await addBystander(c, state, tag);
      before = await members(c, state.values.groupId);
    }
    const answer = await c.send({ method: request.method, path: request.path, ...(request.body === undefined ? {} : { json: request.body }) });
    if (!step.expectStatus.includes(answer.status)) {
      const detail = (answer.body as { detail?: unknown } | undefined)?.detail;
      throw new CheckFailure(
        `HTTP ${step.expectStatus.join(" or ")}, got ${answer.status}${typeof detail === "string" ? ` ("${detail}")` : ""}: ${stepName(sequence, step)} would fail on this server`,
        formsFix(step),
        answer,
      );
    }
    state.values = captureValues(step, answer.body, state.values);
    if (before !== undefined && state.values.groupId !== undefined) {
      const intended = intendedMembers(request.method, request.body, before);
      if (intended !== undefined) {
        const after = await members(c, state.values.groupId);
        if (JSON.stringify(after) !== JSON.stringify(intended)) {
          const everyone = after.length === 0 && intended.length > 0;
          const what = everyone
            ? `${stepName(sequence, step)} would remove every member of your group`
            : `${stepName(sequence, step)} leaves the group with members [${after.join(", ")}]`;
          throw new CheckFailure(`${what}; ${sequence.provider} means [${intended.join(", ")}]`, formsFix(step), c.last);
        }
      }
    }
    if (step.id === "deactivate-user" && state.values.userId !== undefined) {
      const user: Json = await c.read(`/Users/${state.values.userId}`);
      if (user.active !== false) {
        throw new CheckFailure(`${stepName(sequence, step)} would leave the user active (active is ${JSON.stringify(user.active)}, not false)`, formsFix(step), c.last);
      }
    }
  };
}
