import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importListText } from '../../../src/background/import-list';
import { AccountTables } from '../../../src/background/account-tables';
import { mightContain } from '../../../src/lists/account-filter';
import { PLATFORMS } from '../../../src/lists/platform';
import { summariseLists } from '../../../src/background/manage-lists';

const list = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'kampanye',
  title: 'Kampanye 2024',
  updated: '2026-11-01',
  period: { from: '2023-11-28', until: '2024-02-10' },
  hashtags: ['#PemiluDamai2024'],
  entries: [
    { name: 'Anies Baswedan', party: 'Koalisi Perubahan', accounts: [{ platform: 'x', id: 'aniesbaswedan' }], hashtags: ['#AMINAjaDulu'] },
  ],
});

beforeEach(() => fakeBrowser.reset());

describe('listed hashtags in the background', () => {
  it('let every platform\u2019s filter say "maybe" to a listed hashtag, and name whose campaign it is', async () => {
    expect((await importListText(list)).ok).toBe(true);
    const tables = new AccountTables();
    for (const platform of PLATFORMS) expect(mightContain(await tables.filterFor(platform), '#aminajadulu'), platform).toBe(true);
    const [amin, shared, other] = await tables.details(['#aminajadulu', '#pemiludamai2024', '#lainnya']);
    expect(amin).toMatchObject({ key: '#aminajadulu', name: 'Anies Baswedan', party: 'Koalisi Perubahan', listTitle: 'Kampanye 2024', entryIndex: 0 });
    expect(amin?.periods).toEqual([{ from: '2023-11-28', until: '2024-02-10' }]);
    expect(shared).toMatchObject({ key: '#pemiludamai2024', name: 'Kampanye 2024' });
    expect(shared).not.toHaveProperty('entryIndex');
    expect(other).toBeNull();
  });

  it('still answers accounts, and never takes a hashtag for an account', async () => {
    await importListText(list);
    const tables = new AccountTables();
    const [anies, tag] = await tables.details(['x:aniesbaswedan', 'x:aminajadulu']);
    expect(anies?.name).toBe('Anies Baswedan');
    expect(tag).toBeNull();
  });

  it('are counted in the options page’s summary of the list', async () => {
    await importListText(list);
    const summary = (await summariseLists()).find((s) => s.id === 'kampanye');
    expect(summary).toMatchObject({ accounts: 1, hashtags: 2 });
  });
});
