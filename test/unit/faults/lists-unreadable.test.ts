// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountTables } from '../../../src/background/account-tables';
import { Health } from '../../../src/background/health';
import { healthBadge } from '../../../src/background/health-badge';
import { HealthReportSchema } from '../../../src/messaging/health';
import { importedLists, listsRevision } from '../../../src/settings/imported-lists';
import { DEFAULT_PREFERENCES, preferences } from '../../../src/settings/preferences';
import { freshRouter } from '../fake-background';

/** The stored lists cannot be used: damaged data, or storage that throws on read. */

const IMPORTED = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'lokal',
  title: 'Lokal',
  updated: '2024-01-01',
  entries: [{ name: 'Calon Lokal', accounts: [{ platform: 'x', id: 'calonlokal' }] }],
});

let route: (message: unknown) => Promise<unknown>;
let tables: AccountTables;

beforeEach(async () => {
  const health = new Health(healthBadge());
  tables = new AccountTables(health);
  ({ route } = await freshRouter({ tables, health }));
  listsRevision.watch(() => tables.invalidate());
  await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'en' });
  expect(await route({ type: 'lists:import', text: IMPORTED })).toMatchObject({ ok: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const details = (...keys: string[]) => route({ type: 'index:details', keys });
const report = async () => HealthReportSchema.parse(await route({ type: 'health:get' }));
/** Waits for the badge, which is drawn after the report changes. */
const badge = () => vi.waitFor(async () => {
  const text = await fakeBrowser.action.getBadgeText({});
  const title = await fakeBrowser.action.getTitle({});
  return { text, title };
});

async function damageStoredLists() {
  await importedLists.setValue([{ format: 'jaga-netral/list@1', id: 'lokal', entries: 'not a list' }] as never);
  await listsRevision.setValue(99);
  await vi.waitFor(async () => expect((await report()).lists.state).toBe('degraded'));
}

describe('stored lists unusable', () => {
  it('still warns on the shipped lists when the imported ones are damaged', async () => {
    expect(await details('x:calonlokal', 'x:aniesbaswedan')).toEqual({
      accounts: [expect.objectContaining({ listId: 'lokal' }), expect.objectContaining({ listId: 'pilpres-2024' })],
    });
    await damageStoredLists();
    expect(await details('x:calonlokal', 'x:aniesbaswedan')).toEqual({
      accounts: [null, expect.objectContaining({ listId: 'pilpres-2024' })],
    });
  });

  it('reports protection as degraded, naming the problem, and shows "!" on the toolbar button', async () => {
    expect((await report()).lists).toEqual({ state: 'ok' });
    await damageStoredLists();
    expect((await report()).lists).toEqual({ state: 'degraded', reason: expect.stringContaining('stored imported lists are corrupt') });
    await vi.waitFor(async () => expect(await badge()).toEqual({ text: '!', title: expect.stringMatching(/^Jaga Netral — Protection is degraded/) }));
  });

  it('degrades the same way when the browser cannot read its storage at all', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error: .../LOCK: No further details.'));
    tables.invalidate();
    expect(await details('x:aniesbaswedan')).toEqual({ accounts: [expect.objectContaining({ listId: 'pilpres-2024' })] });
    expect((await report()).lists).toEqual({ state: 'degraded', reason: expect.stringContaining('IO error') });
    await vi.waitFor(async () => expect((await badge()).text).toBe('!'));
  });

  it('clears the badge once the lists load again', async () => {
    await damageStoredLists();
    await vi.waitFor(async () => expect((await badge()).text).toBe('!'));
    await importedLists.setValue([]);
    await listsRevision.setValue(100);
    await vi.waitFor(async () => expect((await report()).lists.state).toBe('ok'));
    await vi.waitFor(async () => expect(await badge()).toEqual({ text: '', title: 'Jaga Netral' }));
  });
});
