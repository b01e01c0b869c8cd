import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importListText } from '../../../src/background/import-list';
import { activeLists, storedImportedLists } from '../../../src/background/active-lists';
import { listedIn } from './listed-in';
import { mightContain } from '../../../src/lists/account-filter';
import { AccountTables } from '../../../src/background/account-tables';
import { importedLists, listsRevision } from '../../../src/settings/imported-lists';
import type { CandidateList } from '../../../src/lists/schema';

function listFile(overrides: Record<string, unknown> = {}) {
  return JSON.stringify({
    format: 'jaga-netral/list@1',
    id: 'media-test',
    title: 'Test list',
    updated: '2026-11-01',
    entries: [{ name: 'Kompas', accounts: [{ platform: 'x', id: 'https://x.com/KompasCom' }] }],
    ...overrides,
  });
}

beforeEach(() => fakeBrowser.reset());

describe('importing a list in the background', () => {
  it('stores a valid list normalised, bumps the revision, and makes it active', async () => {
    const reply = await importListText(listFile());
    expect(reply).toEqual({ ok: true, listId: 'media-test', title: 'Test list', accounts: 1 });
    expect((await storedImportedLists())[0]?.entries[0]?.accounts[0]?.id).toBe('kompascom');
    expect(await listsRevision.getValue()).toBe(1);
    const active = await activeLists();
    expect(active.map((a) => [a.list.id, a.origin])).toContainEqual(['media-test', 'imported']);
    expect(active.map((a) => [a.list.id, a.origin])).toContainEqual(['pilpres-2024', 'bundled']);
  });

  it('changes nothing when any part of the file is wrong, and names every problem', async () => {
    await importListText(listFile());
    const before = await importedLists.getValue();
    const reply = await importListText(
      listFile({
        id: 'media-test',
        entries: [
          { name: 'A', accounts: [{ platform: 'x', id: 'https://x.com/home' }] },
          { name: '', accounts: [{ platform: 'myspace', id: 'tom' }] },
          { name: 'B', accounts: [{ platform: 'x', id: 'detikcom' }] },
        ],
      }),
    );
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problems.length).toBeGreaterThanOrEqual(3);
    expect(reply.problems.map((p) => p.entry)).toEqual(expect.arrayContaining([0, 1]));
    expect(await importedLists.getValue()).toEqual(before);
    expect(await listsRevision.getValue()).toBe(1);
  });

  it('answers a file with thousands of problems with the first 300 and a count of the rest by kind', async () => {
    const entries = Array.from({ length: 2000 }, (_, i) => ({
      name: `E${i}`,
      accounts: [
        { platform: 'myspace', id: `tom${i}` },
        { platform: 'x', id: 'https://x.com/home' },
      ],
    }));
    const reply = await importListText(listFile({ entries }));
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problems).toHaveLength(300);
    expect(reply.problems[0]?.entry).toBe(0);
    expect(reply.hidden?.total).toBe(4000 - 300);
    expect(reply.hidden?.byCode.reduce((sum, [, n]) => sum + n, 0)).toBe(3700);
    expect(await importedLists.getValue()).toEqual([]);
  });

  it('replaces an earlier import of the same list instead of adding a second copy', async () => {
    await importListText(listFile());
    await importListText(listFile({ title: 'Test list v2' }));
    const stored = await storedImportedLists();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.title).toBe('Test list v2');
  });

  it('lets an imported copy of a shipped list take its place', async () => {
    await importListText(
      listFile({ id: 'pilpres-2024', title: 'Pilpres (copy)', entries: [{ name: 'Only', accounts: [{ platform: 'x', id: 'only' }] }] }),
    );
    const pilpres = (await activeLists()).filter((a) => a.list.id === 'pilpres-2024');
    expect(pilpres).toEqual([expect.objectContaining({ origin: 'imported' })]);
  });

  it('serves each platform its own accounts, and rebuilds after an import', async () => {
    const tables = new AccountTables();
    expect(await listedIn(tables, 'x:aniesbaswedan')).toBe(true);
    // Each platform's filter holds only that platform's accounts.
    expect(await listedIn(tables, 'instagram:ganjar_pranowo')).toBe(true);
    expect(mightContain(await tables.filterFor('x'), 'instagram:ganjar_pranowo')).toBe(false);
    await importListText(listFile());
    expect(await listedIn(tables, 'x:kompascom')).toBe(false);
    tables.invalidate();
    expect(await listedIn(tables, 'x:kompascom')).toBe(true);
  });

  it('stores the lists packed, a fraction of their JSON, and reads them back as imported', async () => {
    const entries = Array.from({ length: 2000 }, (_, i) => ({ name: `Calon ${i}`, accounts: [{ platform: 'x', id: `calon_${i}` }] }));
    await importListText(listFile({ entries }));
    const stored = await importedLists.getValue();
    if (typeof stored !== 'string') throw new Error('expected the packed text');
    expect(stored.length).toBeLessThan(JSON.stringify(entries).length / 4);
    const [list] = await storedImportedLists();
    expect(list?.entries).toEqual(entries);
  });

  it('reads lists stored as plain JSON text or as the objects of earlier versions', async () => {
    const list: CandidateList = { format: 'jaga-netral/list@1', id: 'lama', title: 'Lama', updated: '2024-01-10', entries: [{ name: 'A', accounts: [{ platform: 'x', id: 'a' }] }] };
    await importedLists.setValue(JSON.stringify([list]));
    expect(await storedImportedLists()).toEqual([list]);
    await importedLists.setValue([list]);
    expect(await storedImportedLists()).toEqual([list]);
  });

  it('reports stored lists that were corrupted instead of using them', async () => {
    await fakeBrowser.storage.local.set({ importedLists: [{ format: 'nonsense' }] });
    await expect(activeLists()).rejects.toThrow(/stored imported lists are corrupt/);
  });
});
