import { browser } from 'wxt/browser';
import { ImportProgressMessageSchema, type ImportProgress } from '../../messaging/import-progress';

/**
 * Follows the background's progress reports while this page's import runs
 * (src/background/import-progress.ts); returns the unfollow. Anything else
 * that arrives is not ours to answer.
 */
export function followImportProgress(onProgress: (progress: ImportProgress) => void): () => void {
  const listener = (message: unknown) => {
    const parsed = ImportProgressMessageSchema.safeParse(message);
    if (parsed.success) onProgress(parsed.data.progress);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
