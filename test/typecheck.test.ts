import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../scripts/prepare.js";

// vitest strips types without checking them, and the build compiles `src` only. This runs TypeScript over the
// whole project (tsconfig.json: src, test, bench, scripts, bin), so the type-level expectations of the tests
// (`expectTypeOf`, e.g. test/scim/model-types.test.ts) are checked, not just written.
describe("the project type-checks", () => {
  it("tsc --noEmit over src, test, bench and scripts reports no error", () => {
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json", "--noEmit", "--pretty", "false"], { cwd: root, encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  }, 180_000);
});
