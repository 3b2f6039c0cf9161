import type { RawResponse, ScimClient } from "../../client/index.js";
import { SchemaUrn } from "../../scim/urns.js";
import { IncorrectAnswer, ServerLimitation } from "../check-errors.js";
import { describe } from "./answers.js";

/** The header that asks scimlab's embedded server for a dialect profile on one request; other servers ignore it. */
export const dialectHeader = "scimlab-dialect";

/** The attributes of the User and Group schemas whose type is boolean (RFC 7643 §4.1, §2.4). */
const booleanNames = new Set(["active", "primary"]);

/** A PATCH body as a check sends it: any JSON object, not yet known to be RFC 7644. */
export type PatchBody = { schemas?: unknown; Operations?: unknown } & Record<string, unknown>;

/**
 * The first way `body` departs from the PatchOp of RFC 7644 §3.5.2 in a form an identity provider
 * is known to send, as a sentence for a learner; `undefined` when it has none. Checks use it on
 * servers that accept these forms (the embedded server's strict profile refuses each of them):
 *
 * 1. `op` other than `add`, `remove`, `replace` as written (Entra ID sends `"Replace"`), §3.5.2;
 * 2. a boolean attribute (`active`, `primary`) given as a string (`"False"`), RFC 7643 §2.3.2;
 * 3. a path-less operation whose value has dotted keys (`"name.familyName"`), §3.5.2.3;
 * 4. a `remove` that carries a `value` (Entra ID's member removal), §3.5.2.2.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function nonRfcForm(body: PatchBody): string | undefined {
  const operations = Array.isArray(body.Operations) ? (body.Operations as Array<Record<string, unknown>>) : [];
  for (const [index, operation] of operations.entries()) {
    const where = `Operations[${index}]`;
    const { op, path, value } = operation;
    if (op !== "add" && op !== "remove" && op !== "replace") {
      return `${where} has "op": ${JSON.stringify(op)}; RFC 7644 §3.5.2 names the operations "add", "remove" and "replace", written so.`;
    }
    const text = typeof path === "string" ? path : "";
    const last = text.replace(/\[[^\]]*\]/g, "").split(".").pop()?.toLowerCase() ?? "";
    if (booleanNames.has(last) && typeof value === "string") {
      return `${where} sets ${JSON.stringify(text)} to the string ${JSON.stringify(value)}: it is a boolean (RFC 7643 §2.4), and a string is another type (RFC 7643 §2.3.2).`;
    }
    const stringBoolean = booleanAsString(value);
    if (stringBoolean !== undefined) {
      return `${where} gives ${JSON.stringify(stringBoolean)} as a string inside its value: a boolean is written true or false, without quotes (RFC 7643 §2.3.2).`;
    }
    if (text === "" && isObject(value)) {
      const dotted = Object.keys(value).find((key) => key.includes(".") && !key.toLowerCase().startsWith("urn:"));
      if (dotted !== undefined) {
        return `${where} has no path, and its value has the key ${JSON.stringify(dotted)}: without a path, each key of the value is an attribute name (RFC 7644 §3.5.2.3), and a name has no dot.`;
      }
    }
    if (op === "remove" && value !== undefined) {
      return `${where} is a "remove" with a value: RFC 7644 §3.5.2.2 defines remove by its path alone, and a server that reads it so removes every value the path selects.`;
    }
  }
  return undefined;
}

/** The key of the first boolean attribute given as a string inside `value`, at any depth. */
function booleanAsString(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = booleanAsString(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const name = key.split(/[.:]/).pop()?.toLowerCase() ?? "";
    if (booleanNames.has(name) && typeof item === "string") return `${key}: ${JSON.stringify(item)}`;
    const inner = booleanAsString(item);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** Whether `value` is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The PatchOp body of an answer, without checks: a `patch()` builder (built), or any object with an
 * `Operations` array, sent as written (its `schemas` filled in only when `fill` says so, as the
 * kit's client does).
 */
export function patchBodyOf(answer: unknown, fill: boolean): PatchBody {
  const candidate = answer as { build?: unknown; Operations?: unknown } | null;
  if (candidate !== null && typeof candidate === "object") {
    if (typeof candidate.build === "function") {
      try {
        return (candidate.build as () => PatchBody)();
      } catch (error) {
        throw new IncorrectAnswer(`Your patch() has no operation: ${error instanceof Error ? error.message : String(error)}.`);
      }
    }
    if (Array.isArray(candidate.Operations)) {
      const body = { ...(candidate as PatchBody) };
      if (fill && body.schemas === undefined) body.schemas = [SchemaUrn.PatchOp];
      return body;
    }
  }
  throw new IncorrectAnswer(
    `Expected a PATCH body: a \`patch()\` builder, or an object \`{ schemas, Operations: [...] }\`; got ${describe(answer)}.`,
  );
}

/**
 * Send a PATCH body as it is to `path`, asking the embedded server for the strict profile (other
 * servers ignore the header), and return the answer whatever its status.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function sendStrict(client: ScimClient, path: string, body: unknown): Promise<RawResponse> {
  return client.raw({ method: "PATCH", path, body, headers: { [dialectHeader]: "strict" } });
}

/** Whether a raw answer is a success (2xx). */
export function succeeded(answer: RawResponse): boolean {
  return answer.status >= 200 && answer.status < 300;
}

/** A server's refusal quoted for a learner: "400 (invalidSyntax): …". */
export function refusalText(answer: RawResponse): string {
  const body = isObject(answer.body) ? answer.body : {};
  const type = typeof body.scimType === "string" ? ` (${body.scimType})` : "";
  const detail = typeof body.detail === "string" ? `: ${body.detail.replace(/\.$/, "")}` : "";
  return `${answer.status}${type}${detail}`;
}

/**
 * The refusal of a body that has no non-RFC form: a server that cannot evaluate a valid PATCH (a
 * `ServerLimitation`), not a wrong answer.
 */
export function limitation(what: string, answer: RawResponse): ServerLimitation {
  return new ServerLimitation(
    `${what} was refused by this server (${refusalText(answer)}), although it is a PATCH in the form of RFC 7644 §3.5.2. ` +
      "The check cannot judge it here: the embedded server can.",
  );
}
