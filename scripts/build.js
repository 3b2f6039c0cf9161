// `npm run build`: compile the kit to dist/, link it as `scimlab` in node_modules and register the project kernel.
import { build, ensureNodeModules, registerKernel } from "./prepare.js";

ensureNodeModules();
build();
registerKernel();
