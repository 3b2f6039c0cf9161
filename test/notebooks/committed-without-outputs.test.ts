import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const folder = join(import.meta.dirname, "..", "..", "notebooks");
const chapters = readdirSync(folder).filter((name) => /^\d\d-.*\.ipynb$/.test(name));

interface Cell {
  cell_type: string;
  id?: string;
  outputs?: unknown[];
  execution_count?: number | null;
}

describe("committed notebooks", () => {
  it("include the four chapters of the course", () => {
    expect(chapters.length).toBeGreaterThanOrEqual(4);
  });

  it.each(chapters)("%s has no outputs, no execution counts and a stable id on every cell", (name) => {
    const notebook = JSON.parse(readFileSync(join(folder, name), "utf8")) as { cells: Cell[] };
    for (const cell of notebook.cells) {
      expect(cell.id, "every cell has an id (nbformat 4.5)").toBeTruthy();
      if (cell.cell_type !== "code") continue;
      expect(cell.outputs, `cell ${cell.id} has outputs: clear them before committing`).toEqual([]);
      expect(cell.execution_count ?? null).toBeNull();
    }
  });

  it.each(chapters)("%s runs on the project's tslab kernel", (name) => {
    const notebook = JSON.parse(readFileSync(join(folder, name), "utf8")) as {
      metadata: { kernelspec?: { name?: string } };
    };
    expect(notebook.metadata.kernelspec?.name).toBe("tslab");
  });
});
