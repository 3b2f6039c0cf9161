import { describe, expect, it, vi } from "vitest";
import { IncorrectAnswer, NotAttempted, expectThat } from "../../src/notebook/check-errors.js";
import { defineExercise } from "../../src/notebook/exercise.js";
import { exercisesFor, findExercise } from "../../src/notebook/exercise-registry.js";
import { ____ } from "../../src/notebook/placeholder.js";

let counter = 0;
/** A fresh exercise id per test: ids are unique in the registry. */
const nextId = () => `testchapter${String(++counter).padStart(2, "0")}.q1`;

function filterExercise(id = nextId()) {
  return defineExercise<string>({
    id,
    title: "Find Michael",
    hints: ["Compare `userName` with `eq`.", "`userName eq \"mscott\"`"],
    solution: 'const answer = \'userName eq "mscott"\';',
    check(answer) {
      expectThat(typeof answer === "string", "Your answer should be a string, the filter's text.");
      expectThat(/^userName eq "mscott"$/i.test(answer.trim()), `\`${answer}\` does not find Michael: compare userName with "mscott".`);
    },
  });
}

describe("an exercise's check", () => {
  it("says not attempted while the answer is the placeholder, or contains it", async () => {
    const q1 = filterExercise();
    expect((await q1.evaluate(____)).outcome).toBe("not-attempted");
    expect((await q1.evaluate(`userName eq ${____}`)).outcome).toBe("not-attempted");
    expect((await q1.evaluate({ filter: [____] } as never)).outcome).toBe("not-attempted");
    expect((await q1.evaluate()).outcome).toBe("not-attempted");
  });

  it("says incorrect with the check's message for a wrong answer", async () => {
    const q1 = filterExercise();
    const result = await q1.evaluate('userName eq "dschrute"');
    expect(result).toEqual({
      exercise: q1.id,
      outcome: "incorrect",
      message: '`userName eq "dschrute"` does not find Michael: compare userName with "mscott".',
    });
  });

  it("says correct for the right answer", async () => {
    const q1 = filterExercise();
    expect(await q1.evaluate('userName eq "mscott"')).toMatchObject({ outcome: "correct", message: "Correct!" });
  });

  it("never throws: an exception inside the check becomes an incorrect outcome naming the error", async () => {
    const q = defineExercise<number>({
      id: nextId(),
      hints: [],
      solution: "const answer = 1;",
      check() {
        throw new TypeError("Cannot read properties of undefined (reading 'id')");
      },
    });
    const result = await q.evaluate(1);
    expect(result.outcome).toBe("incorrect");
    expect(result.message).toContain("TypeError: Cannot read properties of undefined");
    const rejecting = defineExercise({
      id: nextId(),
      hints: [],
      solution: "",
      takesAnswer: false,
      check: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:8880")),
    });
    await expect(rejecting.check()).resolves.toBeUndefined();
    expect(await rejecting.evaluate()).toMatchObject({ outcome: "incorrect" });
  });

  it("lets a check report not attempted itself, for exercises checked on the server", async () => {
    const q = defineExercise({
      id: nextId(),
      hints: [],
      solution: "",
      takesAnswer: false,
      check() {
        throw new NotAttempted("Charles Miner is not on the server yet: run your answer cell first.");
      },
    });
    expect(await q.evaluate()).toMatchObject({ outcome: "not-attempted" });
  });

  it("displays the outcome as text outside a kernel, and returns nothing for the cell to print again", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const q1 = filterExercise();
    await expect(q1.check('userName eq "mscott"')).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(`Correct (${q1.id}): Correct!`);
    log.mockRestore();
  });

  it("uses a returned string as the success message, and IncorrectAnswer as the failure message", async () => {
    const q = defineExercise<boolean>({
      id: nextId(),
      hints: [],
      solution: "const answer = true;",
      check(answer) {
        if (!answer) throw new IncorrectAnswer("Not quite.");
        return "Right: PUT replaces the whole resource.";
      },
    });
    expect((await q.evaluate(true)).message).toBe("Right: PUT replaces the whole resource.");
    expect((await q.evaluate(false)).message).toBe("Not quite.");
  });
});

describe("hints and solutions", () => {
  it("shows hints in tiers: each hint() the next one, staying on the last; hint(n) a given one; and the solution code", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const q1 = filterExercise();
    q1.hint();
    q1.hint();
    q1.hint();
    q1.hint(1);
    q1.hint(5);
    q1.solution();
    const first = "Hint 1/2 (run hint() again for a more explicit one): Compare `userName` with `eq`.";
    const last = 'Hint 2/2: `userName eq "mscott"`';
    expect(log.mock.calls.map((call) => call[0])).toEqual([
      first,
      last,
      last,
      first,
      last,
      'const answer = \'userName eq "mscott"\';',
    ]);
    log.mockRestore();
  });
});

describe("the registry", () => {
  it("finds a definition (with its solution code) by id, and a chapter's exercises by question", () => {
    const q1 = filterExercise("registrychapter.q1");
    expect(findExercise("registrychapter.q1")?.solution).toBe(q1.solutionCode);
    expect(exercisesFor("registrychapter")).toEqual({ q1 });
    expect(() => exercisesFor("nochapter")).toThrow(/No exercises for "nochapter"/);
  });

  it("refuses two exercises with the same id", () => {
    filterExercise("dupchapter.q1");
    expect(() => filterExercise("dupchapter.q1")).toThrow(/defined twice/);
  });
});
