import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { disconnect } from "../../../src/notebook/connect.js";
import { testRoom } from "../../room/harness.js";

/** A room for one test file, and a kernel-like sandbox per test: its own folder, environment and console. */
export interface RoomKernel {
  /** The room, started once for the file. */
  readonly room: Awaited<ReturnType<typeof testRoom>>;
  /** Everything the test's code printed with `console.log`. */
  printed(): string;
}

/**
 * Start a room for the test file and give every test what a notebook kernel has: a fresh working folder (so no
 * project server is found), the environment restored afterwards, `console.log` captured, and `disconnect()` after
 * it. `afterEachTest` runs before the clean-up (e.g. forgetting the room a test joined).
 */
export function roomKernel(prefix: string, afterEachTest: () => void = () => undefined): RoomKernel {
  const saved = { ...process.env };
  const cwd = process.cwd();
  const state = {} as { room: RoomKernel["room"]; folder: string; log: ReturnType<typeof vi.spyOn> };
  beforeAll(async () => {
    state.room = await testRoom();
  });
  afterAll(() => state.room.stop());
  beforeEach(() => {
    state.folder = mkdtempSync(join(tmpdir(), prefix));
    process.chdir(state.folder);
    state.log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(async () => {
    afterEachTest();
    process.chdir(cwd);
    process.env = { ...saved };
    state.log.mockRestore();
    await disconnect();
    rmSync(state.folder, { recursive: true, force: true });
  });
  return {
    get room() {
      return state.room;
    },
    printed: () => state.log.mock.calls.map((call) => String(call[0])).join("\n"),
  };
}
