import type { Exercise, ExerciseDefinition } from "./exercise.js";

/** A registered exercise: its definition (with the `solution` code as a string) and its notebook object. */
interface Registered {
  definition: ExerciseDefinition<never>;
  exercise: Exercise<unknown>;
}

const registry = new Map<string, Registered>();

/**
 * Record an exercise under its id; `defineExercise` calls this. Ids are
 * unique: defining the same id twice is a programming error.
 */
export function registerExercise(definition: ExerciseDefinition<never>, exercise: Exercise<unknown>): void {
  if (registry.has(definition.id)) {
    throw new Error(`Exercise "${definition.id}" is defined twice; give each exercise its own id (chapterNN.qN).`);
  }
  registry.set(definition.id, { definition, exercise });
}

/**
 * The definition of the exercise with this id (e.g. `"chapter01.q1"`), if
 * its chapter's module has been loaded. The notebook test runner reads its
 * `solution` code to fill in the answer cell tagged
 * `{"scimlab": {"answer": "chapter01.q1"}}`.
 */
export function findExercise(id: string): ExerciseDefinition<never> | undefined {
  return registry.get(id)?.definition;
}

/**
 * The exercises of one chapter, keyed by question: for `"chapter01"`,
 * `{ q1, q2, … }` from the ids `chapter01.q1`, `chapter01.q2`, ….
 * Throws when the chapter has none, naming the chapters that do.
 */
export function exercisesFor(chapter: string): Record<string, Exercise<unknown>> {
  const prefix = `${chapter}.`;
  const found = [...registry.values()].filter(({ definition }) => definition.id.startsWith(prefix));
  if (found.length === 0) {
    const chapters = [...new Set([...registry.keys()].map((id) => id.split(".")[0]))].join(", ") || "none";
    throw new Error(`No exercises for "${chapter}". Chapters with exercises: ${chapters}.`);
  }
  return Object.fromEntries(found.map(({ exercise }) => [exercise.id.slice(prefix.length), exercise]));
}
