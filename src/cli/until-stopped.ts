/**
 * A promise that resolves on the first SIGINT or SIGTERM, and then stops listening for them. A command that
 * serves (`scimlab serve`, `scimlab room`) creates it before announcing its URL, since a supervisor may signal as
 * soon as it reads it, then awaits it and closes.
 */
export function untilStopped(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
