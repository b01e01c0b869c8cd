import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeLists, knownLists } from '../../../src/background/active-lists';
import { exportList, removeImportedList, setListEnabled, summariseLists } from '../../../src/background/manage-lists';
import { importListText } from '../../../src/background/import-list';
import { listedIn } from './listed-in';
import { AccountTables } from '../../../src/background/account-tables';
import { listsRevision } from '../../../src/settings/imported-lists';
import { listSwitches, readListSwitches } from '../../../src/settings/list-switches';
import { MAX_LIST_ACCOUNTS } from '../../../src/lists/size-limits';

const LIST = {
  format: 'jaga-netral/list@1',
  id: 'media-test',
  title: 'Test list',
  updated: '2026-11-01',
  expires: '2026-11-02',
  sources: ['https://example.org/list'],
  entries: [{ name: 'Kompas', accounts: [{ platform: 'x', id: '@KompasCom' }, { platform: 'instagram', id: 'kompascom' }] }],
};

beforeEach(() => fakeBrowser.reset());

const ids = async () => (await activeLists()).map((active) => active.list.id);

describe('switching lists on and off', () => {
  it('starts with every list on', async () => {
    expect(await readListSwitches()).toEqual({ disabled: [] });
    expect((await knownLists()).every((known) => known.enabled)).toBe(true);
  });

  it('a switched-off list stops warning, in tables rebuilt after the revision bump, and comes back', async () => {
    const tables = new AccountTables();
    expect(await listedIn(tables, 'x:aniesbaswedan')).toBe(true);
    await setListEnabled('pilpres-2024', false);
    expect(await listsRevision.getValue()).toBe(1);
    expect(await ids()).not.toContain('pilpres-2024');
    tables.invalidate();
    expect(await listedIn(tables, 'x:aniesbaswedan')).toBe(false);
    expect(await listedIn(tables, 'x:gerindra')).toBe(true);

    await setListEnabled('pilpres-2024', true);
    expect(await ids()).toContain('pilpres-2024');
    expect(await listsRevision.getValue()).toBe(2);
  });

  it('refuses to switch a list that does not exist', async () => {
    await expect(setListEnabled('nope', false)).rejects.toThrow(/no list "nope"/);
    expect(await listsRevision.getValue()).toBe(0);
  });

  it('treats a damaged stored value as all lists on', async () => {
    await fakeBrowser.storage.local.set({ listSwitches: { disabled: 'pilpres-2024' } });
    expect(await readListSwitches()).toEqual({ disabled: [] });
    expect(await ids()).toContain('pilpres-2024');
  });

  it('switches a list back on when it is imported again', async () => {
    await importListText(JSON.stringify(LIST));
    await setListEnabled('media-test', false);
    await importListText(JSON.stringify(LIST));
    expect(await ids()).toContain('media-test');
  });
});

describe('removing and exporting lists', () => {
  it('removes an imported list, and only an imported one', async () => {
    await importListText(JSON.stringify(LIST));
    await setListEnabled('media-test', false);
    await removeImportedList('media-test');
    expect((await knownLists()).map((k) => k.list.id)).not.toContain('media-test');
    expect(await listSwitches.getValue()).toEqual({ disabled: [] });
    await expect(removeImportedList('pilpres-2024')).rejects.toThrow(/shipped lists can only be switched off/);
  });

  it('exports the list as stored, ids normalised, ready to import again', async () => {
    await importListText(JSON.stringify(LIST));
    const exported = JSON.parse(await exportList('media-test'));
    expect(exported.entries[0].accounts[0]).toEqual({ platform: 'x', id: 'kompascom' });
    expect(await importListText(JSON.stringify(exported))).toMatchObject({ ok: true });
  });

  it('summarises every list with counts per platform, sources, dates and its switch', async () => {
    await importListText(JSON.stringify(LIST));
    await setListEnabled('parties-2024', false);
    const summary = await summariseLists();
    expect(summary.find((s) => s.id === 'media-test')).toEqual({
      id: 'media-test',
      title: 'Test list',
      origin: 'imported',
      enabled: true,
      managed: false,
      updated: '2026-11-01',
      expires: '2026-11-02',
      accounts: 2,
      hashtags: 0,
      platforms: { x: 1, facebook: 0, instagram: 1, tiktok: 0, youtube: 0, threads: 0 },
      sources: ['https://example.org/list'],
    });
    expect(summary.find((s) => s.id === 'parties-2024')).toMatchObject({ origin: 'bundled', enabled: false });
  });
});

describe('size limits on import', () => {
  it('refuses a list with too many accounts before parsing it', async () => {
    const text = `{"entries":[${'{"platform":"x"},'.repeat(MAX_LIST_ACCOUNTS + 1)}]`;
    const reply = await importListText(text);
    expect(reply).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          code: 'too-many-accounts',
          params: { accounts: expect.any(Number), max: 2_000_000 },
          message: expect.stringMatching(/at most 2,000,000 are accepted/),
        },
      ],
    });
  });
});
