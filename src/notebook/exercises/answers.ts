import type { ResourceTypeName } from "../../scim/definitions/attribute-lookup.js";
import { isScimError, type ScimError } from "../../scim/errors.js";
import type { Filter } from "../../scim/filter/ast.js";
import { printFilter } from "../../scim/filter/printer.js";
import type { PatchOp } from "../../scim/patch-op.js";
import { IncorrectAnswer, ServerLimitation } from "../check-errors.js";
import { filterProblem, patchProblem } from "./answer-validity.js";

/**
 * The filter text of an answer: a string such as `userName eq "cminer"`, or a
 * tree built with `filter.eq(…)`. Anything else is an incorrect answer.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function filterAnswer(answer: unknown): string {
  if (typeof answer === "string" && answer.trim() !== "") return answer;
  if (isFilterTree(answer)) return printFilter(answer);
  throw new IncorrectAnswer(
    `Expected the filter as text, such as \`userName eq "cminer"\`, or built with \`filter.eq(…)\`; got ${describe(answer)}.`,
  );
}

/**
 * The PatchOp of an answer: a `patch()` builder (built here) or a PatchOp
 * object `{ Operations: [...] }`. Anything else is an incorrect answer.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function patchAnswer(answer: unknown): PatchOp {
  const candidate = answer as { build?: unknown; Operations?: unknown } | null;
  if (candidate !== null && typeof candidate === "object") {
    if (typeof candidate.build === "function") return (candidate.build as () => PatchOp)();
    if (Array.isArray(candidate.Operations)) return candidate as PatchOp;
  }
  throw new IncorrectAnswer(
    `Expected a PATCH built with \`patch()\`, such as \`patch().replace("title", "Manager")\`; got ${describe(answer)}.`,
  );
}

/**
 * What a request sends of the learner's answer, so that {@link tryAnswer} can
 * tell a server's refusal of a valid answer from a wrong answer: a filter on
 * `/Users` or `/Groups`, or a PatchOp sent to a User or a Group.
 */
export type SentAnswer =
  | { filter: string; resourceType: ResourceTypeName }
  | { patch: PatchOp; resourceType: ResourceTypeName };

/**
 * Run `request` for a check. An error from the server or the client (a bad
 * filter, a bad path…) becomes an incorrect answer that quotes it: for a
 * SCIM error, its status, `scimType` and `detail`.
 *
 * With `sent`, a refusal of a valid answer becomes a {@link ServerLimitation}
 * instead: the server answered 501, or 400 with `invalidFilter`,
 * `invalidPath` or no `scimType`, to a filter or path that scimlab's own
 * parser accepts on attributes the schema defines (see {@link filterProblem},
 * {@link patchProblem}). The embedded server refuses only invalid answers, so
 * there a refusal still means the answer is wrong.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export async function tryAnswer<T>(what: string, request: () => Promise<T>, sent?: SentAnswer): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const limitation = sent === undefined ? undefined : limitationOf(error, what, sent);
    if (limitation !== undefined) throw limitation;
    throw new IncorrectAnswer(`${what} failed: ${failureOf(error)}`, { cause: error });
  }
}

/**
 * The server's error quoted for a learner: "the server answered 400
 * (invalidPath): …", or "400 without a scimType: …".
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function refusalOf(error: ScimError): string {
  const type = error.scimType ? ` (${error.scimType})` : error.status === 400 ? " without a scimType" : "";
  return `the server answered ${error.status}${type}: ${error.detail.replace(/\.$/, "")}`;
}

/** Whether a SCIM error came from the server (the client sets its `request`), not from the kit's own checks. */
export function isServerRefusal(error: unknown): error is ScimError {
  return isScimError(error) && error.request !== undefined;
}

const refusalTypes: ReadonlySet<string | undefined> = new Set([undefined, "invalidFilter", "invalidPath"]);

function limitationOf(error: unknown, what: string, sent: SentAnswer): ServerLimitation | undefined {
  if (!isServerRefusal(error)) return undefined;
  if (error.status !== 501 && !(error.status === 400 && refusalTypes.has(error.scimType))) return undefined;
  const [problem, kind, rfc] =
    "filter" in sent
      ? [filterProblem(sent.filter, sent.resourceType), "filter", "RFC 7644 §3.4.2.2"]
      : [patchProblem(sent.patch, sent.resourceType), "PATCH", "RFC 7644 §3.5.2"];
  if (problem !== undefined) return undefined;
  const unsaid =
    error.status === 400 && error.scimType === undefined
      ? " It did not say which rule the request broke (RFC 7644 §3.12 asks for a scimType), and scimlab finds none broken."
      : "";
  return new ServerLimitation(
    `${what} was refused: ${refusalOf(error)}. Your ${kind} is valid SCIM (${rfc}) and names attributes the schema ` +
      `defines, so this server cannot evaluate it.${unsaid} That is neither correct nor incorrect: the check cannot judge ` +
      "your answer here; the embedded server, or another server that implements this part of the RFC, can.",
    { cause: error },
  );
}

function failureOf(error: unknown): string {
  if (isScimError(error)) return refusalOf(error);
  return error instanceof Error ? error.message : String(error);
}

/** A short description of an unexpected answer, for messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return `an object with ${Object.keys(value).join(", ") || "no keys"}`;
  return `${typeof value} ${String(value)}`;
}

function isFilterTree(value: unknown): value is Filter {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";
}
