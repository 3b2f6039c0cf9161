import ts from "typescript";
import type { Exercise } from "../../../src/notebook/exercise.js";

/**
 * Run an exercise's solution code, exactly as the notebook test runner puts it in the answer cell, with
 * `scope` standing in for the notebook's earlier cells; return the value of the variable it declares.
 */
export function runSolution(exercise: Exercise<never>, scope: Record<string, unknown>): unknown {
  const declared = /^const (\w+)/.exec(exercise.solutionCode)?.[1];
  if (!declared) throw new Error(`The solution of ${exercise.id} does not start with "const name": ${exercise.solutionCode}`);
  const { outputText } = ts.transpileModule(exercise.solutionCode, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  });
  const names = Object.keys(scope);
  return new Function(...names, `${outputText}\nreturn ${declared};`)(...names.map((name) => scope[name]));
}
