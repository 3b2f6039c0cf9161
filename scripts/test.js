// `npm test`: prepare a fresh checkout (modules, build, Jupyter, kernel), then run the whole suite with vitest,
// including every notebook executed headless through Jupyter against a fresh embedded server.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { jupyterEnv, prepare, root } from "./prepare.js";

const python = prepare();
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const results = join(root, ".scimlab", "test-results.json");
rmSync(results, { force: true });
const result = spawnSync(
  process.execPath,
  [vitest, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: jupyterEnv({ SCIMLAB_PYTHON: python, SCIMLAB_PREPARED: "1" }) },
);
// One plain closing line that any CI log reader understands.
if (existsSync(results)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(results, "utf8"));
  console.log(`tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`);
}
process.exitCode = result.status ?? 1;
