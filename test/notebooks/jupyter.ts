import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/**
 * The Python that runs Jupyter, as found by `npm test` (scripts/prepare.js). Fails loudly rather than skipping:
 * run the suite with `npm test`, which installs Jupyter and registers the kernel first.
 */
export function jupyterPython(): string {
  const recorded = join(root, ".scimlab", "python");
  const python = process.env.SCIMLAB_PYTHON ?? (existsSync(recorded) ? readFileSync(recorded, "utf8").trim() : "");
  if (!python) throw new Error("No Jupyter found for the notebook tests: run them with `npm test`, which installs it.");
  return python;
}

/** Every output of a notebook as one text, to search for what must never appear there (the token). */
export function outputsText(notebook: { cells: { outputs?: unknown[] }[] }): string {
  return notebook.cells.map((cell) => JSON.stringify(cell.outputs ?? [])).join("\n");
}
