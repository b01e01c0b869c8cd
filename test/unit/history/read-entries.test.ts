import 'fake-indexeddb/auto';
import { IDBCursor, IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE, readEntries, type ReadState } from '../../../src/history/read-entries';
import { openHistoryDb, readPage } from '../../../src/history/store';
import { appendDecision } from './store-access';
import { putRaw } from './raw-record';
import { sampleEntry as entry } from './sample-entry';

/** Every page of `size` from the newest on, each page's record ids newest first. */
async function pagesOf(db: IDBDatabase, size: number): Promise<string[][]> {
  const pages: string[][] = [];
  let page = await readPage(db, null, size);
  for (;;) {
    pages.push(page.records.map((r) => (r as { id: string }).id));
    if (!page.next) return pages;
    page = await readPage(db, page.next, size);
  }
}

async function storeWith(count: number, at?: (n: number) => number): Promise<IDBDatabase> {
  const db = await openHistoryDb(new IDBFactory());
  await Promise.all(Array.from({ length: count }, (_, i) => appendDecision(db, entry(i + 1, at ? { at: at(i + 1) } : {}))));
  return db;
}

describe('reading the history in pages', () => {
  it('hands over every record once, newest first, across page boundaries', async () => {
    const db = await storeWith(25);
    const seen: string[] = [];
    let page = await readPage(db, null, 10);
    for (;;) {
      seen.push(...page.records.map((r) => (r as { id: string }).id));
      if (!page.next) break;
      page = await readPage(db, page.next, 10);
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => entry(25 - i).id));
  });

  it('neither skips nor repeats decisions that share a time across a page boundary', async () => {
    // Seven decisions in the same millisecond, pages of three.
    const db = await storeWith(7, () => 1_700_000_000_000);
    const ids = new Set<string>();
    let total = 0;
    let page = await readPage(db, null, 3);
    for (;;) {
      for (const record of page.records) ids.add((record as { id: string }).id);
      total += page.records.length;
      if (!page.next) break;
      page = await readPage(db, page.next, 3);
    }
    expect(total).toBe(7);
    expect(ids.size).toBe(7);
  });

  it('hands over pages whose first and last records share their times with other pages, in the index order', async () => {
    // 40 decisions over 6 times, so most pages start and end inside a run of ties,
    // and two damaged records whose time is text, which the time index puts after every number.
    const times = Array.from({ length: 40 }, (_, i) => 1_700_000_000_000 + ((i * 7) % 6) * 1000);
    const db = await storeWith(40, (n) => times[n - 1]!);
    await putRaw(db, { ...entry(50), at: 'yesterday' });
    await putRaw(db, { ...entry(51), at: 'yesterday' });
    const stored = [...Array.from({ length: 40 }, (_, i) => ({ id: entry(i + 1).id, at: times[i]! as number | string })), { id: entry(50).id, at: 'yesterday' }, { id: entry(51).id, at: 'yesterday' }];
    const newestFirst = stored.sort((a, b) => indexedDB.cmp([b.at, b.id], [a.at, a.id])).map((r) => r.id);
    for (const size of [1, 2, 3, 5, 7, 40, 42, 50]) {
      const pages = await pagesOf(db, size);
      expect(pages.flat(), `pages of ${size}`).toEqual(newestFirst);
      expect(pages.slice(0, -1).every((page) => page.length === size), `pages of ${size}`).toBe(true);
    }
  });

  it('reads a page in a few requests to the database, not one per record', async () => {
    const db = await storeWith(FIRST_PAGE + 50);
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    try {
      const page = await readPage(db, null, FIRST_PAGE);
      expect(page.records).toHaveLength(FIRST_PAGE);
      const next = await readPage(db, page.next, FIRST_PAGE);
      expect(next.records).toHaveLength(50);
      // Past the one record the second page starts after: it was the first page's last.
      expect(steps.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      steps.mockRestore();
    }
  });

  it('validates each record, skipping and counting the damaged ones', async () => {
    const db = await storeWith(3);
    await putRaw(db, { ...entry(10), decision: 'approved' });
    await putRaw(db, { ...entry(11), origin: 'javascript:alert(1)' });
    await putRaw(db, { id: 'no-time', entryLabel: 'lost' });
    const state = await readEntries(db, () => {});
    expect(state.entries.map((e) => e.id)).toEqual([entry(3).id, entry(2).id, entry(1).id]);
    expect(state.damaged).toBe(3);
    expect(state.done).toBe(true);
  });

  it('reports the newest page first, then counts, then the whole history', async () => {
    const db = await storeWith(FIRST_PAGE + 50);
    const reports: ReadState[] = [];
    const final = await readEntries(db, (state) => reports.push(state));
    expect(reports).toHaveLength(1);
    expect(reports[0]?.entries).toHaveLength(FIRST_PAGE);
    expect(reports[0]?.entries[0]?.id).toBe(entry(FIRST_PAGE + 50).id);
    expect(reports[0]).toMatchObject({ read: FIRST_PAGE, done: false });
    expect(final).toMatchObject({ read: FIRST_PAGE + 50, done: true });
    expect(final.entries).toHaveLength(FIRST_PAGE + 50);
  });

  it('keeps the reason strict mode asked for', async () => {
    const db = await openHistoryDb(new IDBFactory());
    await appendDecision(db, entry(1, { decision: 'proceeded', reason: 'Liputan dinas' }));
    expect((await readEntries(db, () => {})).entries[0]?.reason).toBe('Liputan dinas');
  });
});
