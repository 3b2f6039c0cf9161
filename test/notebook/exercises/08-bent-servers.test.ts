import { describe, expect, it } from "vitest";
import type { Exercise } from "../../../src/notebook/exercise.js";
import { chapter08 } from "../../../src/notebook/exercises/08-real-providers-and-their-dialects.js";
import { patch } from "../../../src/scim/patch.js";
import { courseSetup } from "../../../src/setup/course-setup.js";
import { chapterCheckpoints } from "../../../src/setup/storyline.js";
import { bendNames, type BendName } from "../../support/bends.js";
import { bentServer, evaluateSolution } from "./bent-server.js";

/**
 * Chapter 08's solutions through each bend of the bending proxy alone and through all of them: "correct", or
 * "server-limitation" when the server cannot do what the answer asks; never "incorrect". (The same rule as
 * bent-servers.test.ts for chapters 00–03.)
 */
const configurations: [string, readonly BendName[]][] = [
  ["the embedded server itself", []],
  ...bendNames.map((name): [string, BendName[]] => [name, [name]]),
  ["every bend at once", bendNames],
];

describe.each(configurations)("chapter 08's solutions on %s", (label, names) => {
  const bent = bentServer(names);
  const allowed = names.length === 0 ? ["correct"] : ["correct", "server-limitation"];

  it(`every solution is ${allowed.join(" or ")}`, async () => {
    await courseSetup(bent.direct, { checkpoint: chapterCheckpoints.chapter08.start });
    const messages: string[] = [];
    for (const exercise of Object.values(chapter08)) {
      const result = await evaluateSolution(exercise as Exercise<never>, { patch });
      messages.push(`${result.exercise} (${label}): ${result.outcome}: ${result.message}`);
      if (process.env.SHOW_MESSAGES) console.log(messages.at(-1));
      expect(allowed, messages.join("\n")).toContain(result.outcome);
    }
  });
});
