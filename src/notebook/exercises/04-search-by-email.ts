import type { ScimClient } from "../../client/index.js";
import type { Exchange } from "../../client/index.js";
import { isScimError } from "../../scim/errors.js";
import { expectThat, IncorrectAnswer, ServerLimitation } from "../check-errors.js";
import { filterProblem } from "./answer-validity.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";
import { withScratchUser } from "./scratch.js";
import { watchClient } from "./watched-client.js";

/** What the learner writes: find a user by email address, or undefined. */
type FindByEmail = (client: ScimClient, email: string) => unknown;

/** Whether a URL carries `text`, as typed or percent-encoded (`%40` for `@`, `+` for a space). */
function carries(url: string, text: string): boolean {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url.replace(/\+/g, " "));
  } catch {
    // A malformed escape: look at the raw URL only.
  }
  const needle = text.toLowerCase();
  return url.toLowerCase().includes(needle) || decoded.toLowerCase().includes(needle);
}

/**
 * Chapter 04, question 3: `findByEmail(client, email)` finds a user by
 * email address without the address appearing in any URL (POST
 * `/.search`). Judged by running it on a scratch user with an address only
 * it has: the user it returns, and the URLs of the requests it made.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.3
 */
export const q3 = defineExercise<unknown>({
  id: "chapter04.q3",
  title: "Find by email, off the URL",
  hints: [
    "A GET puts the filter in the query string, which servers, proxies and browsers log. RFC 7644 §3.4.3 offers another way to send the same query.",
    "`client.users.search(query)` sends the query as a SearchRequest body to `POST /Users/.search`; it returns a ListResponse page, and you want its first resource.",
    "Filter on the sub-attribute `value` of `emails`, and return `page.Resources[0]`: `(await client.users.search({ filter: filter.eq(\"emails.value\", email) })).Resources[0]`.",
  ],
  solution:
    "const findByEmail = async (client: ScimClient, email: string) =>\n" +
    '  (await client.users.search({ filter: filter.eq("emails.value", email) })).Resources[0];',
  async check(answer, context) {
    if (typeof answer !== "function") {
      throw new IncorrectAnswer(`Expected a function \`(client, email) => …\` that returns the user; got ${describe(answer)}.`);
    }
    const client = context.client();
    const email = "scimlab.check.chapter04-q3@example.net";
    const seen = await withScratchUser(
      client,
      "chapter04-q3",
      { displayName: "Scratch correspondent", emails: [{ value: email, type: "work", primary: true }] },
      async (user) => {
        const watched = watchClient(client);
        try {
          const result = await (answer as FindByEmail)(watched.client, email);
          return { result, id: user.id as string, exchanges: watched.exchanges() };
        } catch (error) {
          const refused = refusedValidFilter(error, watched.exchanges());
          if (refused !== undefined) {
            throw new ServerLimitation(
              `This server refused the filter ${refused}, which RFC 7644 §3.4.2.2 allows (a filter on a sub-attribute): it cannot judge this answer.`,
            );
          }
          throw new IncorrectAnswer(`Your function failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          watched.stop();
        }
      },
    );
    const { result, id, exchanges } = seen;
    expectThat(
      exchanges.length > 0,
      "Your function had no answer from the server before it returned: it should ask the server, with the client it is given, and wait for the answer (`await`).",
    );
    const leaks = exchanges.filter((exchange) => carries(exchange.url, email) || carries(exchange.url, email.split("@")[0] as string));
    expectThat(
      leaks.length === 0,
      `Your function put the address in a URL: ${leaks[0]?.method} ${leaks[0]?.url.replace(/^https?:\/\/[^/]+/, "")}. ` +
        "URLs end up in access logs, proxy logs and Referer headers; RFC 7644 §3.4.3 gives queries another way to travel.",
    );
    const found = result as { id?: unknown; Resources?: unknown } | undefined;
    expectThat(result !== undefined && result !== null, "Your function returned nothing, while a user with this address exists (the check created one for a moment, and has deleted it again).");
    expectThat(
      !Array.isArray(found?.Resources),
      "Your function returned the whole ListResponse page: return the user in it (`Resources`), not the page.",
    );
    expectThat(
      found?.id === id,
      `Your function returned ${typeof found?.id === "string" ? `user ${found.id}` : describe(result)}, not the user with that address (the check created one for a moment).`,
    );
    const via = exchanges.map((exchange) => `${exchange.method} ${new URL(exchange.url).pathname.replace(/^.*?\/(Users|Groups|\.search)/, "/$1")}`);
    return `Right: the user, found with ${via.join(", ")}, and the address never left the request body.`;
  },
});

/**
 * The filter of the last request, when the server refused it (400 invalidFilter
 * or invalidPath) although it is a valid filter on Users: a server's limit,
 * not the learner's mistake (RFC 7644 §3.4.2.2).
 */
function refusedValidFilter(error: unknown, exchanges: readonly Exchange[]): string | undefined {
  if (!isScimError(error) || error.status !== 400 || !["invalidFilter", "invalidPath"].includes(error.scimType ?? "")) return undefined;
  const last = exchanges.at(-1);
  if (last === undefined) return undefined;
  const inBody = (last.requestBody as { filter?: unknown } | undefined)?.filter;
  const text = typeof inBody === "string" ? inBody : new URL(last.url).searchParams.get("filter") ?? undefined;
  return text !== undefined && filterProblem(text, "User") === undefined ? text : undefined;
}
