#!/usr/bin/env node
// The scimlab command line: a thin door into the compiled kit (`npm run build` makes dist/).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  console.error("scimlab: the kit is not built yet. Run `npm run build` (or `npm start`) in the project folder first.");
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
