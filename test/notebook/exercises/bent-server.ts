import { afterAll, beforeAll } from "vitest";
import { ScimClient } from "../../../src/client/index.js";
import { useCourseClient } from "../../../src/notebook/course-client.js";
import type { CheckResult, Exercise } from "../../../src/notebook/exercise.js";
import { chapter00, chapter01, chapter02, chapter03 } from "../../../src/notebook/exercises/index.js";
import { NoTargetError } from "../../../src/scim/errors.js";
import { filter } from "../../../src/scim/filter/index.js";
import { patch } from "../../../src/scim/patch.js";
import { SchemaUrn } from "../../../src/scim/urns.js";
import { startServer, type RunningServer } from "../../../src/server/start-server.js";
import { directoryEntry } from "../../../src/setup/cast.js";
import { courseSetup, type CourseSetupResult } from "../../../src/setup/course-setup.js";
import type { CheckpointId } from "../../../src/setup/storyline.js";
import { startBendingProxy, type BendingProxy } from "../../support/bending-proxy.js";
import type { BendName } from "../../support/bends.js";
import { runSolution } from "./run-solution.js";

/** One embedded server and, optionally, a bending proxy in front of it, whose client the checks use. */
export interface BentServer {
  /** The client of the embedded server itself, for setting the story up. */
  direct: ScimClient;
  /** The client the checks use: through the proxy, or the direct one without bends. */
  checked: ScimClient;
}

/**
 * Start an in-memory embedded server for one test file and, when `names` is not empty, a bending proxy in front
 * of it; the checks' client (useCourseClient) is the proxy's. Stopped after the file's tests.
 */
export function bentServer(names: readonly BendName[]): BentServer {
  const bent = {} as BentServer;
  let server: RunningServer | undefined;
  let proxy: BendingProxy | undefined;
  beforeAll(async () => {
    server = await startServer({ port: 0, data: ":memory:", token: "bent-server-tests", quiet: true });
    bent.direct = new ScimClient({ baseUrl: server.url, token: server.token });
    proxy = names.length === 0 ? undefined : await startBendingProxy(server.url, names);
    bent.checked = proxy === undefined ? bent.direct : new ScimClient({ baseUrl: proxy.url, token: server.token });
    useCourseClient(bent.checked);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });
  return bent;
}

/** Where the story stands when a chapter's exercises are checked (after the cells before them ran). */
export const exerciseCheckpoint: Record<"chapter00" | "chapter01" | "chapter02" | "chapter03", CheckpointId> = {
  chapter00: "branch",
  chapter01: "charles-joined",
  chapter02: "charles-joined",
  chapter03: "paper-company",
};

/**
 * What a chapter's cells define before its exercises, as the solutions use it; `client` is the checks' client.
 * Chapter 00's discovery documents are read from the server itself: reading them through a bend is the client's
 * business (test/client), and their content is the same but for the bent parts no solution reads.
 */
export async function solutionScope(chapter: keyof typeof exerciseCheckpoint, bent: BentServer, story: CourseSetupResult) {
  const common = { client: bent.checked, patch, filter, NoTargetError };
  switch (chapter) {
    case "chapter00": {
      const schemas = await bent.direct.schemas();
      return {
        ...common,
        config: await bent.direct.serviceProviderConfig(),
        resourceTypes: await bent.direct.resourceTypes(),
        userSchema: schemas.find((schema) => schema.id === SchemaUrn.User),
        baseUrl: bent.checked.baseUrl,
      };
    }
    case "chapter01":
      return { ...common, directoryEntry, charlesEntry: directoryEntry("cminer"), charlesId: story.users["cminer"] };
    case "chapter02":
      return { ...common, michaelId: story.users["mscott"] };
    case "chapter03":
      return { ...common, mspc: { id: story.groups["Michael Scott Paper Company"] } };
  }
}

export const exercisesOf = { chapter00, chapter01, chapter02, chapter03 } as const;

/** Bring the story (on the server itself) to where `chapter`'s exercises are checked. */
export function storyAt(bent: BentServer, chapter: keyof typeof exerciseCheckpoint): Promise<CourseSetupResult> {
  return courseSetup(bent.direct, { checkpoint: exerciseCheckpoint[chapter] });
}

/** Evaluate an exercise's solution, as the notebook runner puts it in the answer cell. */
export function evaluateSolution(exercise: Exercise<never>, scope: Record<string, unknown>): Promise<CheckResult> {
  return exercise.evaluate(runSolution(exercise, scope) as never);
}
