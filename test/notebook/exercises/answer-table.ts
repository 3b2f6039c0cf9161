import { describe, expect, it } from "vitest";
import type { ScimClient } from "../../../src/client/index.js";
import type { Exercise } from "../../../src/notebook/index.js";
import type { CheckpointId } from "../../../src/setup/index.js";
import { verifyCheckpoint } from "../../../src/setup/verify-checkpoint.js";
import { runSolution } from "./run-solution.js";

/** One exercise's table of answers: right ones (label, answer) and wrong ones (label, answer, what the message says). */
export interface AnswerTable {
  /** e.g. "chapter 04 q1". */
  readonly name: string;
  readonly exercise: Exercise<never>;
  /** A piece of the solution code that no message may contain (it would give the answer away). */
  readonly key: string;
  readonly right: () => [string, unknown][];
  readonly wrong: () => [string, unknown, RegExp?][];
  /** Names the solution code uses, as a notebook cell would have them. */
  readonly scope?: () => Record<string, unknown>;
  /** The course server's client, and the checkpoint a check must leave the story at. */
  readonly course: { readonly client: ScimClient };
  readonly checkpoint: CheckpointId;
}

/**
 * The tests of one exercise's answer table, both ways: the solution and every
 * right answer pass; every wrong one fails, with a message that never holds
 * the solution's key text; and the check leaves the story where it found it.
 */
export function answerTable(table: AnswerTable): void {
  const { exercise, key } = table;
  describe(`${table.name}: ${exercise.title}`, () => {
    it("the solution passes, and the solution code holds the key text the messages must not give away", async () => {
      expect(exercise.solutionCode).toContain(key);
      const result = await exercise.evaluate(runSolution(exercise, table.scope?.() ?? {}) as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(table.right().map(([label, answer]) => [label, answer] as const))("right: %s", async (_label, answer) => {
      const result = await exercise.evaluate(answer as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(table.wrong().map(([label, answer, says]) => [label, answer, says] as const))("wrong: %s", async (_label, answer, says) => {
      const result = await exercise.evaluate(answer as never);
      expect(result, result.message).toMatchObject({ outcome: "incorrect" });
      expect(result.message).not.toContain(key);
      if (says) expect(result.message).toMatch(says);
    });
    it("leaves the story where it found it", async () => {
      const report = await verifyCheckpoint(table.course.client, table.checkpoint);
      expect(report.facts.filter((fact) => !fact.holds)).toEqual([]);
    });
  });
}
