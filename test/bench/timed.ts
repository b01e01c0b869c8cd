/**
 * Runs one benchmark group and prints how long it took as it ends, so a full
 * `npm run bench` shows where its wall time goes (it should finish within
 * 15 minutes on the project's 2-core machine, quiet).
 */
export async function timed<T>(what: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    console.log(`bench: ${what} took ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
}
