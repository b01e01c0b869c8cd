/**
 * Runs asynchronous updates one after another, so that a quick succession
 * (ok → fault → ok, a tab's states) ends on the last one asked for. A failed
 * update is logged under `label` and does not stop the ones after it.
 */
export function inOrder(label: string): { run(work: () => Promise<unknown>): void; settled(): Promise<void> } {
  let last = Promise.resolve();
  return {
    run(work) {
      last = last.then(work).then(
        () => undefined,
        (error: unknown) => console.error(`[Jaga Netral] ${label}`, error),
      );
    },
    settled: () => last,
  };
}
