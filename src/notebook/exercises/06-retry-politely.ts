import type { Exchange, ScimClient } from "../../client/index.js";
import { isScimError } from "../../scim/errors.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";
import { startFaultProxy } from "./06-fault-proxy.js";
import { errorOf, faultyClient } from "./06-provoke.js";

/** The learner's wrapper: run `send`, retrying as the server asks; `client` is the client `send` uses. */
type WithRetry = (send: () => Promise<unknown>, client: ScimClient) => Promise<unknown>;

/** The fault the check injects: every second request of its session is a 429 asking for 1 s. */
const FAULTS = "429 every 2 retry-after 1";
/** The fault of the last case: a server that stays unavailable, and asks for no wait (so the case is quick). */
const DOWN = "503 every 1 retry-after 0";
/** The most requests "a few retries" may take, and how long the check lets a function go on. */
const MOST_REQUESTS = 6;
const PATIENCE_MS = 3000;
/** How much shorter than Retry-After a wait may be (timer granularity), and the longest wait accepted. */
const SLACK_MS = 100;
const LONGEST_WAIT_MS = 5000;

/**
 * Chapter 06, question 3: a retry wrapper that respects `Retry-After`, judged against a faulty session
 * of the embedded server (`Scimlab-Faults: 429 every 2 retry-after 1`) by counting requests and timing
 * them: after a 429 it must wait what the server asked (RFC 6585 §4, RFC 9110 §10.2.3) and send once
 * more; a 404 must not be retried and must reach the caller; a server that stays unavailable
 * (`503 every 1 retry-after 0`) gets a few retries, then the 503 reaches the caller. On a server without
 * fault injection, a small proxy on 127.0.0.1 in front of it answers those 429s and 503s instead.
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-4
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 */
export const q3 = defineExercise<WithRetry>({
  id: "chapter06.q3",
  title: "Retry as the server asks",
  hints: [
    "Call `send()`; when it throws because the server is busy (429) or unavailable (503), wait, then call it again; any other error goes to the caller.",
    'The wait is in the answer\'s `Retry-After` header, in seconds: `client.lastExchange.responseHeaders["retry-after"]`. Stop after a few retries and throw the last error.',
    "A `for (let attempt = 1; ; attempt++)` loop around `try { return await send(); } catch (error) { … }`: rethrow unless `error.status` is 429 or 503 and `attempt <= 3`; else `await new Promise((resolve) => setTimeout(resolve, seconds * 1000))`.",
  ],
  solution: [
    "const withRetry = async (send: () => Promise<unknown>, client: ScimClient) => {",
    "  for (let attempt = 1; ; attempt++) {",
    "    try {",
    "      return await send();",
    "    } catch (error) {",
    "      const status = (error as ScimError).status;",
    "      if ((status !== 429 && status !== 503) || attempt > 3) throw error;",
    '      const seconds = Number(client.lastExchange?.responseHeaders["retry-after"] ?? 1);',
    "      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));",
    "    }",
    "  }",
    "};",
  ].join("\n"),
  async check(answer, context) {
    expectThat(typeof answer === "function", `Answer with a function \`async (send, client) => { … }\`; got ${describe(answer)}.`);
    const client = context.client();
    const someone = (await client.users.list({ count: 1, attributes: ["userName"] })).Resources[0];
    expectThat(someone !== undefined, "The check needs a user on the server: run the setup cell first.");
    const id = someone.id as string;
    const plain = client.derive({ retry: 0 });
    const faulty = faultyClient(client, FAULTS);
    try {
      if (await nextRequestIs429(faulty)) {
        await checkRecovers(answer, faulty, id);
        await checkNotRetried(answer, plain);
        const down = faultyClient(client, DOWN);
        await checkGivesUp(answer, down, id).finally(() => down.close());
      } else {
        await checkThroughProxy(answer, client, plain, id);
      }
    } finally {
      await Promise.all([faulty.close(), plain.close()]);
    }
    return (
      "Right: after the 429 your function waited what `Retry-After` asked, sent once more and got the answer; the 404 went " +
      "straight to the caller; and a server that stayed unavailable got a few retries, then the caller got its 503."
    );
  },
});

/**
 * Line the session up so that its next request is the 429 (its faults fire on every 2nd request); false when
 * the server ignores the fault header (two answers in a row without a 429).
 */
async function nextRequestIs429(faulty: ScimClient): Promise<boolean> {
  const probe = () => errorOf(() => faulty.users.list({ count: 1, attributes: ["userName"] }));
  for (let tries = 0; tries < 2; tries++) {
    const error = await probe();
    if (isScimError(error) && error.status === 429) {
      await probe(); // the one after a 429 goes through; the next is a 429 again
      return true;
    }
  }
  return false;
}

/** The same three cases on a server without fault injection: a proxy in front of it answers the faults. */
async function checkThroughProxy(withRetry: WithRetry, client: ScimClient, plain: ScimClient, id: string): Promise<void> {
  const proxy = await startFaultProxy(client.baseUrl);
  const viaProxy = client.derive({ baseUrl: proxy.baseUrl, retry: 0 });
  try {
    proxy.failNext({ status: 429, retryAfter: 1 });
    await checkRecovers(withRetry, viaProxy, id);
    await checkNotRetried(withRetry, plain);
    proxy.failAll({ status: 503, retryAfter: 0 });
    await checkGivesUp(withRetry, viaProxy, id);
  } finally {
    await viaProxy.close();
    await proxy.close();
  }
}

/** The first attempt gets a 429 with Retry-After: 1; the function must wait about 1 s and send once more. */
async function checkRecovers(withRetry: WithRetry, faulty: ScimClient, id: string): Promise<void> {
  faulty.clearExchanges();
  let result: unknown;
  try {
    result = await withRetry(() => faulty.users.get(id), faulty);
  } catch (error) {
    const sent = faulty.exchanges.length;
    throw new IncorrectAnswer(
      `The server answered the first request 429 with \`Retry-After: 1\` and would have answered the next one; your function sent ${sent} ` +
        `request(s) and then threw ${isScimError(error) ? `the ${error.status}` : describe(error)}. A 429 means "not processed, try later" (RFC 6585 §4).`,
    );
  }
  const sent = faulty.exchanges;
  expectThat((result as { id?: unknown } | undefined)?.id === id, `Your function got the user back but returned ${describe(result)}: return what \`send()\` returned.`);
  expectThat(sent.length === 2, `Your function sent ${sent.length} requests (${statuses(sent)}); one 429, then one more that succeeds, is 2.`);
  const [first, second] = sent as [Exchange, Exchange];
  const waited = Date.parse(second.startedAt) - (Date.parse(first.startedAt) + first.durationMs);
  expectThat(
    waited >= 1000 - SLACK_MS,
    `Your function sent the retry ${Math.max(0, waited)} ms after the 429, but the server asked for 1 s (\`Retry-After: 1\`, RFC 9110 §10.2.3). ` +
      "Retrying sooner only adds to the load that made it answer 429, and a strict server answers 429 again.",
  );
  expectThat(waited <= LONGEST_WAIT_MS, `Your function waited ${waited} ms before the retry, though the server asked for 1 s: wait what it asks, not a fixed long time.`);
}

/** A 404 is not retried: one request, and the caller gets the 404. */
async function checkNotRetried(withRetry: WithRetry, plain: ScimClient): Promise<void> {
  plain.clearExchanges();
  let returned: unknown;
  try {
    returned = await withRetry(() => plain.users.get("00000000-0000-4000-8000-000000000000"), plain);
  } catch (error) {
    const sent = plain.exchanges;
    expectThat(
      sent.length === 1,
      `For a GET of a user that does not exist, your function sent ${sent.length} requests (${statuses(sent)}): a 404 does not change with time, so it is not retried.`,
    );
    expectThat(isScimError(error) && error.status === 404, `For a GET of a user that does not exist, your function threw ${describe(error)} instead of the server's 404: let it through unchanged.`);
    return;
  }
  throw new IncorrectAnswer(`For a GET of a user that does not exist, your function returned ${describe(returned)}: the caller must get the 404.`);
}

/** A server that answers 503 to everything: a few retries, then the 503 reaches the caller. */
async function checkGivesUp(withRetry: WithRetry, down: ScimClient, id: string): Promise<void> {
  down.clearExchanges();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const outcome = withRetry(() => down.users.get(id), down).then(
      (value) => ({ threw: false as const, value }),
      (error: unknown) => ({ threw: true as const, error }),
    );
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), PATIENCE_MS);
    });
    const result = await Promise.race([outcome, late]);
    const sent = down.exchanges.length;
    if (result === "late") {
      throw new IncorrectAnswer(
        `A server that answers every request 503 (with \`Retry-After: 0\`) got ${sent >= 50 ? "50 or more" : sent} requests from your function in ` +
          `${PATIENCE_MS / 1000} s, and it was still retrying: stop after a few retries and throw the last error, so that the caller can decide.`,
      );
    }
    if (!result.threw) throw new IncorrectAnswer(`A server that answers every request 503 got your function to return ${describe(result.value)}: the caller must get the 503.`);
    expectThat(sent >= 2, "A server answered 503 with `Retry-After: 0`, and your function did not retry at all: a 503 with Retry-After is worth a retry (RFC 9110 §15.6.4).");
    expectThat(sent <= MOST_REQUESTS, `A server that answers every request 503 got ${sent} requests from your function: a few retries (3 or so) are enough before giving up.`);
    expectThat(
      isScimError(result.error) && result.error.status === 503,
      `After the last 503 your function threw ${describe(result.error)}: throw the server's error, so that the caller sees the 503.`,
    );
  } finally {
    clearTimeout(timer);
  }
}

function statuses(exchanges: readonly Exchange[]): string {
  return exchanges.map((one) => one.status ?? "no answer").join(", ");
}
