import {
  isInvalidResourceError,
  isPaginationError,
  isPartialResourceError,
  isResponseValidationError,
  isUnexpectedResponseError,
  type ScimClient,
} from "../client/index.js";
import { isScimError } from "../scim/errors.js";
import { IncorrectAnswer, NotAttempted, ServerLimitation } from "./check-errors.js";
import { courseClient } from "./course-client.js";
import { displayBundle } from "./kernel-output.js";
import { containsPlaceholder } from "./placeholder.js";
import { checkMarkerType, renderCheckHtml, renderCheckText, renderHint, renderSolution } from "./render-check.js";
import { registerExercise } from "./exercise-registry.js";
import { reportCheck } from "./room-reporter.js";

/**
 * How a check ended. The strings are the ones the notebook test runner reads.
 * `"server-limitation"`: the server refused or could not evaluate the answer
 * although scimlab finds it valid (see `ServerLimitation`), so the check can
 * say neither "correct" nor "incorrect".
 */
export type CheckOutcome = "correct" | "incorrect" | "not-attempted" | "server-limitation";

/** The result of checking one answer. */
export interface CheckResult {
  /** The exercise id, e.g. `"chapter01.q1"`. */
  exercise: string;
  /** Whether the answer was right, wrong, not given yet, or beyond what this server can evaluate. */
  outcome: CheckOutcome;
  /** What the learner reads: why it is wrong and what to try, or a short congratulation. */
  message: string;
}

/** What a check may use besides the answer. */
export interface CheckContext {
  /** The client of the chapter (`connect()`), for checks that look at the server. */
  client(): ScimClient;
}

/**
 * An exercise as a chapter defines it (learntools' `_hints`, `_solution`,
 * `check()`).
 *
 * `check` inspects the answer (and, through `context.client()`, the server)
 * and either returns (correct; an optional string replaces the default
 * congratulation) or throws `IncorrectAnswer` / `NotAttempted` /
 * `ServerLimitation` with a message that says what to do. An error about the
 * server's answer to the check's own requests (a SCIM error, a body the
 * client cannot read) is reported as a server limitation: it says nothing
 * about the answer. Any other exception is caught and reported as
 * incorrect, with its message: a check never breaks the notebook.
 */
export interface ExerciseDefinition<TAnswer = unknown> {
  /** `chapterNN.qN`, unique across the course, e.g. `"chapter01.q1"`. */
  id: string;
  /** A short title shown above outcomes, e.g. `"Create Charles Miner"`. */
  title?: string;
  /** Hints, from gentle to explicit; `hint(n)` shows the n-th. */
  hints: readonly string[];
  /**
   * The code a learner would write in the answer cell, as TypeScript source.
   * `solution()` shows it; the notebook test runner runs it in place of the
   * answer cell tagged `{"scimlab": {"answer": id}}`.
   */
  solution: string;
  /**
   * Whether `check()` takes the learner's answer as its argument. `false`
   * for exercises checked against the server's state only (`check()` with
   * no argument).
   * @default true
   */
  takesAnswer?: boolean;
  /** Decide whether `answer` is right; see the interface's description. */
  check(answer: TAnswer, context: CheckContext): void | string | Promise<void | string>;
}

/** A question of a chapter: `await q1.check(answer)`, `q1.hint()`, `q1.solution()`. */
export interface Exercise<TAnswer = unknown> {
  /** The exercise id (see {@link ExerciseDefinition.id}). */
  readonly id: string;
  /** The short title (see {@link ExerciseDefinition.title}). */
  readonly title: string | undefined;
  /** The solution code (see {@link ExerciseDefinition.solution}). */
  readonly solutionCode: string;
  /** Check `answer` without displaying anything. Never rejects. */
  evaluate(answer?: TAnswer): Promise<CheckResult>;
  /**
   * Check `answer` and display the outcome (and the machine-readable marker
   * `application/vnd.scimlab.check+json`). Never rejects. Resolves to nothing,
   * as learntools' `check()` does, so the cell shows the outcome once; use
   * {@link Exercise.evaluate} to get it as a value. In a workshop room
   * (see `connect()`), also reports the exercise id, outcome, attempts and
   * hints asked to the room, in the background: never the answer.
   */
  check(answer?: TAnswer): Promise<void>;
  /**
   * Display a hint, in tiers as learntools does: without `n`, the next tier
   * (the first on the first call, then more explicit ones, staying on the
   * last); with `n`, tier `n` (1-based). Returns nothing, so a notebook cell
   * shows the hint once.
   */
  hint(n?: number): void;
  /** Display the solution code (also in {@link Exercise.solutionCode}). */
  solution(): void;
}

/**
 * Define (and register, see `findExercise`) an exercise.
 * @example
 * export const q1 = defineExercise<string>({
 *   id: "chapter02.q1",
 *   hints: ["Filters compare an attribute with a value: `attribute op value`."],
 *   solution: 'const answer = \'userName eq "mscott"\';',
 *   check(answer) {
 *     expectThat(answer.trim() === 'userName eq "mscott"', "…");
 *   },
 * });
 */
export function defineExercise<TAnswer = unknown>(definition: ExerciseDefinition<TAnswer>): Exercise<TAnswer> {
  let hintsShown = 0;
  let hintsAsked = 0;
  let attempts = 0;
  const exercise: Exercise<TAnswer> = {
    id: definition.id,
    title: definition.title,
    solutionCode: definition.solution,
    evaluate: (answer?: TAnswer) => evaluate(definition, answer),
    async check(answer?: TAnswer) {
      attempts += 1;
      const result = await evaluate(definition, answer);
      void reportCheck({ exercise: result.exercise, outcome: result.outcome, attempts, hintsAsked });
      displayBundle({
        "text/html": renderCheckHtml(result, definition.title),
        "text/plain": renderCheckText(result),
        [checkMarkerType]: JSON.stringify(result),
      });
    },
    hint(n?: number) {
      hintsAsked += 1;
      const tier = n ?? Math.min(hintsShown + 1, Math.max(definition.hints.length, 1));
      hintsShown = Math.max(hintsShown, tier);
      const { html, text } = renderHint(definition.hints, tier);
      displayBundle({ "text/html": html, "text/plain": text });
    },
    solution() {
      displayBundle({ "text/html": renderSolution(definition.solution), "text/plain": definition.solution });
    },
  };
  registerExercise(definition as ExerciseDefinition<never>, exercise as Exercise<unknown>);
  return exercise;
}

/** Check one answer (see {@link ExerciseDefinition}); never rejects. */
async function evaluate<TAnswer>(definition: ExerciseDefinition<TAnswer>, answer: TAnswer | undefined): Promise<CheckResult> {
  const result = (outcome: CheckOutcome, message: string): CheckResult => ({ exercise: definition.id, outcome, message });
  if (containsPlaceholder(answer)) {
    return result("not-attempted", "Replace the blank `____` with your answer, run the cell, then check again.");
  }
  if (definition.takesAnswer !== false && answer === undefined) {
    return result("not-attempted", "Pass your answer to the check, e.g. `await q1.check(answer)`.");
  }
  try {
    const message = await definition.check(answer as TAnswer, { client: courseClient });
    return result("correct", typeof message === "string" && message !== "" ? message : "Correct!");
  } catch (error) {
    if (error instanceof NotAttempted) return result("not-attempted", error.message);
    if (error instanceof IncorrectAnswer) return result("incorrect", error.message);
    if (error instanceof ServerLimitation) return result("server-limitation", error.message);
    if (isAboutTheServer(error)) {
      return result(
        "server-limitation",
        `The check could not finish, because of how this server answered the check's own request: ${describeError(error)} ` +
          "That says nothing about your answer: it is neither correct nor incorrect here.",
      );
    }
    return result("incorrect", `The check could not finish: ${describeError(error)}`);
  }
}

/** An error the server's answer caused: a SCIM error it sent, or a body the client could not read. */
function isAboutTheServer(error: unknown): boolean {
  if (isScimError(error)) return error.request !== undefined;
  return [isResponseValidationError, isInvalidResourceError, isUnexpectedResponseError, isPaginationError, isPartialResourceError].some(
    (is) => is(error),
  );
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
