import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runServe } from "../../src/cli/serve.js";

describe("scimlab serve arguments", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints its usage with --help and exits 0", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await runServe(["--help"])).toBe(0);
    expect(log.mock.calls[0]?.[0]).toContain("--port");
  });

  it("exits 2 on a bad port or an unknown option", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await runServe(["--port", "eighty"])).toBe(2);
    expect(await runServe(["--port", "70000"])).toBe(2);
    expect(await runServe(["--colour"])).toBe(2);
    expect(error.mock.calls.map((call) => String(call[0])).join("\n")).toMatch(/--port must be/);
  });

  it("exits 1 with a hint when the port is taken", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const port = (blocker.address() as { port: number }).port;
    expect(await runServe(["--port", String(port), "--data", ":memory:", "--token", "t"])).toBe(1);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/--port/);
    blocker.close();
  });
});
