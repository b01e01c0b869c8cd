import { browser } from 'wxt/browser';
import type { ImportProgress } from '../messaging/import-progress';

/** A tenth of a second between reports: smooth enough for a bar, and a message per step would be thousands. */
const EVERY_MS = 100;

/**
 * Tells the extension pages how far an import has got, at most every
 * EVERY_MS; a stage change is always told. Nobody listening is not a fault.
 */
export function importProgressReporter(): (progress: ImportProgress) => void {
  let last = 0;
  let lastStage = '';
  return (progress) => {
    const now = Date.now();
    if (progress.stage === lastStage && now - last < EVERY_MS) return;
    last = now;
    lastStage = progress.stage;
    browser.runtime.sendMessage({ type: 'lists:import-progress', progress }).catch(() => undefined);
  };
}
