import { afterAll, beforeAll } from "vitest";
import { ScimClient } from "../../../src/client/index.js";
import { startServer, type RunningServer } from "../../../src/server/start-server.js";
import { courseSetup, type CourseSetupResult } from "../../../src/setup/course-setup.js";
import { useCourseClient } from "../../../src/notebook/course-client.js";

/** The embedded server, a client that exercise checks use, and the course's starting point. */
export interface CourseServer {
  client: ScimClient;
  setup: CourseSetupResult;
}

/**
 * Start a fresh in-memory embedded server for one test file, make its client the one exercise checks
 * use, and run the course setup on it; stopped after the file's tests.
 */
export function courseServer(): CourseServer {
  const course = {} as CourseServer;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer({ port: 0, data: ":memory:", token: "exercise-tests", quiet: true });
    course.client = new ScimClient({ baseUrl: server.url, token: server.token });
    useCourseClient(course.client);
    course.setup = await courseSetup(course.client);
  });
  afterAll(async () => {
    await server?.close();
  });
  return course;
}
