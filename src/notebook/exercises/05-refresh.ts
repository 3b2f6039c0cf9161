import type { ScimClient } from "../../client/index.js";
import type { User } from "../../scim/user.js";
import { expectThat, IncorrectAnswer } from "../check-errors.js";
import { defineExercise } from "../exercise.js";
import { describe } from "./answers.js";
import { requireEtags } from "./05-etag-support.js";
import { withScratchUser } from "./scratch.js";
import { watchClient, type WatchedClient } from "./watched-client.js";

/** What the learner writes: the current copy of `cached`, downloaded only when it changed. */
type Refresh = (client: ScimClient, cached: User) => unknown;

async function call(answer: Refresh, watched: WatchedClient, cached: User, when: string) {
  try {
    return (await answer(watched.client, cached)) as User | undefined;
  } catch (error) {
    throw new IncorrectAnswer(`Your function failed ${when}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Chapter 05, question 3: `refresh(client, cached)` returns the cached user
 * when the server still has that version (a conditional GET answered 304,
 * no body downloaded) and the new copy when it changed. Judged on a scratch
 * user: once unchanged (a 304 on the wire, the cached copy returned), once
 * after the check changed it (the new copy returned).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 * @see https://www.rfc-editor.org/rfc/rfc7232#section-4.1
 */
export const q3 = defineExercise<unknown>({
  id: "chapter05.q3",
  title: "Download only what changed",
  hints: [
    "A GET with `If-None-Match: <the version you hold>` is answered 304 Not Modified, without a body, when the version is still current (RFC 7232 §3.2, RFC 7644 §3.14).",
    "`client.users.get(id, { ifNoneMatch: cached })` returns a `NotModified` result on a 304 (test it with `isNotModified(result)`), and the user when it changed.",
    "`const result = await client.users.get(cached.id, { ifNoneMatch: cached }); return isNotModified(result) ? cached : result;` inside an async function.",
  ],
  solution:
    "const refresh = async (client: ScimClient, cached: User) => {\n" +
    "  const result = await client.users.get(cached.id, { ifNoneMatch: cached });\n" +
    "  return isNotModified(result) ? cached : result;\n" +
    "};",
  async check(answer, context) {
    if (typeof answer !== "function") {
      throw new IncorrectAnswer(`Expected a function \`async (client, cached) => …\` that returns a user; got ${describe(answer)}.`);
    }
    const client = context.client();
    const seen = await withScratchUser(client, "chapter05-q3", { displayName: "Scratch Stanley", title: "Salesman" }, async (user) => {
      const cached = await client.users.get(user.id as string);
      await requireEtags(client, cached);
      const first = watchClient(client);
      const same = await call(answer as Refresh, first, cached, "on an unchanged user").finally(() => first.stop());
      const wire = first.exchanges();
      await client.users.patch(user.id as string, { Operations: [{ op: "replace", path: "title", value: "Crossword Champion" }] });
      const second = watchClient(client);
      const fresh = await call(answer as Refresh, second, cached, "on a changed user").finally(() => second.stop());
      return { cached, same, wire, fresh };
    });
    const { cached, same, wire, fresh } = seen;
    const notModified = wire.filter((exchange) => exchange.status === 304);
    const downloads = wire.filter((exchange) => exchange.method === "GET" && exchange.status === 200);
    expectThat(wire.length > 0, "Your function sent no request for an unchanged user: how would it know the user had not changed?");
    expectThat(
      notModified.length > 0,
      downloads.length > 0
        ? `For an unchanged user your function downloaded it again (GET answered ${downloads[0]?.status} with the whole user): ` +
            "send the version you hold, and the server can answer 304 without a body."
        : `For an unchanged user no request was answered 304 (statuses: ${wire.map((exchange) => exchange.status).join(", ")}).`,
    );
    expectThat(
      typeof same === "object" && same !== null && (same as { notModified?: unknown }).notModified !== true,
      "For an unchanged user your function returned the `NotModified` marker, not a user: on a 304, return the copy you already hold.",
    );
    expectThat(
      same?.id === cached.id && same?.meta?.version === cached.meta?.version,
      `For an unchanged user your function returned ${describe(same)}, not the cached user.`,
    );
    expectThat(
      typeof fresh === "object" && fresh !== null && (fresh as { notModified?: unknown }).notModified !== true && fresh?.title === "Crossword Champion",
      `After the check changed the user's title, your function returned ${fresh?.title === cached.title ? "the old copy" : describe(fresh)}: ` +
        "when the version changed, the server sends the new user, and that is what to return.",
    );
    return "Right: a 304 without a body while the user was unchanged, the new copy once it had changed.";
  },
});
