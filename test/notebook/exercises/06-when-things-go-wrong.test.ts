import { beforeAll, describe, expect, it } from "vitest";
import { RequestValidationError, ScimClient, TimeoutError } from "../../../src/client/index.js";
import { parseRetryAfter } from "../../../src/client/retry-after.js";
import { chapter06 } from "../../../src/notebook/exercises/06-when-things-go-wrong.js";
import { isScimError, PreconditionFailedError, ScimError, UniquenessError } from "../../../src/scim/errors.js";
import { filter } from "../../../src/scim/filter/index.js";
import type { UserInput } from "../../../src/scim/user-input.js";
import { courseSetup } from "../../../src/setup/course-setup.js";
import { verifyCheckpoint } from "../../../src/setup/verify-checkpoint.js";
import { useCourseClient } from "../../../src/notebook/course-client.js";
import { startPeer } from "../../peer/scimmy-peer.js";
import { courseServer } from "./course-server.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();
let client: ScimClient;

beforeAll(async () => {
  // The exercises are checked where the chapter runs them: the story at "paper-company".
  await courseSetup(course.client, { checkpoint: "paper-company" });
  client = course.client;
});

/** What the notebook's earlier cells give a solution. */
const scope = () => ({ client, filter, ScimClient, ScimError, UniquenessError, TimeoutError, RequestValidationError });

/** Each exercise: the right answers pass, the wrong ones fail without giving the solution's key text away, the story stays put. */
function table<T>(
  name: "q1" | "q2" | "q3",
  key: string,
  right: Array<[string, () => T]>,
  wrong: Array<[string, () => T, RegExp?]>,
) {
  const exercise = chapter06[name] as unknown as { evaluate(answer: T): Promise<{ outcome: string; message: string }>; solutionCode: string };
  describe(`chapter06.${name}`, () => {
    it("has a solution that passes", async () => {
      const result = await exercise.evaluate(runSolution(exercise as never, scope()) as T);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(right)("accepts %s", async (_label, answer) => {
      const result = await exercise.evaluate(answer());
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(wrong)("refuses %s", async (_label, answer, message) => {
      const result = await exercise.evaluate(answer());
      expect(result.outcome, result.message).toBe("incorrect");
      if (message) expect(result.message).toMatch(message);
      expect(result.message).not.toContain(key);
    });
    it("leaves the story where the chapter ends", async () => {
      const report = await verifyCheckpoint(client, "paper-company");
      expect(report.facts.filter((fact) => !fact.holds)).toEqual([]);
    });
  });
}

type Classify = (error: unknown) => unknown;
const statusOf = (error: unknown) => (error as { status?: number }).status;

table<Classify>(
  "q1",
  'return "reread"',
  [
    ["verdicts spelled differently (Give up, re-read), async", () => async (error: unknown) => {
      if (error instanceof TimeoutError) return "Retry";
      if (error instanceof RequestValidationError) return "Fix";
      if (!isScimError(error)) return "Give up";
      if (error.status === 412) return "re-read";
      if ([429, 503].includes(error.status)) return "RETRY";
      return error.status < 500 && error.status !== 401 && error.status !== 403 && error.status !== 404 ? "fix" : "give-up";
    }],
    ["by error class and scimType", () => (error: unknown) => {
      if (error instanceof PreconditionFailedError) return "reread";
      if (error instanceof UniquenessError || error instanceof RequestValidationError) return "fix";
      if (isScimError(error) && error.scimType !== undefined) return "fix";
      if (error instanceof TimeoutError) return "retry";
      const status = statusOf(error);
      if (status === 429 || status === 503) return "retry";
      if (status === 413) return "fix";
      return "giveUp";
    }],
    ["one that also retries a 500", () => (error: unknown) => {
      const status = statusOf(error);
      if (error instanceof TimeoutError || status === 429 || status === 503 || status === 500) return "retry";
      if (error instanceof RequestValidationError || status === 400 || status === 409 || status === 413) return "fix";
      return status === 412 ? "reread" : "give up";
    }],
  ],
  [
    ["retry everything", () => () => "retry", /409 uniqueness/],
    ["a 409 read as a version conflict", () => (error: unknown) => {
      const status = statusOf(error);
      if (error instanceof TimeoutError || status === 429 || status === 503) return "retry";
      if (status === 409 || status === 412) return "reread";
      if (error instanceof RequestValidationError || status === 400 || status === 413) return "fix";
      return "give up";
    }, /409 uniqueness/],
    ["errors without a status given up", () => (error: unknown) => {
      const status = statusOf(error);
      if (status === 429 || status === 503) return "retry";
      if (status === 412) return "reread";
      if (status === 400 || status === 409 || status === 413) return "fix";
      return "give up";
    }, /TimeoutError/],
    ["one that throws on errors without a status", () => (error: unknown) => {
      const status = statusOf(error);
      if (status === undefined) throw new Error("no status");
      return status === 412 ? "reread" : status === 429 || status === 503 ? "retry" : status < 500 ? "fix" : "give up";
    }, /threw/],
    ["a status code instead of a verdict", () => (error: unknown) => statusOf(error) ?? 0, /return one of/],
    ["every 4xx fixed, 401 and 404 included", () => (error: unknown) => {
      const status = statusOf(error);
      if (error instanceof TimeoutError || status === 429 || status === 503) return "retry";
      if (status === 412) return "reread";
      if (error instanceof RequestValidationError || (status !== undefined && status < 500)) return "fix";
      return "give up";
    }, /401|404/],
  ],
);

type EnsureUser = (input: UserInput) => Promise<unknown>;
const lookUp = async (userName: string) => (await client.users.list({ filter: filter.eq("userName", userName) })).Resources[0];

table<EnsureUser>(
  "q2",
  "instanceof UniquenessError",
  [
    ["status and scimType, lookup with a text filter", () => async (input: UserInput) => {
      try {
        return await client.users.create(input);
      } catch (error) {
        if (statusOf(error) !== 409 || (error as ScimError).scimType !== "uniqueness") throw error;
        return (await client.users.list({ filter: `userName eq "${input.userName}"` })).Resources[0];
      }
    }],
    ["look first, then create", () => async (input: UserInput) => (await lookUp(input.userName as string)) ?? client.users.create(input)],
    ["lookup by externalId", () => async (input: UserInput) => {
      try {
        return await client.users.create(input);
      } catch (error) {
        if (!(error instanceof UniquenessError)) throw error;
        return (await client.users.list({ filter: filter.eq("externalId", input.externalId as string) })).Resources[0];
      }
    }],
  ],
  [
    ["a plain create", () => async (input: UserInput) => client.users.create(input), /already exists/],
    ["every error turned into a lookup", () => async (input: UserInput) => {
      try {
        return await client.users.create(input);
      } catch {
        return lookUp(input.userName as string);
      }
    }, /400/],
    ["on 409, delete and create again", () => async (input: UserInput) => {
      try {
        return await client.users.create(input);
      } catch (error) {
        if (!(error instanceof UniquenessError)) throw error;
        const found = await lookUp(input.userName as string);
        await client.users.delete(found?.id as string);
        return client.users.create(input);
      }
    }, /new `id`/],
    ["on 409, another userName", () => async (input: UserInput) => {
      try {
        return await client.users.create(input);
      } catch (error) {
        if (!(error instanceof UniquenessError)) throw error;
        return client.users.create({ ...input, userName: `${input.userName}-2` });
      }
    }, /2 users/],
    ["on 409, nothing returned", () => async (input: UserInput) => {
      try {
        return await client.users.create(input);
      } catch (error) {
        if (!(error instanceof UniquenessError)) throw error;
        return undefined;
      }
    }, /returned undefined/],
  ],
);

type WithRetry = (send: () => Promise<unknown>, c: ScimClient) => Promise<unknown>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const retryAfterOf = (c: ScimClient) => parseRetryAfter(c.lastExchange?.responseHeaders["retry-after"]) ?? 1000;

table<WithRetry>(
  "q3",
  "attempt > 3) throw error",
  [
    ["recursive, with parseRetryAfter", () => {
      const again = async (send: () => Promise<unknown>, c: ScimClient, left = 3): Promise<unknown> => {
        try {
          return await send();
        } catch (error) {
          if (left === 0 || !isScimError(error) || ![429, 503].includes(error.status)) throw error;
          await sleep(retryAfterOf(c));
          return again(send, c, left - 1);
        }
      };
      return again;
    }],
    ["a while loop that adds a little jitter", () => async (send: () => Promise<unknown>, c: ScimClient) => {
      let tries = 0;
      while (true) {
        try {
          return await send();
        } catch (error) {
          tries += 1;
          if (tries > 4 || (statusOf(error) !== 429 && statusOf(error) !== 503)) throw error;
          await sleep(retryAfterOf(c) + 150 * Math.random());
        }
      }
    }],
    ["two retries at most, nested", () => async (send: () => Promise<unknown>, c: ScimClient) => {
      const busy = (error: unknown) => statusOf(error) === 429 || statusOf(error) === 503;
      try {
        return await send();
      } catch (error) {
        if (!busy(error)) throw error;
        await sleep(retryAfterOf(c));
        try {
          return await send();
        } catch (again) {
          if (!busy(again)) throw again;
          await sleep(retryAfterOf(c));
          return send();
        }
      }
    }],
  ],
  [
    ["no retry at all", () => async (send: () => Promise<unknown>) => send(), /429/],
    ["an immediate retry", () => async (send: () => Promise<unknown>) => {
      try {
        return await send();
      } catch (error) {
        if (statusOf(error) !== 429) throw error;
        return send();
      }
    }, /asked for 1 s/],
    ["a fixed 200 ms wait", () => async (send: () => Promise<unknown>) => {
      try {
        return await send();
      } catch (error) {
        if (statusOf(error) !== 429 && statusOf(error) !== 503) throw error;
        await sleep(200);
        return send();
      }
    }, /asked for 1 s/],
    ["every error retried once", () => async (send: () => Promise<unknown>, c: ScimClient) => {
      try {
        return await send();
      } catch {
        await sleep(Math.min(retryAfterOf(c), 1000));
        return send();
      }
    }, /404/],
    ["no limit on retries", () => async (send: () => Promise<unknown>, c: ScimClient) => {
      while (true) {
        try {
          return await send();
        } catch (error) {
          if (statusOf(error) !== 429 && statusOf(error) !== 503) throw error;
          await sleep(retryAfterOf(c));
        }
      }
    }, /still retrying/],
    ["the result dropped", () => async (send: () => Promise<unknown>, c: ScimClient) => {
      try {
        await send();
      } catch (error) {
        if (statusOf(error) !== 429) throw error;
        await sleep(retryAfterOf(c));
        await send();
      }
    }, /returned undefined/],
  ],
);

describe("chapter06.q3 on scimmy, which injects no faults: a proxy of the check's own answers the 429s and 503s", () => {
  let peerClient: ScimClient;
  beforeAll(async () => {
    const peer = await startPeer({ token: "peer-token-for-ch06-q3" });
    peerClient = new ScimClient({ baseUrl: peer.url, token: peer.token });
    await courseSetup(peerClient, { checkpoint: "paper-company" });
    useCourseClient(peerClient);
    return async () => {
      useCourseClient(course.client);
      await peerClient.close();
      await peer.close();
    };
  });

  it("passes the solution", async () => {
    const result = await chapter06.q3.evaluate(runSolution(chapter06.q3 as never, { client: peerClient }) as never);
    expect(result, result.message).toMatchObject({ outcome: "correct" });
  });

  it.each([
    ["an immediate retry", async (send: () => Promise<unknown>) => send().catch(() => send()), /asked for 1 s/],
    ["no limit on retries", async (send: () => Promise<unknown>, c: ScimClient) => {
      while (true) {
        try {
          return await send();
        } catch (error) {
          if (statusOf(error) !== 429 && statusOf(error) !== 503) throw error;
          await sleep(retryAfterOf(c));
        }
      }
    }, /still retrying/],
  ] as const)("still fails %s", async (_label, answer, message) => {
    const result = await chapter06.q3.evaluate(answer as never);
    expect(result.outcome, result.message).toBe("incorrect");
    expect(result.message).toMatch(message);
  });
});
