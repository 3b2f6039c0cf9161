import type { ScimClient } from "../../client/index.js";
import { patch } from "../../scim/patch.js";
import type { User } from "../../scim/user.js";
import { expectThat, IncorrectAnswer, NotAttempted } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";
import { errorOf, serverFault } from "./06-provoke.js";
import { withScratchUser } from "./scratch.js";

/** The four things a program can do about a failed request. */
type Verdict = "retry" | "fix" | "reread" | "giveup";

/** The learner's function: what to do about `error`. */
type Classify = (error: unknown) => unknown;

/** One error the check provokes, and what a program should do about it (sometimes either of two). */
interface ErrorCase {
  readonly what: string;
  readonly expected: readonly Verdict[];
  readonly why: string;
  readonly error: unknown;
}

/**
 * Chapter 06, question 1: a function that says what to do about an error — retry, fix the request,
 * re-read and retry, or give up — judged on real errors the check provokes on the server at hand (a
 * scratch user's PATCHes, a taken userName, a stale If-Match, a wrong token, a 1 ms timeout; 429, 500
 * and 503 from injected faults on the embedded server). Errors a server does not produce are left out.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export const q1 = defineExercise<Classify>({
  id: "chapter06.q1",
  title: "What to do about an error",
  hints: [
    "Look at what the error says about the request: would the very same request succeed a little later, does it need to change, or did the resource change under you? `status` and `scimType` tell you; errors the client raises itself (`TimeoutError`, `RequestValidationError`) have no `status`.",
    "Busy or unavailable (429, 503) and a timeout: the same request later. Any 400, a 409 `uniqueness`, a 413 and a request the client refused to send: the request must change. A 412: the resource changed since you read it. 401, 403, 404, 500: a person must act.",
    'Start with `if (error instanceof TimeoutError) return "retry"; if (error instanceof RequestValidationError) return "fix";`, then switch on `error.status`: 429/503 → "retry", 412 → "reread", 400/409/413 → "fix", anything else → "give up".',
  ],
  solution: [
    "const classify = (error: unknown) => {",
    '  if (error instanceof TimeoutError) return "retry";',
    '  if (error instanceof RequestValidationError) return "fix";',
    "  const status = (error as ScimError).status;",
    '  if (status === 429 || status === 503) return "retry";',
    '  if (status === 412) return "reread";',
    '  if (status === 400 || status === 409 || status === 413) return "fix";',
    '  return "give up";',
    "};",
  ].join("\n"),
  async check(answer, context) {
    expectThat(typeof answer === "function", `Answer with a function \`(error) => "retry" | "fix" | "reread" | "give up"\`; got ${describe(answer)}.`);
    const cases = await provokeAll(context.client());
    if (cases.length === 0) throw new NotAttempted("The check could not provoke any error on this server.");
    const wrong: string[] = [];
    for (const one of cases) {
      let said: unknown;
      try {
        said = await answer(one.error);
      } catch (error) {
        throw new IncorrectAnswer(`For ${one.what}, your function threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}: it must return a verdict for every error, including errors without a \`status\`.`);
      }
      const verdict = verdictOf(said);
      if (verdict === undefined) {
        throw new IncorrectAnswer(`For ${one.what}, your function returned ${describe(said)}: return one of "retry", "fix", "reread" or "give up".`);
      }
      if (!one.expected.includes(verdict)) wrong.push(`for ${one.what} it says "${verdict}": ${one.why}`);
    }
    expectThat(wrong.length === 0, `Your function judged ${cases.length - wrong.length} of ${cases.length} real errors right. Not these:\n- ${wrong.join("\n- ")}`);
    return `Right: ${cases.length} real errors, each with what a program should do about it. A 409 \`uniqueness\` is not a version conflict, and only a busy or unavailable server is worth the same request again.`;
  },
});

/** The learner's verdict, read generously: case, spaces and dashes do not matter ("Give up", "give-up", "re-read"). */
function verdictOf(said: unknown): Verdict | undefined {
  if (typeof said !== "string") return undefined;
  const word = said.toLowerCase().replace(/[^a-z]/g, "");
  return (["retry", "fix", "reread", "giveup"] as const).find((one) => one === word);
}

const why = {
  fix: "the server refused the request itself, so the same request gets the same answer again (RFC 7644 §3.12); it must change first.",
  retry: "nothing was wrong with the request: the server was busy, unavailable or slow, and the same request later is what RFC 6585 §4 and RFC 9110 §15.6.4 expect.",
  reread: "the resource changed since you read it (RFC 7644 §3.14): read it again for its current version, reapply the change and send it again.",
  giveup: "no change to the request and no wait will help: a person must act (a token, a permission, a resource that is gone, a bug on the server).",
};

/** Provoke every error the server at hand can produce, on a scratch user. */
async function provokeAll(client: ScimClient): Promise<ErrorCase[]> {
  const cases: Array<Omit<ErrorCase, "why"> & { why?: string }> = [];
  const add = (what: string, expected: readonly Verdict[], error: unknown) => {
    if (error !== undefined) cases.push({ what, expected, error });
  };
  await withScratchUser(client, "chapter06-q1", { displayName: "Scratch user of a check", emails: [{ value: "scratch@example.com", type: "work" }] }, async (user: User) => {
    const id = user.id as string;
    add(`POST /Users with a userName that is taken (409 uniqueness)`, ["fix"], await errorOf(() => client.users.create({ userName: user.userName as string })));
    add(`PATCH replace "active" with the string "yes" (400 invalidValue)`, ["fix"], await errorOf(() => client.users.patch(id, { Operations: [{ op: "replace", path: "active", value: "yes" }] })));
    add(`PATCH replace "id" (400 mutability)`, ["fix"], await errorOf(() => client.users.patch(id, patch().replace("id", "another-id"))));
    add(`PATCH emails[type eq "fax"].value when there is no fax address (400 noTarget)`, ["fix"], await errorOf(() => client.users.patch(id, patch().replace('emails[type eq "fax"].value', "x"))));
    const stale = user.meta?.version;
    if (stale !== undefined) {
      await client.users.patch(id, patch().replace("title", "Changed by someone else"));
      add("PATCH with If-Match of a version that is no longer current (412)", ["reread"], await errorOf(() => client.users.patch(id, patch().replace("title", "Mine"), { ifMatch: stale })));
    }
    // A loopback answer can beat even 1 ms: on scimlab's server a latency fault makes the timeout certain (other servers ignore the header).
    const slow = client.derive({ faults: "latency 200ms", retry: 0 });
    add(`GET /Users/{id} with a 1 ms timeout (TimeoutError)`, ["retry"], await errorOf(() => slow.users.get(id, { timeout: 1 })).finally(() => slow.close()));
  });
  add("GET /Users/{id} of a user that does not exist (404)", ["giveup"], await errorOf(() => client.users.get("00000000-0000-4000-8000-000000000000")));
  add('a filter the client refuses to send, `userName eq` (RequestValidationError)', ["fix"], await errorOf(() => client.users.list({ filter: "userName eq" })));
  const stranger = client.derive({ token: "not-the-token-of-this-server", retry: 0 });
  add("GET /Users with a token the server does not know (401)", ["giveup"], await errorOf(() => stranger.users.list({ count: 1 })).finally(() => stranger.close()));
  add("a 429 Too Many Requests with Retry-After", ["retry"], await serverFault(client, 429));
  add("a 503 Service Unavailable with Retry-After", ["retry"], await serverFault(client, 503));
  add("a 500 Internal Server Error", ["giveup", "retry"], await serverFault(client, 500));
  return cases.map((one) => ({ ...one, why: one.why ?? why[one.expected[0] as Verdict] }));
}
