import { describe, expect, it } from "vitest";
import type { Exercise } from "../../../src/notebook/exercise.js";
import { bendNames, type BendName } from "../../support/bends.js";
import { bentServer, evaluateSolution, exercisesOf, solutionScope, storyAt } from "./bent-server.js";

/**
 * Every exercise's solution, checked through each bend of the bending proxy alone and through all of them:
 * "correct", or "server-limitation" when the server cannot do what the answer asks; never "incorrect". On the
 * embedded server itself: "correct".
 */
const configurations: [string, readonly BendName[]][] = [
  ["the embedded server itself", []],
  ...bendNames.map((name): [string, BendName[]] => [name, [name]]),
  ["every bend at once", bendNames],
];

const chapters = ["chapter00", "chapter01", "chapter02", "chapter03"] as const;

describe.each(configurations)("the solutions on %s", (label, names) => {
  const bent = bentServer(names);
  const allowed = names.length === 0 ? ["correct"] : ["correct", "server-limitation"];

  it.each(chapters)(`%s: every solution is ${allowed.join(" or ")}`, async (chapter) => {
    const story = await storyAt(bent, chapter);
    const scope = await solutionScope(chapter, bent, story);
    const outcomes: Record<string, string> = {};
    const messages: string[] = [];
    for (const [name, exercise] of Object.entries(exercisesOf[chapter])) {
      const result = await evaluateSolution(exercise as Exercise<never>, scope);
      outcomes[name] = result.outcome;
      messages.push(`${result.exercise} (${label}): ${result.outcome}: ${result.message}`);
      if (process.env.SHOW_MESSAGES) console.log(messages.at(-1));
    }
    for (const outcome of Object.values(outcomes)) expect(allowed, messages.join("\n")).toContain(outcome);
  });
});
