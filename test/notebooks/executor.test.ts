import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { executeNotebook } from "../../scripts/execute-notebook.js";
import { jupyterPython } from "./jupyter.js";

const fixture = (name: string) => join(import.meta.dirname, "fixtures", name);

// The notebook tests are only as honest as the executor: prove that it sees each way a tslab cell fails.
describe("executeNotebook", () => {
  it("reports a cell that throws, and the cells tslab aborted behind it", async () => {
    const run = await executeNotebook(fixture("throws.ipynb"), { python: jupyterPython() });
    expect(run.errors.map((e) => e.cell)).toEqual([1]);
    expect(run.errors[0]!.evalue).toContain("boom");
    expect(run.unexecuted).toEqual([2]);
  }, 120_000);

  it("reports a cell with a type error, which tslab never runs", async () => {
    const run = await executeNotebook(fixture("type-error.ipynb"), { python: jupyterPython() });
    expect(run.errors.map((e) => e.cell)).toEqual([1]);
    expect(run.errors[0]!.evalue).toMatch(/not assignable to type 'number'/);
    expect(run.unexecuted).toEqual([2]);
  }, 120_000);
});
