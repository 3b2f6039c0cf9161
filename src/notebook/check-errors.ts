/**
 * Thrown by an exercise's check to say the answer is wrong. The message is
 * shown to the learner: say what is wrong and what to try, as learntools'
 * `Incorrect` does.
 */
export class IncorrectAnswer extends Error {
  override readonly name = "IncorrectAnswer";
}

/**
 * Thrown by an exercise's check when there is nothing to check yet (the
 * learner has not run the cell, or the server still shows the starting
 * state). The message says what to do.
 */
export class NotAttempted extends Error {
  override readonly name = "NotAttempted";
}

/**
 * Thrown by an exercise's check when the server cannot evaluate a correct
 * answer: it refused a filter or path that scimlab's own parser accepts on
 * attributes the schema defines (400 or 501), it answered without the
 * `scimType` the answer needs to tell errors apart, or it lacks a feature the
 * answer relies on (`User.groups` not derived). The message quotes what the
 * server did; the outcome counts as neither correct nor incorrect.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export class ServerLimitation extends Error {
  override readonly name = "ServerLimitation";
}

/**
 * Fail the check with `message` unless `condition` holds; a one-line way to
 * write checks: `expectThat(user.active === false, "Michael is still active: …")`.
 */
export function expectThat(condition: unknown, message: string): asserts condition {
  if (!condition) throw new IncorrectAnswer(message);
}
