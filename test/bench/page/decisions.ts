import { summarise, type Result } from '../measure';
import type { BenchBrowsers } from './browsers';
import { makeEntries } from './entries';

const TABS = 20;
const PER_TAB = 50;

interface TabRun {
  ids: string[];
  millis: number[];
  logged: number;
}

/**
 * TABS extension pages each send PER_TAB `decision:log` messages at once, all
 * tabs starting on the same wall-clock instant; each round trip (send →
 * background's reply after its IndexedDB write) is timed in the tab. Then
 * every id is looked up in the store.
 */
export async function concurrentDecisions(browsers: BenchBrowsers): Promise<Result[]> {
  const { context, extensionOrigin } = browsers.with;
  const pages = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
  await Promise.all(pages.map((p) => p.goto(`${extensionOrigin}/history.html`, { waitUntil: 'load' })));
  const startAt = Date.now() + 1_000;
  const runs = await Promise.all(
    pages.map((page) =>
      page.evaluate(
        async ({ make, count, startAt }): Promise<TabRun> => {
          const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
          const entries = (new Function(`return ${make}`)() as typeof makeEntries)(count, Date.now());
          await new Promise((r) => setTimeout(r, startAt - Date.now()));
          const timed = await Promise.all(
            entries.map(async (entry) => {
              const start = performance.now();
              const reply = (await runtime.sendMessage({ type: 'decision:log', entry })) as { logged?: boolean };
              return { ms: performance.now() - start, logged: reply.logged === true };
            }),
          );
          return {
            ids: entries.map((e) => (e as { id: string }).id),
            millis: timed.map((t) => t.ms),
            logged: timed.filter((t) => t.logged).length,
          };
        },
        { make: makeEntries.toString(), count: PER_TAB, startAt },
      ),
    ),
  );
  const ids = runs.flatMap((r) => r.ids);
  const stored = await pages[0]!.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('jaga-netral-history');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const req = db.transaction('decisions').objectStore('decisions').getAllKeys();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    const have = new Set(keys);
    return wanted.filter((id) => have.has(id)).length;
  }, ids);
  await Promise.all(pages.map((p) => p.close()));
  const write = summarise(runs.flatMap((r) => r.millis));
  const total = TABS * PER_TAB;
  return [
    {
      what: `${TABS} tabs × ${PER_TAB} decisions at once: stored`,
      measured: `${stored} of ${total} (${runs.reduce((n, r) => n + r.logged, 0)} acknowledged)`,
      target: `all ${total}`,
      ok: stored === total,
    },
    {
      what: `${TABS} tabs × ${PER_TAB} decisions: write round trip (p95)`,
      measured: `${write.p95.toFixed(1)} ms (median ${write.median.toFixed(1)}, max ${write.max.toFixed(1)})`,
      target: '≤ 20 ms',
      ok: write.p95 <= 20,
    },
  ];
}
