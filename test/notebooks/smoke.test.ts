import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { executeNotebook } from "../../scripts/execute-notebook.js";
import { jupyterPython } from "./jupyter.js";

describe("the tslab kernel", () => {
  it("imports scimlab (and scimlab/server by subpath), builds a filter and a User, and prints them", async () => {
    const run = await executeNotebook(join(import.meta.dirname, "fixtures", "smoke.ipynb"), { python: jupyterPython() });
    expect(run.errors).toEqual([]);
    expect(run.unexecuted).toEqual([]);
    const printed = run.notebook.cells.flatMap((cell: { outputs?: { text?: string | string[] }[] }) =>
      (cell.outputs ?? []).map((output) => [output.text ?? ""].flat().join("")),
    );
    expect(printed).toContain('userName eq "pam.beesly" and emails pr\n');
    expect(printed).toContain("subpath import: function /scim/v2\n");
    const user = JSON.parse(printed.find((text: string) => text.startsWith("{"))!);
    expect(user).toMatchObject({ userName: "pam.beesly", name: { givenName: "Pam", familyName: "Beesly" } });
  }, 120_000);
});
