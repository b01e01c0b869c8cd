/**
 * Runs `task`, retrying after each delay in turn. A background service worker
 * that is starting or restarting drops messages for a moment; a few retries
 * ride that out.
 */
export async function retry<T>(task: () => Promise<T>, delaysMs: readonly number[]): Promise<T> {
  for (const delay of delaysMs) {
    try {
      return await task();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return task();
}
