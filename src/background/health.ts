import type { HealthReport, HistoryHealth, ListsHealth } from '../messaging/health';

const HEALTHY: HealthReport = { history: { state: 'ok' }, lists: { state: 'ok' } };

/** Error text short enough for a popup line; the full error goes to the console. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 500);
}

/** True for the browser's "no space left for this origin" refusal, whichever layer raised it. */
export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

/**
 * What is wrong with the background's storage right now, so the popup, the
 * history page and the toolbar badge can say so instead of failing silently.
 * Kept in memory: each fault is seen again on the first write or list load
 * after a restart.
 */
export class Health {
  #report: HealthReport = HEALTHY;

  constructor(private readonly onChange: (report: HealthReport) => void = () => {}) {}

  get report(): HealthReport {
    return this.#report;
  }

  historyOpened(): void {
    // Opening says nothing about space: a full store opens fine.
    if (this.#report.history.state === 'unavailable') this.#history({ state: 'ok' });
  }

  historyUnavailable(error: unknown): void {
    this.#history({ state: 'unavailable', reason: reasonOf(error) });
  }

  historyWritten(): void {
    // Called for every decision: the usual case must not build and compare a report.
    if (this.#report.history.state !== 'ok') this.#history({ state: 'ok' });
  }

  historyWriteFailed(error: unknown): void {
    this.#history(isQuotaError(error) ? { state: 'full', reason: reasonOf(error) } : { state: 'failing', reason: reasonOf(error) });
  }

  listsLoaded(): void {
    this.#lists({ state: 'ok' });
  }

  listsDegraded(error: unknown): void {
    this.#lists({ state: 'degraded', reason: reasonOf(error) });
  }

  #history(history: HistoryHealth): void {
    this.#set({ ...this.#report, history });
  }

  #lists(lists: ListsHealth): void {
    this.#set({ ...this.#report, lists });
  }

  #set(next: HealthReport): void {
    if (JSON.stringify(next) === JSON.stringify(this.#report)) return;
    this.#report = next;
    this.onChange(next);
  }
}
