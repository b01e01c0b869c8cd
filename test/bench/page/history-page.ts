import type { Page } from 'playwright-core';
import { summarise, type Result } from '../measure';
import type { BenchBrowsers } from './browsers';
import { makeEntries } from './entries';

const ENTRIES = 100_000;
const LOADS = 3;
/** Filter changes timed, alternating between the two decisions. */
const FILTER_CHANGES = 6;
const ROW = '[data-history-entry]';

/**
 * From document start: when the first row is in the DOM, and the task after
 * the next frame as "painted". performance.now() counts from navigation start.
 */
const FIRST_ROW_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('${ROW}')) return;
    observer.disconnect();
    const inserted = performance.now();
    requestAnimationFrame(() => {
      const tick = new MessageChannel();
      tick.port1.onmessage = () => (window.__benchFirstRow = { inserted, painted: performance.now() });
      tick.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true });
`;

/** Writes the entries straight into the page's IndexedDB, schema as src/history/store.ts opens it. */
async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ make, count }) => {
      const entries = (new Function(`return ${make}`)() as typeof makeEntries)(count, Date.now());
      const open = indexedDB.open('jaga-netral-history', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('decisions', { keyPath: 'id' }).createIndex('at', 'at');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('decisions', 'readwrite');
      const store = tx.objectStore('decisions');
      for (const entry of entries) store.put(entry);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { make: makeEntries.toString(), count: ENTRIES },
  );
}

/**
 * Picks `decision` in the decision filter from inside the page and times
 * until every row shown is one of that decision, then one more frame.
 */
function timeFilterChange(page: Page, decision: 'proceeded' | 'cancelled'): Promise<number> {
  return page.evaluate(
    ({ row, decision }) =>
      new Promise<number>((resolve) => {
        const select = document.querySelector<HTMLSelectElement>('select[name="decision"]')!;
        const updated = () => {
          const rows = document.querySelectorAll(row);
          return rows.length > 0 && [...rows].every((r) => r.getAttribute('data-decision') === decision);
        };
        const start = performance.now();
        const done = () => requestAnimationFrame(() => {
          const tick = new MessageChannel();
          tick.port1.onmessage = () => resolve(performance.now() - start);
          tick.port2.postMessage(null);
        });
        const observer = new MutationObserver(() => {
          if (!updated()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        select.value = decision;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    { row: ROW, decision },
  );
}

export async function historyPage(browsers: BenchBrowsers): Promise<Result[]> {
  const page = await browsers.with.context.newPage();
  await page.addInitScript(FIRST_ROW_PROBE);
  await page.goto(`${browsers.with.extensionOrigin}/history.html`, { waitUntil: 'load' });
  await seed(page);
  const firstRow: { inserted: number; painted: number }[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.reload({ waitUntil: 'load' });
    const probe = await page.waitForFunction(() => (window as unknown as { __benchFirstRow?: unknown }).__benchFirstRow, undefined, { timeout: 30_000 });
    firstRow.push((await probe.jsonValue()) as { inserted: number; painted: number });
  }
  const painted = summarise(firstRow.map((r) => r.painted));
  const results: Result[] = [
    {
      what: `history page, ${ENTRIES} entries: first row painted (median of ${LOADS})`,
      measured: `${painted.median.toFixed(0)} ms (${painted.min.toFixed(0)}–${painted.max.toFixed(0)})`,
      target: '≤ 300 ms from navigation start',
      ok: painted.median <= 300,
    },
  ];
  const hasFilter = (await page.locator('select[name="decision"]').count()) > 0;
  const changes: number[] = [];
  for (let i = 0; hasFilter && i < FILTER_CHANGES; i++) {
    changes.push(await timeFilterChange(page, i % 2 === 0 ? 'proceeded' : 'cancelled'));
    await page.waitForTimeout(100);
  }
  const filter = changes.length ? summarise(changes) : null;
  results.push({
    what: `history page, ${ENTRIES} entries: filter change (decision, median of ${FILTER_CHANGES})`,
    measured: filter === null ? 'not measured: no filter on the page yet' : `${filter.median.toFixed(0)} ms (${filter.min.toFixed(0)}–${filter.max.toFixed(0)})`,
    target: '≤ 100 ms',
    ok: filter !== null && filter.median <= 100,
  });
  await page.close();
  return results;
}
