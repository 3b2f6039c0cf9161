// `npm test`: prepare a fresh checkout (modules, build, Jupyter, kernel), then run the whole suite with vitest,
// including every notebook executed headless through Jupyter against a fresh embedded server.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { jupyterEnv, prepare, root } from "./prepare.js";

const python = prepare();
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const result = spawnSync(process.execPath, [vitest, "run", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: jupyterEnv({ SCIMLAB_PYTHON: python, SCIMLAB_PREPARED: "1" }),
});
process.exitCode = result.status ?? 1;
