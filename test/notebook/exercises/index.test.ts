import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chapters } from "../../../src/notebook/exercises/index.js";
import { findExercise } from "../../../src/notebook/exercise-registry.js";
import { ____ } from "../../../src/notebook/placeholder.js";

interface Cell {
  cell_type: string;
  source: string[] | string;
  metadata: { scimlab?: { answer?: string } };
}

const root = join(import.meta.dirname, "..", "..", "..");
const declaredName = (code: string) => /^const (\w+)/.exec(code.trim())?.[1];

describe("the chapters registry", () => {
  it("lists the chapters in order and registers every exercise", () => {
    const ids = chapters.map((chapter) => chapter.id);
    expect(ids.slice(0, 4)).toEqual(["chapter00", "chapter01", "chapter02", "chapter03"]);
    expect(ids).toEqual(["chapter00", "chapter01", "chapter02", "chapter03", "chapter04", "chapter05", "chapter06", "chapter07", "chapter08", "chapter09"]);
    expect([...ids].sort()).toEqual(ids);
    for (const chapter of chapters) {
      for (const [question, exercise] of Object.entries(chapter.exercises)) {
        expect(exercise.id).toBe(`${chapter.id}.${question}`);
        expect(findExercise(exercise.id)?.solution).toBe(exercise.solutionCode);
      }
    }
  });

  it("makes the blank ____ a global, so notebooks use it without importing it", () => {
    expect((globalThis as { ____?: unknown }).____).toBe(____);
  });

  it.each(chapters.map((chapter) => [chapter.notebook, chapter] as const))(
    "%s tags one answer cell per exercise, and each solution declares the answer cell's variable",
    (notebook, chapter) => {
      const cells = (JSON.parse(readFileSync(join(root, notebook), "utf8")) as { cells: Cell[] }).cells;
      const answers = cells.filter((cell) => cell.metadata.scimlab?.answer);
      const ids = answers.map((cell) => cell.metadata.scimlab?.answer);
      expect(ids).toEqual(Object.values(chapter.exercises).map((exercise) => exercise.id));
      for (const cell of answers) {
        const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
        const exercise = findExercise(cell.metadata.scimlab?.answer as string)!;
        expect(source).toContain("____");
        expect(declaredName(exercise.solution), exercise.id).toBe(declaredName(source));
      }
    },
  );
});
