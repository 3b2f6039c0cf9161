/**
 * Option `--name` as a whole number ≥ 0: its value, `undefined` when it is
 * absent, or the message that says what is wrong with it.
 */
export function wholeNumber(name: string, text: string | undefined): number | undefined | string {
  if (text === undefined) return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 ? value : `--${name} must be a whole number ≥ 0, got "${text}"`;
}

/** Report a mistake on the command line, followed by the command's usage; returns the exit code, 2. */
export function usageError(command: string, message: string, usage: string): 2 {
  console.error(`scimlab ${command}: ${message}\n\n${usage}`);
  return 2;
}
