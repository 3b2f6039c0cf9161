import { beforeAll, describe, expect, it } from "vitest";
import { ScimClient } from "../../../src/client/index.js";
import { isNotModified } from "../../../src/client/etag.js";
import { useCourseClient } from "../../../src/notebook/course-client.js";
import { chapter05 } from "../../../src/notebook/exercises/05-safe-writes.js";
import { isScimError, PreconditionFailedError } from "../../../src/scim/errors.js";
import { patch } from "../../../src/scim/patch.js";
import type { User } from "../../../src/scim/user.js";
import { courseSetup } from "../../../src/setup/course-setup.js";
import { startPeer } from "../../peer/scimmy-peer.js";
import { courseServer } from "./course-server.js";
import { answerTable } from "./answer-table.js";
import { runSolution } from "./run-solution.js";

const course = courseServer();
const title = "Assistant Regional Manager";
const scope = { patch, PreconditionFailedError, isNotModified };

beforeAll(async () => {
  // The exercises are checked after the chapter's cells have run: the story at "paper-company".
  await courseSetup(course.client, { checkpoint: "paper-company" });
});

/** Each exercise: the solution and other right answers pass; each wrong answer fails without giving the solution away. */
function table(name: "q1" | "q2" | "q3", key: string, right: () => [string, unknown][], wrong: () => [string, unknown, RegExp?][]) {
  answerTable({ name: `chapter 05 ${name}`, exercise: chapter05[name] as never, key, right, wrong, scope: () => scope, course, checkpoint: "paper-company" });
}

table(
  "q1",
  'patch().replace("title"',
  () => [
    ["a PatchOp object", async (client: ScimClient, id: string) =>
      client.users.patch(id, { Operations: [{ op: "replace", path: "title", value: title }] })],
    ["a PATCH without a path", async (client: ScimClient, id: string) => client.users.patch(id, patch().replace({ title }))],
    ["add on a single-valued attribute replaces it", async (client: ScimClient, id: string) => client.users.patch(id, patch().add("title", title))],
    ["GET, then PUT the whole user back", async (client: ScimClient, id: string) => {
      const user = await client.users.get(id);
      await client.users.replace(id, { ...user, title });
    }],
  ],
  () => [
    ["PUT with only userName and title", async (client: ScimClient, id: string) => {
      const user = await client.users.get(id);
      await client.users.replace(id, { userName: user.userName as string, title });
    }, /cleared/],
    ["PUT without the Enterprise data", async (client: ScimClient, id: string) => {
      const { ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]: _enterprise, ...user } = (await client.users.get(id)) as Record<string, unknown>;
      await client.users.replace(id, { ...(user as User), title, schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"] });
    }, /enterprise/],
    ["the wrong title", async (client: ScimClient, id: string) => client.users.patch(id, patch().replace("title", "Regional Manager")), /should be/],
    ["replaces the name too", async (client: ScimClient, id: string) =>
      client.users.patch(id, patch().replace("title", title).replace("name", { formatted: "Dwight K. Schrute" })), /name/],
    ["not a function", { title }, /Expected a function/],
  ],
);

const loopWithStatus = async (client: ScimClient, id: string, edit: (user: User) => User) => {
  for (;;) {
    const user = await client.users.get(id);
    try {
      return await client.users.replace(id, edit(user), { ifMatch: user.meta?.version as string });
    } catch (error) {
      if (!(isScimError(error) && error.status === 412)) throw error;
    }
  }
};

table(
  "q2",
  "{ ifMatch: user }",
  () => [
    ["a loop on the status, the version as a string", loopWithStatus],
    ["recursion", async function save(client: ScimClient, id: string, edit: (user: User) => Promise<User>): Promise<User> {
      const user = await client.users.get(id);
      try {
        return await client.users.replace(id, await edit(user), { ifMatch: user });
      } catch (error) {
        if (error instanceof PreconditionFailedError) return save(client, id, edit);
        throw error;
      }
    }],
    ["PATCH the edited attribute with If-Match", async (client: ScimClient, id: string, edit: (user: User) => Promise<User>) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const user = await client.users.get(id);
        const edited = await edit(user);
        try {
          return await client.users.patch(id, patch().replace("nickName", edited.nickName as string), { ifMatch: user });
        } catch (error) {
          if (!(error instanceof PreconditionFailedError)) throw error;
        }
      }
      throw new Error("gave up");
    }],
  ],
  () => [
    ["no If-Match: a lost update", async (client: ScimClient, id: string, edit: (user: User) => Promise<User>) =>
      client.users.replace(id, await edit(await client.users.get(id))), /lost update/],
    ["If-Match, no retry", async (client: ScimClient, id: string, edit: (user: User) => Promise<User>) => {
      const user = await client.users.get(id);
      return client.users.replace(id, await edit(user), { ifMatch: user });
    }, /412/],
    ["retries with the stale copy", async (client: ScimClient, id: string, edit: (user: User) => Promise<User>) => {
      const user = await client.users.get(id);
      const edited = await edit(user);
      for (;;) {
        try {
          return await client.users.replace(id, edited, { ifMatch: user });
        } catch (error) {
          if (!(error instanceof PreconditionFailedError)) throw error;
        }
      }
    }, /stopped your function/],
    ["re-reads the version but writes the old copy", async (client: ScimClient, id: string, edit: (user: User) => Promise<User>) => {
      const edited = await edit(await client.users.get(id));
      for (;;) {
        const fresh = await client.users.get(id);
        try {
          return await client.users.replace(id, edited, { ifMatch: fresh });
        } catch (error) {
          if (!(error instanceof PreconditionFailedError)) throw error;
        }
      }
    }, /Dwight's new title is gone/],
    ["not a function", "retry", /Expected a function/],
  ],
);

table(
  "q3",
  "isNotModified(result) ? cached : result",
  () => [
    ["instanceof-free: the notModified flag", async (client: ScimClient, cached: User) => {
      const result = await client.users.get(cached.id as string, { ifNoneMatch: cached.meta?.version as string });
      return "notModified" in result ? cached : result;
    }],
    ["a version string, and a new object", async (client: ScimClient, cached: User) => {
      const result = await client.users.get(cached.id as string, { ifNoneMatch: cached });
      return isNotModified(result) ? { ...cached } : result;
    }],
    ["a wildcard-free raw fetch through the client's get, then", async (client: ScimClient, cached: User) => {
      const result = await client.users.get(cached.id as string, { ifNoneMatch: cached });
      if (isNotModified(result)) return cached;
      return client.users.get(cached.id as string);
    }],
  ],
  () => [
    ["always downloads", async (client: ScimClient, cached: User) => client.users.get(cached.id as string), /downloaded it again/],
    ["returns what get returns", async (client: ScimClient, cached: User) => client.users.get(cached.id as string, { ifNoneMatch: cached }), /NotModified/],
    ["never asks", async (_client: ScimClient, cached: User) => cached, /no request/],
    ["asks, but returns the cached copy always", async (client: ScimClient, cached: User) => {
      await client.users.get(cached.id as string, { ifNoneMatch: cached });
      return cached;
    }, /old copy/],
    ["not a function", "If-None-Match", /Expected a function/],
  ],
);

describe("chapter 05 on scimmy, which has no ETags", () => {
  let peer: { url: string; token: string; close(): Promise<void> };
  beforeAll(async () => {
    peer = await startPeer({ token: "peer-token-for-ch05" });
    const client = new ScimClient({ baseUrl: peer.url, token: peer.token });
    await courseSetup(client, { checkpoint: "paper-company" });
    useCourseClient(client);
    return async () => {
      useCourseClient(course.client);
      await client.close();
      await peer.close();
    };
  });

  it("passes the solution of q1", async () => {
    const result = await chapter05.q1.evaluate(runSolution(chapter05.q1 as never, scope) as never);
    expect(result, result.message).toMatchObject({ outcome: "correct" });
  });

  it.each(["q2", "q3"] as const)("calls the solution of %s a server limitation: no ETags to judge", async (name) => {
    const result = await chapter05[name].evaluate(runSolution(chapter05[name] as never, scope) as never);
    expect(result).toMatchObject({ outcome: "server-limitation", message: expect.stringMatching(/etag\.supported/) });
  });
});
