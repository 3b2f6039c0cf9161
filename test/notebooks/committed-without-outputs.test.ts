import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { chapterNotebooks } from "../../scripts/execute-notebook.js";

const chapters = chapterNotebooks().map((path) => [basename(path), path]);

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

  it.each(chapters)("%s has no outputs, no execution counts and a stable id on every cell", (_name, path) => {
    const notebook = JSON.parse(readFileSync(path, "utf8")) as { cells: Cell[] };
    for (const cell of notebook.cells) {
      expect(cell.id, "every cell has an id (nbformat 4.5)").toBeTruthy();
      if (cell.cell_type !== "code") continue;
      expect(cell.outputs, `cell ${cell.id} has outputs: clear them before committing`).toEqual([]);
      expect(cell.execution_count ?? null).toBeNull();
    }
  });

  it.each(chapters)("%s runs on the project's tslab kernel", (_name, path) => {
    const notebook = JSON.parse(readFileSync(path, "utf8")) as {
      metadata: { kernelspec?: { name?: string } };
    };
    expect(notebook.metadata.kernelspec?.name).toBe("tslab");
  });
});
