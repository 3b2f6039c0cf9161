// `npm run bench`: prepare the checkout like `npm start` and `npm test`, then run bench/index.ts.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { jupyterEnv, prepare, root } from "./prepare.js";

const python = prepare();
const result = spawnSync(process.execPath, ["--import", "tsx", join(root, "bench", "index.ts"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: jupyterEnv({ SCIMLAB_PYTHON: python }),
});
process.exitCode = result.status ?? 1;
